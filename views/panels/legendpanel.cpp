#include "legendpanel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
constexpr int Margin = 6;
} // namespace

LegendPanel::LegendPanel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void LegendPanel::setLegend(std::optional<Legend> legend)
{
    m_legend = std::move(legend);
    // Docks do not ask for height-for-width: the panel asks for the height its width needs.
    setMinimumHeight(heightForWidth(width()));
    updateGeometry();
    update();
}

void LegendPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setMinimumHeight(heightForWidth(width()));
}

double LegendPanel::scaleFor(int width) const
{
    if (!m_legend)
        return 1.0;
    return std::clamp((width - 2.0 * Margin) / m_legend->size().width(), 0.1, 1.0);
}

int LegendPanel::widthFor(double legendWidth)
{
    return int(std::ceil(legendWidth)) + 2 * Margin;
}

QSize LegendPanel::sizeHint() const
{
    if (!m_legend)
        return {200, 60};
    return (m_legend->size() + QSizeF(2 * Margin, 2 * Margin)).toSize();
}

int LegendPanel::heightForWidth(int width) const
{
    if (!m_legend)
        return 60;
    return int(m_legend->size().height() * scaleFor(width)) + 2 * Margin;
}

void LegendPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!m_legend) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin),
                   Qt::AlignTop | Qt::TextWordWrap, tr("No legend for this view."));
        return;
    }
    const double scale = scaleFor(width());
    p.translate(Margin, Margin);
    p.scale(scale, scale);
    m_legend->paint(&p, QPointF(0, 0));
}

} // namespace headroom
