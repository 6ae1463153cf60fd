#pragma once

#include "Labels.h"
#include "ValueReader.h"
#include "domain/TransferOutCertificate.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <functional>
#include <vector>

namespace mdg::ocr {

// The reader's last stages (CertificateReader::read): each value the layout found is read
// again from its own box (ValueReader) and put into its field; then the certificate as a
// whole corrects its values (readings against the names, the household's family name and
// relationships, the issuer) and flags the implausible ones. app/ocr/CORRECTIONS.md lists
// every correction.

// One value to read again: the field it is, where the page pass saw it.
struct ValueTask
{
    Label label;
    Value value; // as the page pass read it
    int member; // -1: a household fact
    QString key; // the field's key, "members[0].name"
    int rightLimit = -1; // where the next column starts, when the value stands in one
};

// Each reading into its field of `certificate` (members in the order of `memberIndices`),
// with the box mapped onto the caller's image by `toSource`. A value changed gets
// `flaggedConfidence`.
void putReadings(TransferOutCertificate& certificate, const QList<ValueTask>& tasks,
    const std::vector<ValueReader::Reading>& readings, const QList<int>& memberIndices,
    const std::function<QRect(QRect)>& toSource, double flaggedConfidence);

// A character of a member's name misread where the reading over it was read right (葵 read
// 壮 under アオイ): the character the reading tells (NameReadings::charactersTold), when
// its glyph on `page` looks most like it or, the reading telling just one, does not look
// clearly like the character read. A changed name gets `flaggedConfidence`.
void correctNamesByReadings(TransferOutCertificate& certificate, const QList<ValueTask>& tasks,
    const std::vector<ValueReader::Reading>& readings, const QList<int>& memberIndices, const QImage& page,
    double flaggedConfidence);

// The corrections from the certificate as a whole; a value changed gets `flaggedConfidence`.
// The fields end sorted by key.
void correctAsAWhole(TransferOutCertificate& certificate, double flaggedConfidence);

} // namespace mdg::ocr
