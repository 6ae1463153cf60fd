#pragma once

#include "OcrEngine.h"
#include "domain/Result.h"
#include "domain/TransferOutCertificate.h"

#include <QCoreApplication>
#include <QImage>

namespace mdg {

// Reads a moving-out certificate of any of the three layout families: the fields are
// found from their labels and the page geometry, not from a fixed template, then
// corrected with what the domain allows (era dates, 男/女, the relationship vocabulary,
// 11-digit codes). A value read with less than `ConfidenceThreshold` is kept with its
// confidence for the clerk to check.
class CertificateReader
{
    Q_DECLARE_TR_FUNCTIONS(mdg::CertificateReader)

public:
    static constexpr double ConfidenceThreshold = 0.80;
    static constexpr qint64 MaxPixels = 60'000'000; // larger images are refused, not read

    CertificateReader();
    ~CertificateReader();

    Result<TransferOutCertificate> read(const QImage& image, const OcrEngine::Progress& progress = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mdg
