#pragma once

#include "legend.h"

#include <QWidget>

#include <optional>

namespace headroom {

// The legend of the picture on show, in a dock of its own beside the pictures: it never
// covers a box, and the user moves, floats or closes it like any other dock. The legend is
// drawn at full size when the dock is wide enough, else scaled down to its width.
class LegendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LegendPanel(QWidget *parent = nullptr);

    void setLegend(std::optional<Legend> legend);
    [[nodiscard]] const std::optional<Legend> &legend() const { return m_legend; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    // The width that shows a legend `legendWidth` wide, with the panel's margins.
    [[nodiscard]] static int widthFor(double legendWidth);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] double scaleFor(int width) const;

    std::optional<Legend> m_legend;
};

} // namespace headroom
