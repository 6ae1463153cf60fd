// libFuzzer target: whatever a camera or a hostile code hands the decoder must end in a
// verdict, never a crash, a hang or a leak. Built with clang (-DMADOGUCHI_FUZZ=ON).
#include "intake/PreEntryCodec.h"
#include "intake/PreEntryV2.h"

#include <QCborValue>

#include <cstddef>
#include <cstdint>

namespace {
const mdg::KeyRing& keys()
{
    static const mdg::KeyRing ring = [] {
        mdg::KeyRing k;
        k.add("web-2026", mdg::Ed25519Key::generate());
        return k;
    }();
    return ring;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1774800000);
    // As QR text (the prefix is given, so the fuzzer explores Base45 and what lies under it)...
    mdg::PreEntryCodec::decode(QStringLiteral("MDG1:") + QString::fromLatin1(bytes), keys(), now);
    mdg::PreEntryCodec::decode(QStringLiteral("MDG2:") + QString::fromLatin1(bytes), keys(), now);
    // ...as the signed inbox form...
    mdg::PreEntryCodec::verify(bytes, keys(), now);
    // ...and as a version 2 payload, which a signature guards in the code: a key the service
    // lost must still not crash a counter.
    // As the codec does, only what parsed whole: Qt hands back a half-built container after an
    // error, and reading it can crash inside Qt.
    QCborParserError error;
    if (const QCborValue v = QCborValue::fromCbor(bytes, &error); error.error == QCborError::NoError && v.isMap())
        (void)mdg::preentry_v2::fromCompact(v.toMap());
    return 0;
}
