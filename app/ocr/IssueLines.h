#pragma once

#include "PageGeometry.h"

#include <QList>
#include <QString>
#include <optional>

namespace mdg::ocr {

// The issue date and the issuer of a certificate (a stage of CertificateReader::read):
// below the certification sentence (証明する, 相違ないことを…), or, when that sentence is
// garbled beyond recognition, a few lines above the mayor's line (…市長, …区長). A date
// after a label of its own (交付日) is taken from its era on.
struct IssueLines
{
    std::optional<Segment> date; // the issue date, read or only looking like one
    std::optional<Segment> issuer; // the segment of the mayor's title
    QString issuerName; // up to its 長

    static IssueLines find(
        const QList<OcrEngine::Line>& lines, const QList<Segment>& segs, const QList<QList<int>>& byLine);
};

} // namespace mdg::ocr
