#include "matrixitems.h"

#include "matrixscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

constexpr double S = MatrixScene::cellSize();
constexpr double Pad = 6;       // between a header and the cells
constexpr double Gap = 10;      // between the label and the package name columns
constexpr double MaxText = 300; // widest label or package name column
constexpr double MinReadablePx = MatrixScene::MinLabelPixels;
constexpr int NumberPixels = 10; // a cell's count, shrunk to fit the cell
const QColor DiagonalColor = MatrixScene::diagonalColor();
const QColor SeparatorColor(0x80, 0x80, 0x80);
const QColor BandColor(0xf2, 0xf2, 0xf2);
const QColor SelectionBand(255, 214, 0, 70);

QPen cosmetic(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    return pen;
}

QString rowLabel(const MatrixScene &scene, const MatrixModel::Row &row)
{
    if (scene.isAggregated())
        return row.label.isEmpty() ? MatrixScene::tr("(own modules)") : row.label;
    return row.collapsed ? MatrixScene::tr("%n module(s)", nullptr, int(row.members.size()))
                         : row.label;
}

QString groupName(const MatrixModel::Group &group)
{
    return group.name.isEmpty() ? MatrixScene::tr("(top level)") : group.name;
}

// Cell index range [first, last) covering [from, to) in scene units.
std::pair<int, int> range(double from, double to, int n)
{
    const int first = std::clamp(int(std::floor(from / S)), 0, n);
    const int last = std::clamp(int(std::ceil(to / S)), first, n);
    return {first, last};
}

// The first rows of the groups worth a separator at `px` screen pixels per cell: zoomed out,
// a separator closer than a few pixels to the previous one would only paint the matrix grey.
std::vector<int> separators(const MatrixModel &model, double px)
{
    std::vector<int> out;
    int previous = 0;
    for (const MatrixModel::Group &group : model.groups()) {
        if (group.first > 0 && (group.first - previous) * px >= 12) {
            out.push_back(group.first);
            previous = group.first;
        }
    }
    return out;
}

double levelOfDetail(const QPainter *painter, const QStyleOptionGraphicsItem *option)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

} // namespace

QFont matrixLabelFont(bool bold)
{
    QFont font;
    font.setPixelSize(12);
    font.setBold(bold);
    return font;
}

MatrixGridItem::MatrixGridItem(const MatrixScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
}

QRectF MatrixGridItem::boundingRect() const
{
    return m_scene->matrixRect().adjusted(-2, -2, 2, 2);
}

void MatrixGridItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const MatrixScene::Hit hit = m_scene->cellAt(event->scenePos());
    setToolTip(hit.isCell() ? m_scene->cellToolTip(hit.row, hit.col) : QString());
}

// One pixel per `k` x `k` cells: the diagonal, then the heaviest cell of each block, an
// upward cell above all, so that zoomed out a lone import still shows.
const QImage &MatrixGridItem::image(int k)
{
    const MatrixModel &model = m_scene->model();
    if ((m_image.isNull() || m_factor != k) && model.size() > 0) {
        const int side = (model.size() + k - 1) / k;
        m_factor = k;
        m_image = QImage(side, side, QImage::Format_RGB32);
        m_image.fill(Qt::white);
        for (int i = 0; i < side; ++i)
            m_image.setPixelColor(i, i, DiagonalColor);
        std::vector<int> strongest(std::size_t(side) * std::size_t(side), 0);
        for (const MatrixModel::Cell &cell : model.cells()) {
            const int x = cell.col / k;
            const int y = cell.row / k;
            int &best = strongest[std::size_t(y) * std::size_t(side) + std::size_t(x)];
            const int weight = cell.upward ? std::numeric_limits<int>::max() : cell.count;
            if (weight <= best)
                continue;
            best = weight;
            m_image.setPixelColor(x, y,
                                  cell.upward ? MatrixScene::upwardColor()
                                              : m_scene->countScale().colorAt(cell.count));
        }
    }
    return m_image;
}

void MatrixGridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const int n = m_scene->model().size();
    const QRectF exposed = option->exposedRect & m_scene->matrixRect();
    if (n == 0 || exposed.isEmpty())
        return;
    const double px = S * levelOfDetail(painter, option); // a cell's size on screen
    const auto [r0, r1] = range(exposed.top(), exposed.bottom(), n);
    const auto [c0, c1] = range(exposed.left(), exposed.right(), n);
    const QRect cells(c0, r0, c1 - c0, r1 - r0);
    if (px < 4) {
        const int k = std::max(1, int(std::floor(1.0 / px))); // cells per screen pixel
        const double unit = S * k;
        const QRectF source(exposed.left() / unit, exposed.top() / unit, exposed.width() / unit,
                            exposed.height() / unit);
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter->drawImage(exposed, image(k), source);
        painter->restore();
    } else {
        painter->fillRect(exposed, Qt::white);
        paintCells(painter, cells, px);
    }
    paintOverlays(painter, cells, px);
}

void MatrixGridItem::paintCells(QPainter *painter, QRect cells, double px) const
{
    const MatrixModel &model = m_scene->model();
    for (int i = std::max(cells.left(), cells.top()); i <= std::min(cells.right(), cells.bottom());
         ++i)
        painter->fillRect(QRectF(i * S, i * S, S, S), DiagonalColor);
    if (px >= 8) {
        painter->setPen(cosmetic(QColor(0xe0, 0xe0, 0xe0), 0));
        for (int r = cells.top(); r <= cells.bottom() + 1; ++r)
            painter->drawLine(QPointF(cells.left() * S, r * S),
                              QPointF((cells.right() + 1) * S, r * S));
        for (int c = cells.left(); c <= cells.right() + 1; ++c)
            painter->drawLine(QPointF(c * S, cells.top() * S),
                              QPointF(c * S, (cells.bottom() + 1) * S));
    }
    // Counts in print a reader can see; a long one in smaller print while that is readable.
    const double lod = px / S;
    const bool numbers = NumberPixels * lod >= MinReadablePx;
    QFont font;
    font.setPixelSize(NumberPixels);
    const QFontMetricsF metrics(font);
    const double inset = px >= 8 ? 1.0 : 0.0;
    for (int r = cells.top(); r <= cells.bottom(); ++r) {
        for (const MatrixModel::Cell &cell : model.cellsOfRow(r)) {
            if (cell.col < cells.left() || cell.col > cells.right())
                continue;
            const QRectF rect =
                m_scene->cellRect(r, cell.col).adjusted(inset, inset, -inset, -inset);
            const HeatScale &scale = m_scene->countScale();
            const QColor fill =
                cell.upward ? MatrixScene::upwardColor() : scale.colorAt(cell.count);
            painter->fillRect(rect, fill);
            const QString count = QString::number(cell.count);
            const double width = metrics.horizontalAdvance(count);
            const int size = width > S - 3 ? int(NumberPixels * (S - 3) / width) : NumberPixels;
            if (numbers && size * lod >= MinReadablePx) {
                const double y =
                    0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
                QFont shrunk = font;
                shrunk.setPixelSize(std::max(1, size));
                painter->setFont(shrunk);
                painter->setPen(y > 0.45 ? Qt::black : Qt::white);
                painter->drawText(rect, Qt::AlignCenter, count);
            }
        }
    }
}

void MatrixGridItem::paintOverlays(QPainter *painter, QRect cells, double px) const
{
    const MatrixModel &model = m_scene->model();
    const QRectF all = m_scene->matrixRect();
    const QRectF shown(cells.left() * S, cells.top() * S, cells.width() * S, cells.height() * S);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(px >= 4 ? cosmetic(SeparatorColor, 1.5)
                            : cosmetic(QColor(0xb8, 0xb8, 0xb8), 1));
    for (const int first : separators(model, px)) {
        const double at = first * S;
        painter->drawLine(QPointF(shown.left(), at), QPointF(shown.right(), at));
        painter->drawLine(QPointF(at, shown.top()), QPointF(at, shown.bottom()));
    }
    // Packages in one package-level cycle: a dashed outline around their run of rows.
    const std::vector<MatrixModel::Group> &groups = model.groups();
    painter->setPen(cosmetic(HeatScale::diverging(1.0), 1.5, Qt::DashLine));
    for (std::size_t g = 0; g < groups.size();) {
        std::size_t last = g;
        while (groups[g].cycle >= 0 && last + 1 < groups.size() &&
               groups[last + 1].cycle == groups[g].cycle)
            ++last;
        if (last > g) {
            const double a = groups[g].first * S;
            const double b = (groups[last].first + groups[last].count) * S;
            painter->drawRect(QRectF(a, a, b - a, b - a));
        }
        g = last + 1;
    }
    painter->setPen(cosmetic(HeatScale::diverging(1.0), 2.5));
    for (const MatrixModel::Block &block : model.cycleBlocks()) {
        const double a = block.first * S;
        const double b = (block.last + 1) * S;
        painter->drawRect(QRectF(a, a, b - a, b - a));
    }
    painter->setPen(cosmetic(SeparatorColor, 1));
    painter->drawRect(all);
    const MatrixScene::Hit selected = m_scene->selectedCell();
    if (selected.row >= 0)
        painter->fillRect(QRectF(all.left(), selected.row * S, all.width(), S), SelectionBand);
    if (selected.col >= 0)
        painter->fillRect(QRectF(selected.col * S, all.top(), S, all.height()), SelectionBand);
    if (selected.isCell()) {
        painter->setPen(cosmetic(Qt::black, 2));
        painter->drawRect(m_scene->cellRect(selected.row, selected.col));
    }
}

MatrixHeaderItem::MatrixHeaderItem(const MatrixScene *scene, bool columns)
    : m_scene(scene), m_columns(columns)
{
    setFlag(ItemUsesExtendedStyleOption);
}

QRectF MatrixHeaderItem::boundingRect() const
{
    const double length = m_scene->model().size() * S;
    return m_columns ? QRectF(0, -m_extent, length, m_extent)
                     : QRectF(-m_extent, 0, m_extent, length);
}

void MatrixHeaderItem::reset()
{
    prepareGeometryChange();
    const MatrixModel &model = m_scene->model();
    const QFontMetricsF plain(matrixLabelFont());
    const QFontMetricsF bold(matrixLabelFont(true));
    m_label = 60;
    for (const MatrixModel::Row &row : model.rows())
        m_label = std::max(m_label, plain.horizontalAdvance(rowLabel(*m_scene, row)) + 4);
    m_group = 0;
    for (const MatrixModel::Group &group : model.groups())
        m_group = std::max(
            m_group, bold.horizontalAdvance(groupName(group) + QStringLiteral(" \u25b8")) + 4);
    m_label = std::min(m_label, MaxText);
    m_group = std::min(m_group, MaxText);
    // The sites each row makes (each column receives): the thick lines of a large matrix.
    std::vector<long long> sites(std::size_t(model.size()), 0);
    for (const MatrixModel::Cell &cell : model.cells())
        sites[std::size_t(m_columns ? cell.col : cell.row)] += cell.count;
    m_heaviest.clear();
    for (int i = 0; i < model.size(); ++i) {
        if (sites[std::size_t(i)] > 0)
            m_heaviest.push_back(i);
    }
    std::stable_sort(m_heaviest.begin(), m_heaviest.end(), [&sites](int a, int b) {
        return sites[std::size_t(a)] > sites[std::size_t(b)];
    });
    m_level = m_columns ? 0.0 : plain.horizontalAdvance(QStringLiteral("00")) + 8;
    m_extent = Pad + m_level + m_label + (m_group > 0 ? Gap + m_group : 0.0);
}

void MatrixHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MatrixModel &model = m_scene->model();
    const QRectF exposed = option->exposedRect & boundingRect();
    if (model.size() == 0 || exposed.isEmpty())
        return;
    const double lod = levelOfDetail(painter, option);
    const bool text = lod * matrixLabelFont().pixelSize() >= MinReadablePx;
    const auto [first, last] = m_columns ? range(exposed.left(), exposed.right(), model.size())
                                         : range(exposed.top(), exposed.bottom(), model.size());
    painter->save();
    if (m_columns)
        painter->rotate(-90); // local (u, v) is scene (v, -u): u runs up, away from the cells
    // In the local frame the header spans u in [x0, x0 + extent].
    const double x0 = m_columns ? 0.0 : -m_extent;
    const std::vector<int> lines = separators(model, S * lod);
    for (std::size_t i = 0; i < lines.size(); i += 2) { // every other band shaded
        const int from = lines[i];
        const int to = i + 1 < lines.size() ? lines[i + 1] : model.size();
        if (to > first && from < last)
            painter->fillRect(QRectF(x0, from * S, m_extent, (to - from) * S), BandColor);
    }
    painter->setPen(cosmetic(SeparatorColor, 1));
    for (const int line : lines) {
        if (line >= first && line <= last)
            painter->drawLine(QPointF(x0, line * S), QPointF(x0 + m_extent, line * S));
    }
    const MatrixScene::Hit selected = m_scene->selectedCell();
    const int mark = m_columns ? selected.col : selected.row;
    if (mark >= 0)
        painter->fillRect(QRectF(x0, mark * S, m_extent, S), SelectionBand);
    if (text)
        paintLabels(painter, first, last);
    else
        paintGroupNames(painter, lod, first, last);
    painter->restore();
}

// A rect of the local frame `from` to `from + width` away from the cells, rows [index, +count).
QRectF MatrixHeaderItem::across(double from, double width, int index, int count) const
{
    const double u = m_columns ? from : -from - width;
    return QRectF(u, index * S, width, count * S);
}

void MatrixHeaderItem::paintLabels(QPainter *painter, int first, int last) const
{
    const MatrixModel &model = m_scene->model();
    const std::vector<MatrixModel::Group> &groups = model.groups();
    const Qt::Alignment near = (m_columns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    const Qt::Alignment far = (m_columns ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const QFontMetricsF plain(matrixLabelFont());
    const QFontMetricsF bold(matrixLabelFont(true));
    for (int r = first; r < last; ++r) {
        const MatrixModel::Row &row = model.row(r);
        painter->setFont(matrixLabelFont());
        painter->setPen(Qt::black);
        const QString label = rowLabel(*m_scene, row);
        painter->drawText(across(Pad + m_level, m_label, r), near,
                          plain.elidedText(label, Qt::ElideMiddle, m_label - 2));
        if (m_level > 0 && row.level >= 0) {
            painter->setPen(Qt::darkGray);
            painter->drawText(across(Pad, m_level - 4, r), Qt::AlignCenter,
                              QString::number(row.level));
        }
        if (row.group >= 0 && groups[std::size_t(row.group)].first == r && m_group > 0) {
            const MatrixModel::Group &group = groups[std::size_t(row.group)];
            QString name = groupName(group);
            if (group.collapsed)
                name = QStringLiteral("\u25b8 ") + name;
            painter->setFont(matrixLabelFont(true));
            painter->setPen(Qt::black);
            painter->drawText(across(Pad + m_level + m_label + Gap, m_group, r),
                              m_columns ? near : far,
                              bold.elidedText(name, Qt::ElideMiddle, m_group - 2));
        }
    }
}

// Zoomed out, labels are too small to read: packages tall enough on screen get their name
// across the whole header, in print of a readable size.
void MatrixHeaderItem::paintGroupNames(QPainter *painter, double lod, int first, int last) const
{
    QFont font = matrixLabelFont(true);
    font.setPixelSize(std::max(1, int(std::lround(11 / lod))));
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    painter->setPen(Qt::black);
    const double width = m_extent - Pad;
    for (const MatrixModel::Group &group : m_scene->model().groups()) {
        if (group.first + group.count <= first || group.first >= last ||
            group.count * S < 1.3 * metrics.height())
            continue;
        const QString name = groupName(group);
        const QRectF room = across(Pad, width, group.first, 1);
        painter->drawText(QRectF(room.topLeft(), QSizeF(room.width(), metrics.height())),
                          (m_columns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop,
                          metrics.elidedText(name, Qt::ElideMiddle, width));
    }
    // The rows that carry the most imports are the lines a reader asks about: named, in
    // plain print, with a tick pointing at their row.
    QFont plain = matrixLabelFont();
    plain.setPixelSize(font.pixelSize());
    const QFontMetricsF plainMetrics(plain);
    painter->setFont(plain);
    const double tick = 4 / lod;
    const double leader = 8 / lod;
    const MatrixModel &model = m_scene->model();
    for (const auto &[r, at] : landmarks(plainMetrics.height(), metrics.height())) {
        if (r < first || r >= last)
            continue;
        // A tick at the row; a name moved off it (past a package's name) is led to it.
        const double centre = (r + 0.5) * S;
        const QRectF line = across(0, tick, r);
        const QRectF lead = across(tick, leader, r);
        painter->setPen(cosmetic(Qt::darkGray, 1));
        painter->drawLine(QPointF(line.left(), centre), QPointF(line.right(), centre));
        const double from = m_columns ? lead.left() : lead.right();
        const double to = m_columns ? lead.right() : lead.left();
        painter->drawLine(QPointF(from, centre), QPointF(to, at));
        painter->setPen(Qt::black);
        const QRectF room = across(Pad + tick, width - tick, r);
        painter->drawText(QRectF(room.left(), at - plainMetrics.height() / 2, room.width(),
                                 plainMetrics.height()),
                          (m_columns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                          plainMetrics.elidedText(rowLabel(*m_scene, model.row(r)), Qt::ElideMiddle,
                                                  width - tick));
    }
}

std::vector<MatrixHeaderItem::Landmark> MatrixHeaderItem::landmarks(double lineHeight,
                                                                    double groupHeight) const
{
    constexpr std::size_t MaxLandmarks = 24;
    // Along the header: what the group names hold, then each name placed.
    std::vector<std::pair<double, double>> taken;
    for (const MatrixModel::Group &group : m_scene->model().groups()) {
        if (group.count * S >= 1.3 * groupHeight)
            taken.emplace_back(group.first * S, group.first * S + groupHeight);
    }
    const double length = m_scene->model().size() * S;
    std::vector<Landmark> out;
    // Painting asks on every exposure: a bounded number of candidates keeps a matrix of many
    // thousand rows smooth, and rows further down the list carry too little to name.
    const std::size_t candidates = std::min(m_heaviest.size(), 8 * MaxLandmarks);
    for (std::size_t k = 0; k < candidates && out.size() < MaxLandmarks; ++k) {
        const int r = m_heaviest[k];
        // At its row, or up to two lines off it where another name stands there.
        for (const double shift : {0.0, 1.0, -1.0, 2.0, -2.0}) {
            const double centre = (r + 0.5) * S + shift * lineHeight;
            const double top = centre - lineHeight / 2;
            const double bottom = top + lineHeight;
            const bool free = top >= -lineHeight / 2 && bottom <= length + lineHeight / 2 &&
                              std::none_of(taken.begin(), taken.end(), [&](const auto &span) {
                                  return top < span.second && span.first < bottom;
                              });
            if (free) {
                taken.emplace_back(top, bottom);
                out.push_back({r, centre});
                break;
            }
        }
    }
    return out;
}

} // namespace headroom
