#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QWidget>

namespace mdg {

// A captured page with the boxes of the fields read from it; the selected one stands out.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget* parent = nullptr);
    void setPage(const QImage& page, const QList<QRect>& boxes);
    void setSelected(const QRect& box);
    QRect selected() const { return m_selected; }
    QSize sizeHint() const override { return {420, 594}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_page;
    QImage m_shown; // m_page at the size it is painted
    QList<QRect> m_boxes;
    QRect m_selected;
};

} // namespace mdg
