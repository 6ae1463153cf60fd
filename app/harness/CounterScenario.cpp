#include "CounterScenario.h"

#include "capture/QrScanner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPainter>

namespace mdg::counter_scenario {

PreEntry preEntryFor(const TransferOutCertificate& certificate, const QDateTime& issuedAt)
{
    PreEntry p;
    // The same certificate gives the same pre-entry: a rescan reopens, never duplicates.
    const QByteArray seed = QJsonDocument(certificate.toJson()).toJson(QJsonDocument::Compact);
    p.id = QUuid::createUuidV5(QUuid(), seed);
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().toUpper();
    p.ref = QStringLiteral("%1-%2-%3")
                .arg(QString::fromLatin1(digest.mid(0, 3)), QString::fromLatin1(digest.mid(3, 3)),
                    QString::fromLatin1(digest.mid(6, 3)));
    p.issuedAt = QDateTime::fromSecsSinceEpoch(issuedAt.toSecsSinceEpoch()).toUTC();
    p.expiresAt = p.issuedAt.addDays(14);
    p.procedure = Procedure::MovingIn;
    p.move.date = certificate.plannedMoveDate;
    p.move.previousAddress = certificate.previousAddress;
    p.move.newAddress = certificate.destinationAddress;
    p.move.householdHead = certificate.householdHead;
    for (const auto& m : certificate.members)
        p.members << Person {
            {}, m.name, m.nameKana, m.birthDate, m.sex.value_or(Sex::Male), m.relationship, {}, m.residentCode};
    if (!p.members.isEmpty())
        p.applicant = {p.members.first().name, p.members.first().nameKana, p.members.first().birthDate, {}};
    return p;
}

QImage qrFrame(const QString& text, QSize frame, int pixelsPerModule)
{
    const QrSymbol symbol = renderQr(text, pixelsPerModule);
    QImage out(frame, QImage::Format_RGB32);
    out.fill(QColor(96, 96, 104));
    QPainter painter(&out);
    painter.drawImage(
        (frame.width() - symbol.image.width()) / 2, (frame.height() - symbol.image.height()) / 2, symbol.image);
    return out;
}

} // namespace mdg::counter_scenario
