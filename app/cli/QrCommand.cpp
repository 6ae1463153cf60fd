#include "CliIo.h"
#include "capture/CnnQrReader.h"
#include "capture/ImageFile.h"
#include "capture/QrScanner.h"
#include "config/Config.h"
#include "intake/PreEntryCodec.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace mdg::cli {

namespace {

constexpr qint64 MaxImagePixels = 100'000'000; // far above any camera frame

bool writeFile(const QString& path, const QByteArray& data, QFile::Permissions perms)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.setPermissions(perms);
    return true;
}

std::optional<QByteArray> readFile(const QString& path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > limit)
        return std::nullopt;
    return f.readAll();
}

int keygen(QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err() << "qr keygen: --out PATH is required\n";
        return 2;
    }
    const Ed25519Key key = Ed25519Key::generate();
    if (!writeFile(path, key.privatePem(), QFile::ReadOwner | QFile::WriteOwner)
        || !writeFile(path + QStringLiteral(".pub"), key.publicPem(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)) {
        err() << "qr keygen: cannot write " << path << '\n';
        return 1;
    }
    const QString kid
        = p.isSet(QStringLiteral("kid")) ? p.value(QStringLiteral("kid")) : QFileInfo(path).completeBaseName();
    printJson({{QStringLiteral("private_key"), path}, {QStringLiteral("public_key"), path + QStringLiteral(".pub")},
        {QStringLiteral("kid"), kid}});
    return 0;
}

int encode(QCommandLineParser& p)
{
    const QString in = p.value(QStringLiteral("preentry"));
    const QString keyPath = p.value(QStringLiteral("key"));
    const QString outPath = p.value(QStringLiteral("out"));
    if (in.isEmpty() || keyPath.isEmpty() || outPath.isEmpty()) {
        err() << "qr encode: --preentry, --key and --out are required\n";
        return 2;
    }
    const auto json = readFile(in, 1 << 20);
    QJsonParseError perr {};
    const QJsonDocument doc = json ? QJsonDocument::fromJson(*json, &perr) : QJsonDocument();
    if (!doc.isObject()) {
        err() << "qr encode: " << in << " is not a JSON object"
              << (json ? QStringLiteral(": ") + perr.errorString() : QString()) << '\n';
        return 1;
    }
    QJsonObject o = doc.object();
    // Issue and expiry default to now and 30 days on, as the web service sets them.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!o.contains(QStringLiteral("v")))
        o.insert(QStringLiteral("v"), PreEntry::CurrentVersion);
    if (!o.contains(QStringLiteral("iat")))
        o.insert(QStringLiteral("iat"), now);
    if (!o.contains(QStringLiteral("exp")))
        o.insert(QStringLiteral("exp"), now + 30 * 86400);
    const auto pre = PreEntry::fromJson(o);
    if (!pre) {
        err() << "qr encode: " << pre.error() << '\n';
        return 1;
    }
    const auto pem = readFile(keyPath, 64 * 1024);
    const auto key = pem ? Ed25519Key::fromPem(*pem) : std::nullopt;
    if (!key || !key->hasPrivate()) {
        err() << "qr encode: " << keyPath << " is not an Ed25519 private key\n";
        return 1;
    }
    const QByteArray kid
        = (p.isSet(QStringLiteral("kid")) ? p.value(QStringLiteral("kid")) : QFileInfo(keyPath).completeBaseName())
              .toUtf8();
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("v1") && format != QLatin1String("v2")) {
        err() << "qr encode: --format is v1 or v2\n";
        return 2;
    }
    const QString text = PreEntryCodec::encode(
        pre.value(), kid, *key, format == QLatin1String("v1") ? PreEntryCodec::Format::V1 : PreEntryCodec::Format::V2);
    if (text.isEmpty()) {
        err() << "qr encode: the pre-entry could not be signed and compressed\n";
        return 1;
    }
    const QrSymbol symbol = renderQr(text);
    if (symbol.image.isNull() || !symbol.image.save(outPath)) {
        err() << "qr encode: cannot write " << outPath << '\n';
        return 1;
    }
    // Read back what was written: a code the counter cannot read is no use to the resident.
    const QrReading check = QrScanner::scanOnce(QImage(outPath));
    printJson({{QStringLiteral("out"), outPath}, {QStringLiteral("format"), format},
        {QStringLiteral("version"), symbol.version}, {QStringLiteral("modules"), symbol.modules},
        {QStringLiteral("ec_level"), check.found ? check.ecLevel : QStringLiteral("M")},
        {QStringLiteral("characters"), int(text.size())}, {QStringLiteral("pixels"), symbol.image.width()},
        {QStringLiteral("kid"), QString::fromUtf8(kid)},
        {QStringLiteral("reads_back"), check.found && check.text == text}});
    return check.found && check.text == text ? 0 : 1;
}

int decode(QCommandLineParser& p)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 1) {
        err() << "qr decode: one IMAGE is required\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto img = ImageFile::read(files.first(), MaxImagePixels);
    const QrReading r = img ? QrScanner::scanThoroughly(img.value()) : QrReading {};
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QJsonObject o {{QStringLiteral("found"), r.found}};
    if (r.found) {
        o.insert(QStringLiteral("format"), QStringLiteral("QRCode"));
        o.insert(QStringLiteral("text"), r.text);
        o.insert(QStringLiteral("pass"),
            r.pass == QrReading::Pass::Cnn ? QStringLiteral("wechat") : QStringLiteral("zxing"));
    } else if (img && !CnnQrReader::forThisThread().isReady()) {
        o.insert(QStringLiteral("error"), CnnQrReader::forThisThread().error());
    } else if (!img) {
        o.insert(QStringLiteral("error"), QStringLiteral("cannot read the image: %1").arg(img.error()));
    }
    o.insert(QStringLiteral("elapsed_ms"), qRound(ms * 10) / 10.0);
    printJson(o);
    return r.found ? 0 : 1;
}

int dictionary()
{
    const QByteArray& d = PreEntryCodec::dictionary();
    if (d.isEmpty()) {
        err() << "qr dictionary: this build holds no preset dictionary\n";
        return 1;
    }
    printJson({{QStringLiteral("file"), QStringLiteral("resources/intake/preentry-v2.dict")},
        {QStringLiteral("bytes"), int(d.size())},
        {QStringLiteral("sha256"),
            QString::fromLatin1(QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex())}});
    return 0;
}

int verify(QCommandLineParser& p)
{
    const QStringList files = p.positionalArguments().mid(1);
    const bool fromText = p.isSet(QStringLiteral("text"));
    if (files.size() != (fromText ? 0 : 1)) {
        err() << "qr verify: one IMAGE or --text TEXT is required\n";
        return 2;
    }
    KeyRing keys;
    if (p.isSet(QStringLiteral("pub"))) {
        const auto pem = readFile(p.value(QStringLiteral("pub")), 64 * 1024);
        const auto key = pem ? Ed25519Key::fromPem(*pem) : std::nullopt;
        if (!key) {
            err() << "qr verify: " << p.value(QStringLiteral("pub")) << " is not an Ed25519 public key\n";
            return 2;
        }
        keys.trustForAnyKid(*key);
    } else {
        keys.loadFolder(Config(p.value(QStringLiteral("config"))).keyFolder());
    }
    QString text = p.value(QStringLiteral("text"));
    if (!fromText) {
        const auto img = ImageFile::read(files.first(), MaxImagePixels);
        if (!img) {
            err() << "qr verify: cannot read the image: " << img.error() << '\n';
            return 1;
        }
        const QrReading r = QrScanner::scanThoroughly(img.value());
        if (!r.found) {
            err() << "qr verify: no QR code found in " << files.first() << '\n';
            return 1;
        }
        text = r.text;
    }
    const auto d = PreEntryCodec::decode(text, keys, QDateTime::currentDateTimeUtc());
    if (!d) {
        err() << "rejected: " << PreEntryCodec::rejectionKey(d.rejection) << ": " << d.detail << '\n'
              << PreEntryCodec::rejectionMessage(d.rejection) << '\n';
        return 1;
    }
    printJson(d.preEntry->toJson());
    return 0;
}

} // namespace

int qr(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Pre-entry QR codes: keys, encoding, reading, verification."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("keygen | encode | decode | verify | dictionary"));
    p.addOption({QStringLiteral("format"), QStringLiteral("QR version to encode: v2 (default, CONTRACTS.md 1b) or v1."),
        QStringLiteral("v1|v2"), QStringLiteral("v2")});
    p.addOption(
        {QStringLiteral("text"), QStringLiteral("verify: the QR's text instead of an image."), QStringLiteral("text")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("path")});
    p.addOption(
        {QStringLiteral("kid"), QStringLiteral("Key id (default: the key file's base name)."), QStringLiteral("kid")});
    p.addOption({QStringLiteral("preentry"), QStringLiteral("Pre-entry JSON (CONTRACTS.md section 1)."),
        QStringLiteral("file")});
    p.addOption({QStringLiteral("key"), QStringLiteral("Ed25519 private key (PEM)."), QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("pub"), QStringLiteral("Trust this Ed25519 public key (PEM)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only output format).")});
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("path")});
    p.process(args);
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("keygen"))
        return keygen(p);
    if (action == QLatin1String("encode"))
        return encode(p);
    if (action == QLatin1String("decode"))
        return decode(p);
    if (action == QLatin1String("verify"))
        return verify(p);
    if (action == QLatin1String("dictionary"))
        return dictionary();
    err() << "qr: unknown action '" << action << "' (keygen, encode, decode, verify, dictionary)\n";
    return 2;
}

} // namespace mdg::cli
