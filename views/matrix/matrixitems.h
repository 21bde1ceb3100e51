#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QImage>

namespace headroom {

class MatrixScene;

// The two painting items of MatrixScene; they read everything from the scene.

// The font of the headers (and of the scene's title and caption).
[[nodiscard]] QFont matrixLabelFont(bool bold = false);

// Every cell, group separator and cycle outline of the matrix, painting the exposed part.
class MatrixGridItem : public QGraphicsItem
{
public:
    explicit MatrixGridItem(const MatrixScene *scene);
    void reset()
    {
        prepareGeometryChange();
        m_image = QImage();
    }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintCells(QPainter *painter, QRect cells, double px) const;
    void paintOverlays(QPainter *painter, QRect cells, double px) const;
    const QImage &image(int k);

    const MatrixScene *m_scene;
    QImage m_image; // one pixel per m_factor x m_factor cells, for painting when zoomed out
    int m_factor = 1;
};

// The row names left of the cells, or the rotated column names above them: package name,
// name inside the package and (rows only) level, each in its own column.
class MatrixHeaderItem : public QGraphicsItem
{
public:
    MatrixHeaderItem(const MatrixScene *scene, bool columns);
    void reset();
    [[nodiscard]] double extent() const { return m_extent; }
    [[nodiscard]] double groupWidth() const { return m_group; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    [[nodiscard]] QRectF across(double from, double width, int index, int count = 1) const;
    void paintLabels(QPainter *painter, int first, int last) const;
    void paintGroupNames(QPainter *painter, double lod, int first, int last) const;
    // Zoomed out: the rows (or columns) named beside the group names, the ones with the most
    // import sites first, where a name finds room.
    struct Landmark
    {
        int index;     // row (column)
        double centre; // of its name along the header, scene units: at the row, or moved
    };
    [[nodiscard]] std::vector<Landmark> landmarks(double lineHeight, double groupHeight) const;

    const MatrixScene *m_scene;
    bool m_columns;
    double m_level = 0; // widths of the level, label and package name columns
    double m_label = 0;
    double m_group = 0;
    double m_extent = 0;
    std::vector<int> m_heaviest; // rows (columns) with import sites, the most sites first
};

} // namespace headroom
