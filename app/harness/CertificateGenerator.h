#pragma once

#include "domain/JapaneseDate.h"
#include "domain/TransferOutCertificate.h"

#include <QImage>
#include <QString>

namespace mdg::certgen {

// The three layout families of DOMAIN.md: one column per member with the labels down
// the left; one row per member under the household facts; label-value lines per member.
enum class Layout { Columns, Rows, Lines };
enum class Degradation { Clean, Scan, Camera };

QString layoutKey(Layout l);
QString degradationKey(Degradation d);

struct Options
{
    Layout layout = Layout::Columns;
    int members = 2; // 1..4
    quint32 seed = 1;
    QString font = QStringLiteral("Noto Serif CJK JP");
    JapaneseDate::Digits digits = JapaneseDate::Digits::Ascii;
    QString previousAddress; // printed instead of the drawn one when set
    QDate plannedMoveDate; // when valid, instead of the drawn one (issued five days before)
};

struct Generated
{
    QImage image; // A4 at 200 dpi
    TransferOutCertificate truth;
};

Generated render(const Options& o);
// A flatbed scan (noise, a fraction of a degree of skew) or a document-camera photo
// (perspective, rotation, blur, uneven light, JPEG).
QImage degrade(const QImage& page, Degradation d, quint32 seed);

// One fixed document-camera photo (lines layout, two members) with its ground truth,
// shared by the reader and GUI tests.
struct CameraSample
{
    Generated page;
    QImage photo;
};
CameraSample cameraSample();

} // namespace mdg::certgen
