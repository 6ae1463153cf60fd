#pragma once

#include "domain/TransferOutCertificate.h"

#include <QImage>
#include <QJsonObject>
#include <QString>

namespace mdg::layoutgen {

// A second, independent maker of test certificates: every page is drawn from a seed by
// choosing, one by one, what a vendor's system may do differently (labels and their
// synonyms and spacing, the order of the household's facts, ruling, members as rows,
// columns or blocks, readings as ruby or in a field of their own, empty member slots,
// A4 or B5, security tint, a seal over the issuer, a notice in the footer, the face).
// It shares no drawing code with tests/certgen, so the reader cannot be tuned to one.
enum class Degradation { Clean, Scan, Camera };
QString degradationKey(Degradation d);

struct Page
{
    QImage image; // 200 dpi
    TransferOutCertificate truth;
    QJsonObject traits; // which choice the seed made for each variable, for the bench's breakdown
};

// Fonts the randomiser draws with (those installed; at least one).
QStringList fonts();
Page draw(quint32 seed);
// A flatbed scan (light-to-dark gradient, skew, noise, sometimes a lower resolution) or
// a document-camera photo (the page filling only part of the frame, turned and seen from
// the side, a desk around it, blur, uneven light, JPEG).
QImage degrade(const QImage& page, Degradation d, quint32 seed);

} // namespace mdg::layoutgen
