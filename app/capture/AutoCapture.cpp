#include "AutoCapture.h"

#include "PageFinder.h"

#include <cmath>

namespace mdg {

AutoCapture::Step AutoCapture::feed(const QImage& frame)
{
    if (m_last.state == State::Captured)
        return m_last;
    Step step;
    step.outline = PageFinder::findPage(frame);
    if (!step.outline) {
        m_last = step;
        return step;
    }
    // Focus is measured inside the page (its edge against the desk is sharp even when the
    // text is not), on a copy of fixed width so the figure does not depend on the camera.
    const QRect inner = step.outline->boundingRect().toRect().marginsRemoved(
        QMargins(step.outline->boundingRect().width() * 0.15, step.outline->boundingRect().height() * 0.15,
            step.outline->boundingRect().width() * 0.15, step.outline->boundingRect().height() * 0.15));
    const QImage text
        = frame.copy(inner).convertToFormat(QImage::Format_Grayscale8).scaledToWidth(480, Qt::SmoothTransformation);
    step.focus = PageFinder::focusMeasure(text);
    if (qEnvironmentVariableIsSet("MADOGUCHI_CAPTURE_DEBUG"))
        qDebug("focus %.1f", step.focus);
    bool steady = m_last.outline.has_value();
    for (int i = 0; steady && i < 4; ++i) {
        const QPointF d = step.outline->at(i) - m_last.outline->at(i);
        steady = std::hypot(d.x(), d.y()) <= MaxDriftShare * frame.width();
    }
    step.steadyFrames = steady && step.focus >= MinFocus ? m_last.steadyFrames + 1 : 0;
    step.state = step.steadyFrames >= SteadyFramesNeeded ? State::Captured : State::HoldStill;
    if (step.state == State::Captured)
        m_frame = frame;
    m_last = step;
    return step;
}

QImage AutoCapture::take(const QImage& fullResolution) const
{
    if (m_last.state != State::Captured || !m_last.outline)
        return {};
    if (fullResolution.isNull())
        return PageFinder::flatten(m_frame, *m_last.outline);
    // The still may be larger than the preview frame: scale the outline to it.
    const double sx = double(fullResolution.width()) / m_frame.width();
    const double sy = double(fullResolution.height()) / m_frame.height();
    QPolygonF scaled;
    for (const QPointF& p : *m_last.outline)
        scaled << QPointF(p.x() * sx, p.y() * sy);
    return PageFinder::flatten(fullResolution, scaled);
}

void AutoCapture::reset()
{
    m_last = Step();
    m_frame = QImage();
}

} // namespace mdg
