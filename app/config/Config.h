#pragma once

#include <QSize>
#include <QString>
#include <memory>

class QSettings;

namespace mdg {

// The one INI file of a workstation. Every key has a default that works on a fresh
// machine, so the application runs with no configuration at all.
class Config
{
public:
    // `iniPath` empty: $MADOGUCHI_CONFIG, else the standard per-user location.
    explicit Config(const QString& iniPath = {});
    ~Config();

    static void setApplicationIdentity(); // organisation and application names for QStandardPaths
    static QString defaultIniPath();

    QString iniPath() const;

    QString localStorePath() const;
    void setLocalStorePath(const QString& path);
    QString centralStorePath() const;
    // The built-in records connector's register (SQLite), beside the local store by default.
    QString registerPath() const;
    void setCentralStorePath(const QString& path);
    // Public keys of the pre-entry service, one "<kid>.pub" PEM file each.
    QString keyFolder() const;
    void setKeyFolder(const QString& dir);
    // Signed pre-entry files delivered over the closed network ("<id>.cose").
    QString inboxFolder() const;
    void setInboxFolder(const QString& dir);
    // Sample frames played when there is no camera (written by the demo seed).
    QString demoFramesFolder() const;
    // What the demo document camera shows when there is none (written by the demo seed).
    QString demoDocumentFolder() const;
    QString cameraId() const; // empty: the first camera, or the demo source when there is none
    QSize cameraResolution() const; // the wanted frame size; the camera's nearest format is used
    void setCameraResolution(const QSize& size);
    void setCameraId(const QString& id);
    // The document camera over the desk that photographs certificates; empty: the first camera.
    QString documentCameraId() const;
    void setDocumentCameraId(const QString& id);
    QString language() const; // "ja", "en" or empty for the system locale
    void setLanguage(const QString& lang);
    // Generated once per workstation and stored, so every event names where it happened.
    QString workstationId();
    // The ward office this workstation serves (e.g. 中原区), for the supervisors' figures.
    QString ward() const;
    void setWard(const QString& ward);

    // The seconds a consistent case waits, counting down where the clerk sees it, before it
    // goes to the review queue by itself (issue 18); 0 sends it at once.
    // The administrator's PIN that ends kiosk mode, as KioskPin::hash gives it; empty: none
    // set, and the tablet does not start.
    QString kioskPinHash() const;
    void setKioskPinHash(const QString& hash);
    // "on", "off" or "auto" (on when no hardware keyboard is attached).
    QString kioskVirtualKeyboard() const;
    int autoReviewSeconds() const;
    void setAutoReviewSeconds(int seconds);

    // The counter this workstation calls numbers to, as the display shows it ("3", "3番");
    // empty: it does not call (issue 20).
    QString counterName() const;
    void setCounterName(const QString& name);
    // The stage whose numbers "call next" takes here; Reception by default.
    QString callingStage() const;
    // Days a closed, synced case keeps its certificate and findings, and an inbox file its
    // signed pre-entry (issue 22), 1..3650.
    int retentionDays() const;
    // Days a pre-entry that never reached the counter is kept after it expired, 0..365.
    int preEntryGraceDays() const;
    // Minutes without a key or a click before the counter window locks (issue 22), 1..120.
    int lockAfterMinutes() const;
    // Calls without an answer before a number counts as a no-show and is parked.
    int callsBeforeNoShow() const;
    // The public congestion page of the calling display: its port on the office network
    // (0: not served).
    int congestionPagePort() const;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_standardLocation = true;
};

} // namespace mdg
