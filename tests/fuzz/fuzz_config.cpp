// libFuzzer target: a workstation's INI file as anyone could have edited it: every setting
// read must come back as a value (the default where the file says nonsense), never a crash.
#include "config/Config.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    mdg::Config config(path);
    (void)config.localStorePath();
    (void)config.centralStorePath();
    (void)config.keyFolder();
    (void)config.inboxFolder();
    (void)config.cameraId();
    (void)config.language();
    (void)config.ward();
    (void)config.kioskPinHash();
    (void)config.kioskVirtualKeyboard();
    (void)config.autoReviewSeconds();
    (void)config.counterName();
    (void)config.callingStage();
    (void)config.callsBeforeNoShow();
    (void)config.congestionPagePort();
    (void)config.retentionDays();
    (void)config.preEntryGraceDays();
    (void)config.lockAfterMinutes();
    return 0;
}
