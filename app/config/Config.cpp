#include "Config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace mdg {

namespace {
namespace Key {
const QString LocalStore = QStringLiteral("store/local_path");
const QString CentralStore = QStringLiteral("store/central_path");
const QString Register = QStringLiteral("records/register_path");
const QString Camera = QStringLiteral("capture/camera_id");
const QString Resolution = QStringLiteral("capture/resolution");
const QString DocumentCamera = QStringLiteral("capture/document_camera_id");
const QString Keys = QStringLiteral("intake/key_folder");
const QString Inbox = QStringLiteral("intake/inbox_folder");
const QString Language = QStringLiteral("ui/language");
const QString Workstation = QStringLiteral("workstation/id");
} // namespace Key

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    // The stores, keys and photos live here by default: this user's only.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}
} // namespace

void Config::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Madoguchi"));
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi"));
}

QString Config::defaultIniPath()
{
    const QString env = qEnvironmentVariable("MADOGUCHI_CONFIG");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/madoguchi.ini");
}

Config::Config(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath.isEmpty() ? defaultIniPath() : iniPath, QSettings::IniFormat))
    , m_standardLocation(iniPath.isEmpty() && qEnvironmentVariableIsEmpty("MADOGUCHI_CONFIG"))
{ }

Config::~Config() = default;

QString Config::iniPath() const
{
    return m_settings->fileName();
}

QString Config::localStorePath() const
{
    const QString v = m_settings->value(Key::LocalStore).toString();
    if (!v.isEmpty())
        return v;
    // Beside the INI file when one was named explicitly, so a test or a training
    // profile is self-contained; else the standard data folder.
    if (!m_standardLocation)
        return QFileInfo(m_settings->fileName()).absolutePath() + QStringLiteral("/madoguchi.sqlite");
    return dataDir() + QStringLiteral("/madoguchi.sqlite");
}

void Config::setLocalStorePath(const QString& path)
{
    m_settings->setValue(Key::LocalStore, path);
}

QString Config::centralStorePath() const
{
    const QString v = m_settings->value(Key::CentralStore).toString();
    return v.isEmpty() ? QFileInfo(localStorePath()).absolutePath() + QStringLiteral("/central.sqlite") : v;
}

void Config::setCentralStorePath(const QString& path)
{
    m_settings->setValue(Key::CentralStore, path);
}

QString Config::keyFolder() const
{
    const QString v = m_settings->value(Key::Keys).toString();
    return v.isEmpty() ? QFileInfo(localStorePath()).absolutePath() + QStringLiteral("/keys") : v;
}

void Config::setKeyFolder(const QString& dir)
{
    m_settings->setValue(Key::Keys, dir);
}

QString Config::inboxFolder() const
{
    const QString v = m_settings->value(Key::Inbox).toString();
    return v.isEmpty() ? QFileInfo(localStorePath()).absolutePath() + QStringLiteral("/inbox") : v;
}

void Config::setInboxFolder(const QString& dir)
{
    m_settings->setValue(Key::Inbox, dir);
}

QString Config::registerPath() const
{
    const QString fallback = QFileInfo(localStorePath()).absolutePath() + QStringLiteral("/register.sqlite");
    return m_settings->value(Key::Register, fallback).toString();
}

QString Config::demoFramesFolder() const
{
    return QFileInfo(localStorePath()).absolutePath() + QStringLiteral("/demo-frames");
}

QString Config::demoDocumentFolder() const
{
    return QFileInfo(localStorePath()).absolutePath() + QStringLiteral("/demo-document");
}

QString Config::cameraId() const
{
    return m_settings->value(Key::Camera).toString();
}

QSize Config::cameraResolution() const
{
    // 720p: enough modules per pixel for a phone's code at arm's length, and cheap to decode.
    const QSize s = m_settings->value(Key::Resolution, QSize(1280, 720)).toSize();
    return s.isValid() ? s : QSize(1280, 720);
}

void Config::setCameraResolution(const QSize& size)
{
    m_settings->setValue(Key::Resolution, size);
}

void Config::setCameraId(const QString& id)
{
    m_settings->setValue(Key::Camera, id);
}

QString Config::documentCameraId() const
{
    return m_settings->value(Key::DocumentCamera).toString();
}

void Config::setDocumentCameraId(const QString& id)
{
    m_settings->setValue(Key::DocumentCamera, id);
}

QString Config::language() const
{
    return m_settings->value(Key::Language).toString();
}

void Config::setLanguage(const QString& lang)
{
    m_settings->setValue(Key::Language, lang);
}

QString Config::kioskPinHash() const
{
    return m_settings->value(QStringLiteral("kiosk/pin_hash")).toString();
}

void Config::setKioskPinHash(const QString& hash)
{
    m_settings->setValue(QStringLiteral("kiosk/pin_hash"), hash);
    m_settings->sync();
}

QString Config::kioskVirtualKeyboard() const
{
    const QString v = m_settings->value(QStringLiteral("kiosk/virtual_keyboard"), QStringLiteral("auto")).toString();
    return v == QLatin1String("on") || v == QLatin1String("off") ? v : QStringLiteral("auto");
}

int Config::autoReviewSeconds() const
{
    return std::clamp(m_settings->value(QStringLiteral("counter/autoReviewSeconds"), 5).toInt(), 0, 60);
}

void Config::setAutoReviewSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("counter/autoReviewSeconds"), seconds);
}

QString Config::counterName() const
{
    return m_settings->value(QStringLiteral("counter/name")).toString().trimmed();
}

void Config::setCounterName(const QString& name)
{
    m_settings->setValue(QStringLiteral("counter/name"), name.trimmed());
}

QString Config::callingStage() const
{
    return m_settings->value(QStringLiteral("counter/callingStage"), QStringLiteral("reception")).toString();
}

int Config::retentionDays() const
{
    return std::clamp(m_settings->value(QStringLiteral("store/retentionDays"), 30).toInt(), 1, 3650);
}

int Config::preEntryGraceDays() const
{
    return std::clamp(m_settings->value(QStringLiteral("store/preEntryGraceDays"), 7).toInt(), 0, 365);
}

int Config::lockAfterMinutes() const
{
    return std::clamp(m_settings->value(QStringLiteral("counter/lockAfterMinutes"), 15).toInt(), 1, 120);
}

int Config::callsBeforeNoShow() const
{
    return std::clamp(m_settings->value(QStringLiteral("queue/callsBeforeNoShow"), 2).toInt(), 1, 9);
}

int Config::congestionPagePort() const
{
    return std::clamp(m_settings->value(QStringLiteral("display/congestionPagePort"), 8088).toInt(), 0, 65535);
}

QString Config::ward() const
{
    return m_settings->value(QStringLiteral("workstation/ward")).toString();
}

void Config::setWard(const QString& ward)
{
    m_settings->setValue(QStringLiteral("workstation/ward"), ward);
}

QString Config::workstationId()
{
    QString id = m_settings->value(Key::Workstation).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings->setValue(Key::Workstation, id);
        m_settings->sync();
    }
    return id;
}

void Config::sync()
{
    m_settings->sync();
}

} // namespace mdg
