#include "legend.h"

#include "changestyle.h"
#include "containeritem.h"
#include "edgeitem.h"
#include "matrixscene.h"
#include "metricstablemodel.h"
#include "nodeitem.h"
#include "treemapscene.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>
#include <functional>

namespace headroom {

namespace {

constexpr double Padding = 14.0;
constexpr double BarHeight = 18.0;
constexpr double TickLength = 6.0;
constexpr double RowHeight = 26.0;
constexpr double SampleWidth = 56.0;
constexpr double Gap = 10.0;

QFont legendFont(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

const QColor TextColor(0x22, 0x22, 0x22);
const QColor MutedColor(0x55, 0x5b, 0x63);

// Wrapped text `width` wide from (x, y). Returns the height used.
double drawParagraph(QPainter *p, double x, double y, double width, const QString &s,
                     const QFont &font, const QColor &colour)
{
    const QRectF r =
        QFontMetricsF(font).boundingRect(QRectF(x, y, width, 1e6), Qt::TextWordWrap, s);
    if (p) {
        p->setFont(font);
        p->setPen(colour);
        p->drawText(QRectF(x, y, width, r.height()), Qt::TextWordWrap, s);
    }
    return r.height();
}

// The text of a key's row, `width` wide from (x, y), centred in a row of at least RowHeight.
// Returns the row's height, for its sample to be centred in.
double drawRowLabel(QPainter *p, double x, double y, double width, const QString &s)
{
    const QFont font = legendFont(15);
    const double h = std::max(
        RowHeight,
        QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, s).height() +
            4);
    if (p) {
        p->setFont(font);
        p->setPen(TextColor);
        p->drawText(QRectF(x, y, width, h), Qt::AlignVCenter | Qt::TextWordWrap, s);
    }
    return h;
}

// A colour bar `width` wide at (x, y), sampled from `colourAt` (t from 0 to 1), with its ends
// and middle named under it. Returns the height used.
double drawBar(QPainter *p, double x, double y, double width,
               const std::function<QColor(double)> &colourAt, const QString &left,
               const QString &middle, const QString &right)
{
    const QFont font = legendFont(15);
    const QFontMetricsF metrics(font);
    if (p) {
        const QRectF bar(x, y, width, BarHeight);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 32; ++i)
            gradient.setColorAt(i / 32.0, colourAt(i / 32.0));
        p->setPen(QPen(MutedColor, 1.0));
        p->setBrush(gradient);
        p->drawRect(bar);
        p->setFont(font);
        p->setPen(TextColor);
        const QRectF ends(x, y + BarHeight + 2, width, metrics.height());
        p->drawText(ends, Qt::AlignLeft, left);
        p->drawText(ends, Qt::AlignRight, right);
        p->drawText(ends, Qt::AlignHCenter, middle);
    }
    return BarHeight + 2 + metrics.height();
}

} // namespace

Legend::Legend(Metric metric, const HeatScale &scale) : m_metric(metric), m_scale(scale) {}

Legend Legend::forTables()
{
    Legend legend;
    legend.m_edges = false;
    legend.m_tables = true;
    return legend;
}

Legend Legend::forMatrix(const MatrixKey &key)
{
    Legend legend;
    legend.m_edges = false;
    legend.m_matrix = key;
    return legend;
}

QString Legend::title() const
{
    if (m_matrix)
        return tr("Dependency matrix");
    if (m_tables)
        return tr("Colours of the tables");
    if (!m_metric)
        return tr("Imports");
    const QString unit = MetricChoice::unit(*m_metric);
    return unit.isEmpty() ? tr("Colour: %1").arg(MetricChoice::name(*m_metric))
                          : tr("Colour: %1 (%2)").arg(MetricChoice::name(*m_metric), unit);
}

QSizeF Legend::size() const
{
    return {Width, draw(nullptr, QPointF())};
}

void Legend::paint(QPainter *painter, QPointF topLeft) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xb8, 0xbe, 0xc6), 1.0));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(QRectF(topLeft, size()), 6, 6);
    draw(painter, topLeft);
    painter->restore();
}

double Legend::draw(QPainter *p, QPointF topLeft) const
{
    const double inner = Width - 2 * Padding;
    const double x = topLeft.x() + Padding;
    double y = topLeft.y() + Padding;
    const QFont titleFont = legendFont(17, true);
    const QFont textFont = legendFont(15);
    const QFontMetricsF textMetrics(textFont);
    const auto text = [&](const QRectF &r, int flags, const QString &s, const QFont &f,
                          const QColor &c) {
        if (!p)
            return;
        p->setFont(f);
        p->setPen(c);
        p->drawText(r, flags, s);
    };
    const auto wrapped = [&](const QString &s, const QFont &f, const QColor &c) {
        y += drawParagraph(p, x, y, inner, s, f, c);
    };

    wrapped(title(), titleFont, TextColor);
    if (m_matrix)
        return std::ceil(drawMatrix(p, x, y + 4) + Padding - topLeft.y());
    if (m_tables)
        return std::ceil(drawTables(p, x, y + 4) + Padding - topLeft.y());
    if (!m_since.isEmpty())
        y = drawChanges(p, x, y + Gap / 2);
    if (m_metric) {
        y += 4;
        wrapped(MetricChoice::description(*m_metric), textFont, MutedColor);
        y += Gap;
        // The gradient bar, sampled from the scale so that it matches the nodes exactly.
        const double lo = m_scale.minimum();
        const double hi = m_scale.maximum();
        const QRectF bar(x, y, inner, BarHeight);
        if (p) {
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (int i = 0; i <= 32; ++i) {
                const double t = i / 32.0;
                gradient.setColorAt(t, m_scale.colorAt(lo + t * (hi - lo)));
            }
            p->setPen(QPen(MutedColor, 1.0));
            p->setBrush(gradient);
            p->drawRect(bar);
        }
        y += BarHeight;
        std::vector<double> ticks{lo, hi};
        if (m_scale.kind() == HeatScale::Kind::Diverging && m_scale.threshold() > lo &&
            m_scale.threshold() < hi)
            ticks.insert(ticks.begin() + 1, m_scale.threshold());
        const double labelTop = y + TickLength + 2;
        double labelsEnd = x;
        for (std::size_t i = 0; i < ticks.size(); ++i) {
            const double t = hi > lo ? (ticks[i] - lo) / (hi - lo) : 0.0;
            const double tx = x + t * inner;
            if (p) {
                p->setPen(QPen(TextColor, 1.5));
                p->drawLine(QPointF(tx, y), QPointF(tx, y + TickLength));
            }
            const QString label = MetricChoice::format(*m_metric, ticks[i]);
            const double w = textMetrics.horizontalAdvance(label) + 4;
            const int align = i == 0                  ? Qt::AlignLeft
                              : i + 1 == ticks.size() ? Qt::AlignRight
                                                      : Qt::AlignHCenter;
            const double left = i == 0 ? x : i + 1 == ticks.size() ? x + inner - w : tx - w / 2;
            // A threshold close to an end keeps its tick but not its number.
            const bool middle = i > 0 && i + 1 < ticks.size();
            const double lastLeft =
                x + inner - textMetrics.horizontalAdvance(MetricChoice::format(*m_metric, hi)) - 4;
            if (middle && (left < labelsEnd + 4 || left + w > lastLeft - 4))
                continue;
            text(QRectF(left, labelTop, w, textMetrics.height()), align, label, textFont,
                 TextColor);
            labelsEnd = left + w;
        }
        y = labelTop + textMetrics.height() + 2;
        const bool worseHigh = MetricChoice::higherIsWorse(*m_metric);
        const QRectF ends(x, y, inner, textMetrics.height());
        text(ends, Qt::AlignLeft, worseHigh ? tr("← better") : tr("← worse"), textFont, MutedColor);
        text(ends, Qt::AlignRight, worseHigh ? tr("worse →") : tr("better →"), textFont,
             MutedColor);
        y += textMetrics.height() + Gap;
        // Nodes the metric says nothing about.
        if (p) {
            p->setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1.0));
            p->setBrush(QColor(0xdc, 0xdc, 0xdc));
            p->drawRoundedRect(QRectF(x, y + 4, SampleWidth, RowHeight - 8), 4, 4);
        }
        text(QRectF(x + SampleWidth + Gap, y, inner - SampleWidth - Gap, RowHeight),
             Qt::AlignVCenter, tr("no value"), textFont, TextColor);
        y += RowHeight;
        if (m_aggregates) {
            // The treemap's cells of members too small to show, hatched as it draws them.
            const QRectF sample(x, y + 4, SampleWidth, RowHeight - 8);
            if (p) {
                const TreemapStyle look = TreemapScene::aggregateStyle();
                p->setPen(QPen(look.border, 1.0));
                p->setBrush(look.fill);
                p->drawRect(sample);
                TreemapItem::paintHatch(p, sample, look.hatch);
            }
            text(QRectF(x + SampleWidth + Gap, y, inner - SampleWidth - Gap, RowHeight),
                 Qt::AlignVCenter, tr("too small to show one by one"), textFont, TextColor);
            y += RowHeight;
        }
        if (m_members) {
            // A package the picture shows as one box, its parts inside in its colour.
            const double h =
                drawRowLabel(p, x + SampleWidth + Gap, y, inner - SampleWidth - Gap,
                             tr("a package shown as one box: its parts inside, in its colour"));
            if (p) {
                const QRectF sample(x, y + (h - (RowHeight - 8)) / 2, SampleWidth, RowHeight - 8);
                p->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0));
                p->setBrush(m_scale.colorAt(m_scale.minimum()));
                p->drawRect(sample);
                QColor frame = m_scale.textColorAt(m_scale.minimum());
                frame.setAlpha(140);
                p->setPen(QPen(frame, 1.0));
                p->setBrush(Qt::NoBrush);
                const double half = sample.width() / 2;
                for (const double left : {sample.left() + 3, sample.left() + half + 1})
                    p->drawRect(QRectF(left, sample.top() + 3, half - 4, sample.height() - 6));
            }
            y += h;
        }
    }
    if (m_edges) {
        y += Gap / 2;
        const double labelX = x + SampleWidth + Gap;
        const double labelWidth = inner - SampleWidth - Gap;
        const auto row = [&](const QString &label, const EdgeLook &look, bool node = false) {
            const double h = drawRowLabel(p, labelX, y, labelWidth, label);
            const double cy = y + h / 2;
            if (p && node) {
                p->setPen(NodeItem::cycleBorder());
                p->setBrush(Qt::white);
                p->drawRoundedRect(QRectF(x, cy - RowHeight / 2 + 4, SampleWidth, RowHeight - 8), 4,
                                   4);
            } else if (p) {
                p->setPen(EdgeItem::penFor(look));
                p->setBrush(Qt::NoBrush);
                p->drawLine(QPointF(x, cy), QPointF(x + SampleWidth, cy));
                if (look.upward)
                    EdgeItem::paintCutMarker(p, QPointF(x + SampleWidth / 2, cy));
            }
            y += h;
        };
        // Samples of three sites: a hairline would hide the cycle tint.
        if (m_calls) {
            wrapped(tr("Boxes: the module's functions and methods (or classes) named without "
                       "the module, and what they call or what calls them, by full name. A box "
                       "is above what it calls."),
                    textFont, MutedColor);
            y += Gap / 2;
            row(tr("call"), EdgeLook{-1, -1, 3, false, false, false});
            row(tr("in a recursion: points down, like any call"),
                EdgeLook{-1, -1, 3, true, false, false});
            row(tr("cut here: points up; cutting these breaks every recursion"),
                EdgeLook{-1, -1, 3, true, true, false});
            row(tr("function in a recursion"), EdgeLook{}, true);
            y += Gap / 2;
            return std::ceil(y + Padding - topLeft.y());
        }
        const GraphKey &key = m_graphKey;
        if (key.imports)
            row(tr("import"), EdgeLook{-1, -1, 3, false, false, false});
        if (key.cycleImports)
            row(tr("in a cycle: points down, like any import"),
                EdgeLook{-1, -1, 3, true, false, false});
        if (key.cuts)
            row(tr("cut here: points up; cutting these breaks every cycle"),
                EdgeLook{-1, -1, 3, true, true, false});
        if (key.typeChecking)
            row(tr("type-checking only"), EdgeLook{-1, -1, 3, false, false, true});
        if (key.cycleMembers)
            row(tr("module in a cycle"), EdgeLook{}, true);
        if (key.focus) {
            const double h =
                drawRowLabel(p, labelX, y, labelWidth, tr("the focus: what the picture is around"));
            if (p) {
                const double cy = y + h / 2;
                p->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0));
                p->setBrush(Qt::white);
                const QRectF box(x + 8, cy - 4, SampleWidth - 16, 8);
                p->drawRoundedRect(box, 2, 2);
                NodeItem::paintFocusRing(p, box, 2);
            }
            y += h;
        }
        const bool anyImport = key.imports || key.cycleImports || key.cuts || key.typeChecking;
        const double cy = y + RowHeight / 2;
        if (p && anyImport) {
            const int sites[] = {1, 10, 100};
            for (int i = 0; i < 3; ++i) {
                EdgeLook look;
                look.sites = sites[i];
                p->setPen(EdgeItem::penFor(look));
                const double sx = x + i * SampleWidth / 3;
                p->drawLine(QPointF(sx + 2, cy), QPointF(sx + SampleWidth / 3 - 4, cy));
            }
        }
        if (anyImport) {
            text(QRectF(labelX, y, labelWidth, RowHeight), Qt::AlignVCenter,
                 tr("width: 1, 10, 100 import sites"), textFont, TextColor);
            y += RowHeight;
        }
        if (key.packages) {
            text(QRectF(x, y, SampleWidth, RowHeight), Qt::AlignCenter, tr("(12)"), textFont,
                 TextColor);
            text(QRectF(labelX, y, labelWidth, RowHeight), Qt::AlignVCenter,
                 tr("a package of 12 modules"), textFont, TextColor);
            y += RowHeight;
        }
        if (m_containers) {
            if (key.containers) {
                const QString opened = tr("an opened package: its modules inside, in layers of "
                                          "their own; double-click a name to open or close it");
                const double h =
                    std::max(RowHeight * 1.5, textMetrics
                                                      .boundingRect(QRectF(0, 0, labelWidth, 1e6),
                                                                    Qt::TextWordWrap, opened)
                                                      .height() +
                                                  4);
                if (p)
                    ContainerItem::paintSample(p, QRectF(x, y + 4, SampleWidth, h - 8));
                text(QRectF(labelX, y, labelWidth, h), Qt::AlignVCenter | Qt::TextWordWrap, opened,
                     textFont, TextColor);
                y += h;
            }
            y += Gap / 2;
            wrapped(tr("Imports that a longer path of imports already implies are left out; "
                       "View > Show Every Import draws them all."),
                    textFont, MutedColor);
        }
    }
    return std::ceil(y + Padding - topLeft.y());
}

// The key to a dependency matrix, its samples drawn as the matrix draws its cells and
// outlines (MatrixGridItem).
double Legend::drawMatrix(QPainter *p, double x, double y) const
{
    const MatrixKey &key = *m_matrix;
    const double inner = Width - 2 * Padding;
    const auto paragraph = [&](const QString &s, const QColor &colour) {
        y += drawParagraph(p, x, y, inner, s, legendFont(15), colour);
    };
    // A row of the key: a cell-sized sample, centred in the sample column, and its meaning.
    const double cell = MatrixScene::cellSize();
    const auto row = [&](const QString &label, const std::function<void(const QRectF &)> &sample) {
        const double h =
            drawRowLabel(p, x + SampleWidth + Gap, y, inner - SampleWidth - Gap, label);
        if (p) {
            p->save();
            sample(QRectF(x + (SampleWidth - cell) / 2, y + (h - cell) / 2, cell, cell));
            p->restore();
        }
        y += h;
    };

    paragraph(key.aggregated
                  ? tr("Each row and column is a package. A row imports the columns where its "
                       "cells are filled; a cell sums the import sites of the packages' "
                       "modules.")
                  : tr("A row's module imports the columns where its cells are filled."),
              MutedColor);
    paragraph(tr("Highest level first: imports that follow the layering lie right of the "
                 "diagonal."),
              MutedColor);
    y += Gap;
    // The cells' colour, sampled from the matrix's own scale.
    const double most = key.counts.maximum();
    y += drawBar(
        p, x, y, inner, [&key, most](double t) { return key.counts.colorAt(1.0 + t * (most - 1)); },
        QString::number(1), tr("import sites in a cell"), QString::number(most));
    y += Gap;
    const QColor cycle = HeatScale::diverging(1.0);
    row(tr("left of the diagonal: against the layering, whatever its count"),
        [&](const QRectF &r) { p->fillRect(r, MatrixScene::upwardColor()); });
    row(tr("modules in one import cycle"), [&](const QRectF &r) {
        p->setPen(QPen(cycle, 2.5));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r);
    });
    row(tr("packages in one cycle of package imports"), [&](const QRectF &r) {
        p->setPen(QPen(cycle, 1.5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r);
    });
    row(key.aggregated ? tr("the diagonal: imports inside a package, grey where there are none")
                       : tr("the diagonal: a module and itself"),
        [&](const QRectF &r) { p->fillRect(r, MatrixScene::diagonalColor()); });
    row(tr("beside a name: its level (0 imports nothing of the project)"), [&](const QRectF &r) {
        p->setFont(legendFont(15));
        p->setPen(Qt::darkGray);
        p->drawText(r, Qt::AlignCenter, QString::number(3));
    });
    return y;
}

// The key to the tables' colours, sampled from the tables' own (MetricsTableModel).
double Legend::drawTables(QPainter *p, double x, double y) const
{
    const double inner = Width - 2 * Padding;
    const auto paragraph = [&](const QString &s, const QColor &colour) {
        y += drawParagraph(p, x, y, inner, s, legendFont(15), colour);
    };
    paragraph(tr("Only a figure that needs a look is warm; the others are tinted by size. Hover "
                 "over a column's title for what it measures."),
              MutedColor);
    y += Gap;
    // Past a limit: a budget check's scale, from its limit to the column's furthest over.
    const HeatScale over(HeatScale::Kind::Diverging, 0.0, 14.0, 7.0);
    paragraph(tr("Past the head budget, or a metric's usual limit (LCOM4 above 1):"), TextColor);
    y += 4;
    y += drawBar(
        p, x, y, inner,
        [&over](double t) {
            return MetricsTableModel::cellColour(over, 7.0 + 1e-6 + t * 7.0).value_or(Qt::white);
        },
        tr("just over"), QString(), tr("furthest over"));
    y += Gap;
    const HeatScale size(HeatScale::Kind::Sequential, 0.0, 1.0);
    paragraph(tr("Other figures, within their column:"), TextColor);
    y += 4;
    y += drawBar(
        p, x, y, inner,
        [&size](double t) { return MetricsTableModel::cellColour(size, t).value_or(Qt::white); },
        tr("least"), QString(), tr("most"));
    return y;
}

QList<Legend::ChangeKey> Legend::changeKeys()
{
    return {ChangeKey::AddedBox,    ChangeKey::RemovedBox,    ChangeKey::CycleBox,
            ChangeKey::AddedImport, ChangeKey::RemovedImport, ChangeKey::CycleImport,
            ChangeKey::Inside};
}

QString Legend::changeText(ChangeKey key)
{
    switch (key) {
    case ChangeKey::AddedBox:
        return tr("added module or package (+)");
    case ChangeKey::RemovedBox:
        return tr("removed: a ghost where it was (−)");
    case ChangeKey::CycleBox:
        return tr("in a new or grown cycle");
    case ChangeKey::AddedImport:
        return tr("import added (+)");
    case ChangeKey::RemovedImport:
        return tr("import removed (−)");
    case ChangeKey::CycleImport:
        return tr("import of a new or grown cycle");
    case ChangeKey::Inside:
        return tr("modules added and removed inside a package");
    }
    return {};
}

QString Legend::changesHead(const QString &since)
{
    return tr("Changes since %1").arg(since);
}

// The key to a picture of a change, drawn with the marks' own pens and badges.
double Legend::drawChanges(QPainter *p, double x, double y) const
{
    const double inner = Width - 2 * Padding;
    const QFont headFont = legendFont(15, true);
    const QFont textFont = legendFont(15);
    const double labelX = x + SampleWidth + Gap;
    const double labelWidth = inner - SampleWidth - Gap;
    const auto label = [&](const QString &s) { return drawRowLabel(p, labelX, y, labelWidth, s); };
    const auto box = [&](double cy, const QPen &pen, const QColor &fill) {
        const QRectF r(x + 4, cy - RowHeight / 2 + 5, SampleWidth - 14, RowHeight - 10);
        p->setPen(pen);
        p->setBrush(fill);
        p->drawRoundedRect(r, 4, 4);
        return r;
    };
    const auto nodeRow = [&](const QString &s, Change change, bool cycle) {
        const double h = label(s);
        if (p) {
            const QPen pen = cycle                     ? ChangeStyle::newCycleBorder()
                             : change == Change::Added ? ChangeStyle::addedBorder()
                                                       : ChangeStyle::ghostBorder();
            const QRectF r = box(y + h / 2, pen,
                                 change == Change::Removed ? ChangeStyle::ghostFill() : Qt::white);
            if (change != Change::Kept)
                ChangeStyle::paintBadge(p, r.topRight(), change == Change::Added, 7.0);
        }
        y += h;
    };
    const auto edgeRow = [&](const QString &s, const EdgeLook &look) {
        const double h = label(s);
        if (p) {
            const double cy = y + h / 2;
            p->setPen(EdgeItem::penFor(look));
            p->setBrush(Qt::NoBrush);
            p->drawLine(QPointF(x, cy), QPointF(x + SampleWidth, cy));
            if (look.change != Change::Kept)
                ChangeStyle::paintBadge(p, QPointF(x + SampleWidth / 2, cy),
                                        look.change == Change::Added, 6.0);
        }
        y += h;
    };
    if (p) {
        p->setFont(headFont);
        p->setPen(TextColor);
    }
    const QString head = changesHead(m_since);
    const QRectF headRect =
        QFontMetricsF(headFont).boundingRect(QRectF(x, y, inner, 1e6), Qt::TextWordWrap, head);
    if (p)
        p->drawText(QRectF(x, y, inner, headRect.height()), Qt::TextWordWrap, head);
    y += headRect.height() + 2;
    nodeRow(changeText(ChangeKey::AddedBox), Change::Added, false);
    nodeRow(changeText(ChangeKey::RemovedBox), Change::Removed, false);
    nodeRow(changeText(ChangeKey::CycleBox), Change::Kept, true);
    EdgeLook added;
    added.sites = 3;
    added.change = Change::Added;
    edgeRow(changeText(ChangeKey::AddedImport), added);
    EdgeLook removed = added;
    removed.change = Change::Removed;
    edgeRow(changeText(ChangeKey::RemovedImport), removed);
    EdgeLook cycle;
    cycle.sites = 3;
    cycle.inNewCycle = true;
    edgeRow(changeText(ChangeKey::CycleImport), cycle);
    const double h = label(changeText(ChangeKey::Inside));
    if (p) {
        p->setFont(textFont);
        p->setPen(TextColor);
        p->drawText(QRectF(x, y, SampleWidth, h), Qt::AlignCenter, tr("+2 −1"));
    }
    y += h + Gap;
    if (p) {
        p->setPen(QPen(QColor(0xd0, 0xd4, 0xda), 1.0));
        p->drawLine(QPointF(x, y - Gap / 2), QPointF(x + inner, y - Gap / 2));
    }
    return y;
}

} // namespace headroom
