#pragma once

#include "domain/PreEntry.h"
#include "domain/TransferOutCertificate.h"

#include <QImage>
#include <QSize>

namespace mdg::counter_scenario {

// The pre-entry a resident moving in would have written for the household a moving-out
// certificate shows: what the GUI tests and `bench counter` scan, then compare with the
// certificate's photo. Valid from `issuedAt` for two weeks.
PreEntry preEntryFor(const TransferOutCertificate& certificate, const QDateTime& issuedAt);

// A phone held up to the reception camera: the code, `pixelsPerModule` wide, in the middle of
// a grey frame of `frame` pixels.
QImage qrFrame(const QString& text, QSize frame = {1280, 720}, int pixelsPerModule = 4);

} // namespace mdg::counter_scenario
