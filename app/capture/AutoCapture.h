#pragma once

#include <QImage>
#include <QPolygonF>
#include <optional>

namespace mdg {

// Document auto-capture on a live stream: waits until a page is in view, held still and
// in focus over several frames, then takes it, flattened. One instance per stream.
class AutoCapture
{
public:
    enum class State { Searching, HoldStill, Captured };
    static constexpr int SteadyFramesNeeded = 5;
    static constexpr double MaxDriftShare = 0.015; // corner movement, as a share of the frame width
    static constexpr double MinFocus = 40; // variance of the Laplacian on the frame at 640 px

    struct Step
    {
        State state = State::Searching;
        std::optional<QPolygonF> outline; // frame coordinates
        double focus = 0;
        int steadyFrames = 0;
    };

    Step feed(const QImage& frame);
    // The flattened page, once Captured. `fullResolution` (a still taken when the state
    // turned Captured) is used instead of the frame when given.
    QImage take(const QImage& fullResolution = {}) const;
    void reset();

private:
    Step m_last;
    QImage m_frame;
};

} // namespace mdg
