#pragma once

#include "connectors/RecordsConnector.h"

#include <QList>
#include <QString>

namespace mdg {

// Sample camera frames for a workstation without cameras: a few demo pre-entries, signed
// by a demo key whose public half goes into the key folder, rendered as QR codes lying on a
// desk; and, for the document camera, a photo of the moving-out certificate of the first
// (a 転入 that agrees with it, so the demo shows the counter's path to the review queue).
// Written by `madoguchi-cli seed --demo`.
struct DemoFrames
{
    static constexpr auto Kid = "demo";
    // Returns the number of frames written, 0 on failure.
    static int write(const QString& framesFolder, const QString& keyFolder, const QString& documentFolder);
    // The demo 転居 household as the resident register holds it, so its register check agrees.
    static QList<ResidentRecord> registeredResidents();
    // What Funabashi sent over the registry network for the demo's Sato household (in Entry,
    // no certificate): the demo's 特例転入, planned to leave a week before `today`.
    static TransferOutCertificate transferOutInformation(const QDate& today);
};

} // namespace mdg
