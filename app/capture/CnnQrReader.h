#pragma once

#include "QrScanner.h"

#include <QImage>
#include <QString>
#include <memory>

namespace mdg {

// The second pass of the QR reader: OpenCV's WeChat detector, a CNN that finds the code and
// one that enlarges it, which reads small, blurred and tilted dense codes ZXing-cpp 1.4 does
// not. Slower (tens of milliseconds a frame), so it runs only where the first pass found
// nothing. Not thread-safe: one reader per thread.
class CnnQrReader
{
public:
    // The folder of the four model files (third_party/wechat_qrcode/README.md): the
    // MADOGUCHI_QR_MODELS variable, else share/madoguchi/models/wechat_qrcode beside the
    // binaries, else the source tree's third_party/wechat_qrcode.
    static QString modelFolder();

    explicit CnnQrReader(const QString& folder = modelFolder());
    ~CnnQrReader();
    CnnQrReader(const CnnQrReader&) = delete;
    CnnQrReader& operator=(const CnnQrReader&) = delete;

    bool isReady() const;
    QString error() const; // why not: which model file is missing, and the command that brings it
    QrReading read(const QImage& image);

    // One reader for the calling thread, made on first use.
    static CnnQrReader& forThisThread();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mdg
