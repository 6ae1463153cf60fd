#pragma once

#include <QString>

namespace mdg {

// Sample camera frames for a workstation without a camera: a few demo pre-entries,
// signed by a demo key whose public half goes into the key folder, rendered as QR codes
// lying on a desk. Written by `madoguchi-cli seed --demo`.
struct DemoFrames
{
    static constexpr auto Kid = "demo";
    // Returns the number of frames written, 0 on failure.
    static int write(const QString& framesFolder, const QString& keyFolder);
};

} // namespace mdg
