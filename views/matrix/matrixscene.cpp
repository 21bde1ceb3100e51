#include "matrixscene.h"

#include "matrixitems.h"
#include "pictureexport.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr double S = MatrixScene::cellSize();
constexpr double Pad = 6;
constexpr int TitlePixels = 14; // the project's name in the corner

} // namespace

MatrixScene::MatrixScene(ImportGraph graph, Metrics metrics, const QString &title, QObject *parent)
    : QGraphicsScene(parent), m_graph(std::move(graph)), m_metrics(std::move(metrics)),
      m_title(title)
{
    m_grid = new MatrixGridItem(this);
    m_rowHeader = new MatrixHeaderItem(this, false);
    m_colHeader = new MatrixHeaderItem(this, true);
    addItem(m_grid);
    addItem(m_rowHeader);
    addItem(m_colHeader);
    m_levels = matrixLevels(m_graph);
    rebuild();
}

QColor MatrixScene::upwardColor()
{
    return HeatScale::diverging(0.9);
}

QColor MatrixScene::diagonalColor()
{
    return {0xe8, 0xe8, 0xe8};
}

Legend MatrixScene::legend() const
{
    return Legend::forMatrix({m_scale, isAggregated()});
}

void MatrixScene::rebuild()
{
    m_model = MatrixModel(m_graph, m_metrics, m_options);
    m_scale = HeatScale(HeatScale::Kind::Sequential, 1.0, std::max(2, m_model.maxCount()));
    m_selected = {};
    m_grid->reset();
    m_rowHeader->reset();
    m_colHeader->reset();
    const double left = m_rowHeader->extent();
    const double top = m_colHeader->extent();
    for (QGraphicsItem *item : items()) {
        if (item != m_grid && item != m_rowHeader && item != m_colHeader)
            delete item;
    }
    // Headers over the cells, the corner over both, for a view that pins them (MatrixView).
    m_rowHeader->setZValue(1);
    m_colHeader->setZValue(2);
    // The corner names the project; an aggregated picture says so under its cells.
    QFont font = matrixLabelFont(true);
    font.setPixelSize(TitlePixels);
    auto *title = addSimpleText(
        QFontMetricsF(font).elidedText(m_title, Qt::ElideRight, std::max(left - Pad, 40.0)), font);
    title->setPos(-left, -top);
    title->setZValue(3);
    m_titleItem = title;
    QRectF all(-left, -top, left + matrixRect().width(), top + matrixRect().height());
    if (const QString note = caption(); !note.isEmpty()) {
        auto *text = addText(QString());
        text->setFont(matrixLabelFont());
        text->setDefaultTextColor(QColor(0x30, 0x30, 0x30));
        text->setTextWidth(all.width());
        text->setPlainText(note);
        text->setPos(all.left(), all.bottom() + Pad);
        all = all.united(text->sceneBoundingRect());
    }
    setSceneRect(all.adjusted(-8, -8, 8, 8));
    update();
}

// Under the cells, what an aggregated picture stands for; the key to its colours and
// outlines is its legend (legend()).
QString MatrixScene::caption() const
{
    if (!isAggregated())
        return {};
    return tr("Aggregated: each row and column is a package (%n row(s) for %1 modules); a "
              "cell sums the import sites of its packages' modules.",
              nullptr, m_model.size())
        .arg(m_levels.front().rows);
}

QRectF MatrixScene::matrixRect() const
{
    return QRectF(0, 0, m_model.size() * S, m_model.size() * S);
}

QRectF MatrixScene::cellRect(int row, int col) const
{
    return QRectF(col * S, row * S, S, S);
}

MatrixScene::Hit MatrixScene::cellAt(QPointF scenePos) const
{
    const int n = m_model.size();
    const int row = int(std::floor(scenePos.y() / S));
    const int col = int(std::floor(scenePos.x() / S));
    Hit hit;
    if (row >= 0 && row < n && scenePos.x() >= -m_rowHeader->extent())
        hit.row = row;
    if (col >= 0 && col < n && scenePos.y() >= -m_colHeader->extent())
        hit.col = col;
    if (scenePos.x() < 0 && hit.row >= 0) // in the row header: only a row
        hit.col = -1;
    if (scenePos.y() < 0 && hit.col >= 0)
        hit.row = -1;
    return hit;
}

std::vector<int> MatrixScene::edgesAt(int row, int col) const
{
    const MatrixModel::Cell *cell = m_model.cell(row, col);
    return cell ? cell->edges : std::vector<int>{};
}

void MatrixScene::selectCell(int row, int col)
{
    m_selected = Hit{row, col};
    update();
    emit cellSelected(row, col);
}

void MatrixScene::setAggregateDepth(int depth)
{
    if (depth == m_options.aggregateDepth)
        return;
    m_options.aggregateDepth = depth;
    rebuild();
    emit groupsChanged();
}

QString MatrixScene::fitToPage(const PictureOptions &options)
{
    for (const MatrixLevel &level : m_levels) {
        // One row says nothing (a flat project's 200 top-level modules in one cell): rather
        // the last level with rows to compare, however small its names come out.
        if (level.rows < 2 && &level != &m_levels.front())
            break;
        setAggregateDepth(level.depth);
        const double scale = PictureExport::sceneScale(sceneRect(), options);
        if (cellSize() * scale >= MinCellPixels &&
            matrixLabelFont().pixelSize() * scale >= MinLabelPixels)
            break;
    }
    // The corner's project name, too small to read on this page, is left to the page's title
    // (a flat project of hundreds of modules keeps its rows and shrinks).
    m_titleItem->setVisible(TitlePixels * PictureExport::sceneScale(sceneRect(), options) >=
                            MinLabelPixels);
    if (!isAggregated())
        return {};
    return tr("the matrix shows %n package(s) instead of %1 modules, so that its cells and "
              "labels stay readable on the page (the natural preset shows every module)",
              nullptr, m_model.size())
        .arg(m_levels.front().rows);
}

void MatrixScene::setGroupCollapsed(int group, bool collapsed)
{
    if (group < 0 || group >= int(m_model.groups().size()))
        return;
    const int key = m_model.groups()[std::size_t(group)].package;
    if (collapsed)
        m_options.collapsed.insert(key);
    else
        m_options.collapsed.remove(key);
    rebuild();
    emit groupsChanged();
}

QString MatrixScene::cellToolTip(int row, int col) const
{
    const MatrixModel::Cell *cell = m_model.cell(row, col);
    const QString from = m_model.row(row).name;
    const QString to = m_model.row(col).name;
    if (!cell)
        return tr("%1 does not import %2").arg(from, to);
    QString text = tr("%1 imports %2: %n site(s)", nullptr, cell->count).arg(from, to);
    if (isAggregated()) {
        const auto modules = [this](int r) { return int(m_model.row(r).members.size()); };
        text += u'\n' + tr("Summed over the packages' modules: %1 in the row, %2 in the column")
                            .arg(modules(row))
                            .arg(modules(col));
    }
    if (cell->upward)
        text += u'\n' + tr("Against the layering (a cycle)");
    return text;
}

int MatrixScene::groupHeaderAt(QPointF scenePos) const
{
    const Hit hit = cellAt(scenePos);
    const bool inRowGroups =
        hit.row >= 0 && scenePos.x() < -m_rowHeader->extent() + m_rowHeader->groupWidth();
    const bool inColGroups =
        hit.col >= 0 && scenePos.y() < -m_colHeader->extent() + m_colHeader->groupWidth();
    if (inRowGroups)
        return m_model.groupOfRow(hit.row);
    if (inColGroups)
        return m_model.groupOfRow(hit.col);
    return -1;
}

bool MatrixScene::activateAt(QPointF scenePos)
{
    // Aggregated rows are packages already: their group names do not collapse anything.
    const int group = isAggregated() ? -1 : groupHeaderAt(scenePos);
    if (group >= 0) {
        setGroupCollapsed(group, !m_model.groups()[std::size_t(group)].collapsed);
        return true;
    }
    const Hit hit = cellAt(scenePos);
    if (hit.row < 0 && hit.col < 0)
        return false;
    selectCell(hit.row, hit.col);
    return true;
}

void MatrixScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int collapsedBefore = int(m_options.collapsed.size());
        if (activateAt(event->scenePos()) && collapsedBefore != int(m_options.collapsed.size())) {
            event->accept(); // the rows changed under the mouse: no drag from here
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

QGraphicsScene *makeMatrixScene(const Analysis &analysis, const ImportGraph &graph,
                                const Metrics &metrics, QObject *parent)
{
    const QString title = analysis.scan.projectName.isEmpty() ? MatrixScene::tr("Imports")
                                                              : analysis.scan.projectName;
    return new MatrixScene(graph, metrics, title, parent);
}

} // namespace headroom
