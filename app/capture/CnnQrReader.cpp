#include "CnnQrReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/wechat_qrcode.hpp>

namespace mdg {

namespace {
const QStringList& modelFiles()
{
    static const QStringList files {QStringLiteral("detect.prototxt"), QStringLiteral("detect.caffemodel"),
        QStringLiteral("sr.prototxt"), QStringLiteral("sr.caffemodel")};
    return files;
}

QStringList missingModels(const QString& folder)
{
    QStringList missing;
    for (const QString& f : modelFiles())
        if (!QFileInfo::exists(QDir(folder).filePath(f)))
            missing << f;
    return missing;
}
} // namespace

struct CnnQrReader::Private
{
    std::unique_ptr<cv::wechat_qrcode::WeChatQRCode> detector;
    QString error;
};

QString CnnQrReader::modelFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("MADOGUCHI_QR_MODELS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QCoreApplication::instance()
        ? QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("../share/madoguchi/models/wechat_qrcode")))
        : QString();
    const QString checkout = QStringLiteral(MADOGUCHI_SOURCE_QR_MODELS); // empty in packages
    if (!installed.isEmpty() && (missingModels(installed).isEmpty() || checkout.isEmpty()))
        return installed;
    return checkout;
}

CnnQrReader::CnnQrReader(const QString& folder)
    : d(std::make_unique<Private>())
{
    if (const QStringList missing = missingModels(folder); !missing.isEmpty()) {
        d->error = QStringLiteral("the second QR pass is off: %1 missing in %2 (bash installer/dev.sh run brings them)")
                       .arg(missing.join(QStringLiteral(", ")), folder);
        return;
    }
    const auto path = [&](int i) { return QDir(folder).filePath(modelFiles().at(i)).toStdString(); };
    try {
        d->detector = std::make_unique<cv::wechat_qrcode::WeChatQRCode>(path(0), path(1), path(2), path(3));
    } catch (const cv::Exception& e) {
        d->error = QStringLiteral("the second QR pass is off: the models in %1 do not load (%2)")
                       .arg(folder, QString::fromStdString(e.msg));
    }
}

CnnQrReader::~CnnQrReader() = default;

bool CnnQrReader::isReady() const
{
    return d->detector != nullptr;
}

QString CnnQrReader::error() const
{
    return d->error;
}

QrReading CnnQrReader::read(const QImage& image)
{
    QrReading r;
    if (!d->detector || image.isNull())
        return r;
    const QImage gray
        = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    // A view of the image's own bytes: nothing copied.
    const cv::Mat mat(
        gray.height(), gray.width(), CV_8UC1, const_cast<uchar*>(gray.constBits()), size_t(gray.bytesPerLine()));
    std::vector<cv::Mat> points;
    std::vector<std::string> texts;
    try {
        texts = d->detector->detectAndDecode(mat, points);
    } catch (const cv::Exception& e) {
        qWarning("Second QR pass failed on a %dx%d image: %s", gray.width(), gray.height(), e.what());
        return r;
    }
    if (texts.empty())
        return r;
    r.found = true;
    r.text = QString::fromStdString(texts.front());
    r.pass = QrReading::Pass::Cnn;
    if (!points.empty() && points.front().rows == 4 && points.front().type() == CV_32FC1)
        for (int i = 0; i < 4; ++i)
            r.corners << QPointF(points.front().at<float>(i, 0), points.front().at<float>(i, 1));
    return r;
}

CnnQrReader& CnnQrReader::forThisThread()
{
    thread_local CnnQrReader reader;
    return reader;
}

} // namespace mdg
