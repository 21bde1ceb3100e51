#pragma once

#include "legend.h"

#include <QGraphicsView>

class QLabel;

#include <optional>

namespace headroom {

class LegendPanel;

// A view on any picture scene: the wheel zooms towards the mouse, dragging the background
// pans, + and - zoom, 0 fits the picture. The legend stands beside the picture, in a strip
// of its own at the right, so that it never covers a box (L shows or hides it); a caption
// (what the colours mean) has a line of its own above the picture.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void setLegend(std::optional<Legend> legend);
    [[nodiscard]] const std::optional<Legend> &legend() const { return m_legend; }
    void setLegendVisible(bool visible);
    [[nodiscard]] bool isLegendVisible() const { return m_legendVisible; }
    // Where the legend is drawn, in this widget's coordinates; empty when none is shown.
    [[nodiscard]] QRect legendGeometry() const;
    // Off: the view keeps its legend (for exports) but does not draw it; a window shows it
    // elsewhere (LegendPanel) and hears L through legendToggleRequested().
    void setLegendBeside(bool beside);

    // The line above the picture; empty for none.
    void setCaption(const QString &caption);
    [[nodiscard]] QString caption() const;
    // The viewport's size, or for a view not shown yet (a hidden tab keeps an old size) the
    // size it will have in the widget holding it: what a picture fitted 1:1 may take.
    [[nodiscard]] QSize pictureArea() const;

    [[nodiscard]] double zoom() const { return transform().m11(); }

    // Below this zoom a picture's labels cannot be read (node labels are about 12 px).
    static constexpr double LegibleZoom = 0.45;

public slots:
    virtual void zoomBy(double factor);
    virtual void fitPicture();
    // Fits the picture, or when fitting would make it illegible, shows it at the legible
    // zoom centred on `focus` (scene coordinates): the user pans or zooms out from there.
    void fitLegibly(QPointF focus);

signals:
    // The user pressed L: the legend beside is toggled already, one elsewhere is not.
    void legendToggleRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeLegend();

    std::optional<Legend> m_legend;
    bool m_legendVisible = true;
    bool m_legendBeside = true;
    LegendPanel *m_legendStrip = nullptr; // the legend beside the picture
    QLabel *m_caption = nullptr;
};

} // namespace headroom
