#include "nestedlayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace headroom {

namespace {

constexpr int OrderingSweeps = 4;
constexpr int WidthCandidates = 40;
constexpr int MaxColumns = 4;
constexpr int MinLayersForColumns = 4;
constexpr double LaneStep = 5.0;     // between lines running side by side along a column gap
constexpr double CornerRadius = 8.0; // of a line's bends on its way to another column

struct Row
{
    std::vector<int> boxes;
    double width = 0;
    double height = 0;
};

// One container's (or the top's) members in rows: layer by layer from the highest, each
// layer wrapped at `wrap`. Gives the rows and the content's size.
struct Arrangement
{
    std::vector<Row> rows;
    std::vector<bool> layerStart; // per row: the first row of its layer
    double width = 0;
    double height = 0;
};

class Placer
{
public:
    explicit Placer(const NestedLayoutRequest &request) : m_request(request)
    {
        const std::size_t n = request.boxes.size();
        m_size.resize(n);
        m_local.resize(n);
        m_column.resize(n, 0);
        m_channels.resize(n);
        m_firstInRow.resize(n, false);
        m_lastInRow.resize(n, false);
        m_gaps.resize(n + 1);
        m_contentHeight.resize(n + 1, 0.0);
        m_members.resize(n + 1); // the last list is the top's
        for (std::size_t i = 0; i < n; ++i) {
            m_members[containerOf(int(i))].push_back(int(i));
            m_size[i] = request.boxes[i].size;
        }
        m_neighbours.resize(n);
        for (const NestedEdge &e : request.edges) {
            if (e.from < 0 || e.to < 0 || std::size_t(e.from) >= n || std::size_t(e.to) >= n)
                continue;
            m_neighbours[std::size_t(e.from)].push_back(e.to);
            m_neighbours[std::size_t(e.to)].push_back(e.from);
        }
    }

    NestedLayoutResult run()
    {
        const std::size_t n = m_request.boxes.size();
        // Members come after their container: sizing backwards sizes members first.
        for (std::size_t i = n; i-- > 0;) {
            if (m_request.boxes[i].container)
                m_size[i] = arrange(i, m_request.innerAspect, true);
        }
        arrange(n, m_request.aspect, false);
        NestedLayoutResult result;
        result.rects.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            // Containers come before their members: the parent is placed already.
            const QPointF origin = contentOrigin(result, containerOf(int(i)));
            result.rects[i] = QRectF(origin + m_local[i], m_size[i]);
            result.bounds = result.bounds.united(result.rects[i]);
        }
        routeEdges(result);
        return result;
    }

private:
    [[nodiscard]] QPointF contentOffset() const
    {
        return {m_request.padding, m_request.headerHeight + m_request.padding};
    }

    // The container a box sits in: its parent, or the box count for the top.
    [[nodiscard]] std::size_t containerOf(int box) const
    {
        const std::size_t n = m_request.boxes.size();
        const int p = m_request.boxes[std::size_t(box)].parent;
        return p >= 0 && std::size_t(p) < n ? std::size_t(p) : n;
    }

    // Where a container's content starts in scene coordinates (the top's at the origin).
    [[nodiscard]] QPointF contentOrigin(const NestedLayoutResult &result,
                                        std::size_t container) const
    {
        return container < result.rects.size() ? result.rects[container].topLeft() + contentOffset()
                                               : QPointF();
    }

    // Orders each layer's members: old positions where known, else by barycentre of their
    // neighbours in the other layers, ties by key.
    std::map<int, std::vector<int>, std::greater<>> orderedLayers(const std::vector<int> &members)
    {
        std::map<int, std::vector<int>, std::greater<>> layers;
        bool previous = false;
        for (const int b : members) {
            layers[m_request.boxes[std::size_t(b)].layer].push_back(b);
            previous = previous || !std::isnan(m_request.boxes[std::size_t(b)].previousX);
        }
        const auto &boxes = m_request.boxes;
        for (auto &[layer, list] : layers) {
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                const double xa = boxes[std::size_t(a)].previousX;
                const double xb = boxes[std::size_t(b)].previousX;
                if (std::isnan(xa) != std::isnan(xb))
                    return !std::isnan(xa);
                if (!std::isnan(xa) && xa != xb)
                    return xa < xb;
                return boxes[std::size_t(a)].order < boxes[std::size_t(b)].order;
            });
        }
        if (previous)
            return layers;
        std::vector<double> position(boxes.size(), 0.5);
        const auto number = [&](const std::vector<int> &list) {
            for (std::size_t k = 0; k < list.size(); ++k)
                position[std::size_t(list[k])] = (double(k) + 0.5) / double(list.size());
        };
        for (const auto &entry : layers)
            number(entry.second);
        for (int sweep = 0; sweep < OrderingSweeps; ++sweep) {
            for (auto &[layer, list] : layers) {
                std::vector<std::pair<double, int>> keyed;
                for (const int b : list) {
                    double sum = 0;
                    int count = 0;
                    for (const int o : m_neighbours[std::size_t(b)]) {
                        if (m_request.boxes[std::size_t(o)].parent ==
                                m_request.boxes[std::size_t(b)].parent &&
                            m_request.boxes[std::size_t(o)].layer != layer) {
                            sum += position[std::size_t(o)];
                            ++count;
                        }
                    }
                    keyed.emplace_back(count > 0 ? sum / count : position[std::size_t(b)], b);
                }
                std::stable_sort(keyed.begin(), keyed.end(),
                                 [](const auto &x, const auto &y) { return x.first < y.first; });
                for (std::size_t k = 0; k < list.size(); ++k)
                    list[k] = keyed[k].second;
                number(list);
            }
        }
        return layers;
    }

    Arrangement wrap(const std::map<int, std::vector<int>, std::greater<>> &layers,
                     double limit) const
    {
        Arrangement a;
        for (const auto &entry : layers) {
            bool first = true;
            Row row;
            for (const int b : entry.second) {
                const QSizeF s = m_size[std::size_t(b)];
                const double needed =
                    row.boxes.empty() ? s.width() : row.width + m_request.gap + s.width();
                if (!row.boxes.empty() && needed > limit) {
                    a.rows.push_back(std::move(row));
                    a.layerStart.push_back(first);
                    first = false;
                    row = {};
                }
                row.width = row.boxes.empty() ? s.width() : row.width + m_request.gap + s.width();
                row.height = std::max(row.height, s.height());
                row.boxes.push_back(b);
            }
            if (!row.boxes.empty()) {
                a.rows.push_back(std::move(row));
                a.layerStart.push_back(first);
            }
        }
        for (std::size_t r = 0; r < a.rows.size(); ++r) {
            a.width = std::max(a.width, a.rows[r].width);
            if (r > 0)
                a.height += a.layerStart[r] ? m_request.layerGap : m_request.wrapGap;
            a.height += a.rows[r].height;
        }
        return a;
    }

    // Places the members of `container` (the top when it is the box count) and returns its
    // size: the wrap width whose result comes nearest the aspect aimed for.
    QSizeF arrange(std::size_t container, double aspect, bool framed)
    {
        const std::vector<int> &members = m_members[container];
        if (members.empty()) {
            const double least =
                container < m_request.boxes.size() ? m_request.boxes[container].size.width() : 0;
            return framed ? QSizeF(std::max(least, 2 * m_request.padding + 60),
                                   m_request.headerHeight + m_request.padding)
                          : QSizeF();
        }
        const auto layers = orderedLayers(members);
        double widest = 0;
        double total = 0;
        for (const int b : members) {
            widest = std::max(widest, m_size[std::size_t(b)].width());
            total += m_size[std::size_t(b)].width() + m_request.gap;
        }
        const double extraW = framed ? 2 * m_request.padding : 0;
        const double extraH = framed ? m_request.headerHeight + 2 * m_request.padding : 0;
        // Candidates: every wrap width, with the layers in one column or, when a long chain
        // of narrow layers would make a strip, flowed into a few columns side by side.
        Arrangement best;
        std::vector<std::size_t> bestSplit;
        double bestScore = std::numeric_limits<double>::infinity();
        // Columns cost the reading order (up is no longer "imports" across them, though the
        // imports between columns run along the gaps): only a chain of layers that one column
        // would stack into a strip flows into them, tall opened packages on top of each other
        // as well as many narrow layers.
        const int maxColumns = int(layers.size()) >= MinLayersForColumns
                                   ? std::min<int>(MaxColumns, int(layers.size()))
                                   : 1;
        for (int k = 0; k <= WidthCandidates; ++k) {
            const double limit =
                widest * std::pow(std::max(1.0, total / widest), double(k) / WidthCandidates);
            Arrangement a = wrap(layers, limit);
            for (int columns = 1; columns <= maxColumns; ++columns) {
                const std::vector<std::size_t> split = splitColumns(a, columns);
                const QSizeF size = columnsSize(a, split);
                const double ratio =
                    (size.width() + extraW) / std::max(1.0, size.height() + extraH);
                // One column reads best: more only for a clear gain.
                const double score = std::abs(std::log(ratio / aspect)) + 0.15 * (columns - 1);
                if (score < bestScore - 1e-9) {
                    bestScore = score;
                    best = a;
                    bestSplit = split;
                }
            }
        }
        const QSizeF content = columnsSize(best, bestSplit);
        // A container is at least as wide as its own size asks (its name in the header).
        const double minimum =
            container < m_request.boxes.size() ? m_request.boxes[container].size.width() : 0;
        const double contentWidth = std::max(content.width(), minimum - extraW);
        double left = (contentWidth - content.width()) / 2;
        m_gaps[container].clear();
        m_contentHeight[container] = content.height();
        for (std::size_t c = 0; c + 1 < bestSplit.size(); ++c) {
            const double width = rowsWidth(best, bestSplit[c], bestSplit[c + 1]);
            double y = 0;
            for (std::size_t r = bestSplit[c]; r < bestSplit[c + 1]; ++r) {
                const Row &row = best.rows[r];
                const double above =
                    r > bestSplit[c] ? (best.layerStart[r] ? m_request.layerGap : m_request.wrapGap)
                                     : m_request.padding;
                const double below =
                    r + 1 < bestSplit[c + 1]
                        ? (best.layerStart[r + 1] ? m_request.layerGap : m_request.wrapGap)
                        : m_request.padding;
                if (r > bestSplit[c])
                    y += above;
                double x = left + (width - row.width) / 2;
                m_firstInRow[std::size_t(row.boxes.front())] = true;
                m_lastInRow[std::size_t(row.boxes.back())] = true;
                for (const int b : row.boxes) {
                    const QSizeF s = m_size[std::size_t(b)];
                    m_local[std::size_t(b)] = QPointF(x, y + (row.height - s.height()) / 2);
                    m_column[std::size_t(b)] = int(c);
                    m_channels[std::size_t(b)] = {y - above / 2, y + row.height + below / 2};
                    x += s.width() + m_request.gap;
                }
                y += row.height;
            }
            left += width + m_request.columnGap;
            if (c + 2 < bestSplit.size())
                m_gaps[container].push_back(left - m_request.columnGap / 2);
        }
        return {contentWidth + extraW, content.height() + extraH};
    }

    // Row indices where each of `columns` columns starts (and the end), cut at layer starts
    // so that the columns' heights are about even.
    [[nodiscard]] std::vector<std::size_t> splitColumns(const Arrangement &a, int columns) const
    {
        std::vector<std::size_t> split{0};
        const double target = a.height / columns;
        double used = 0;
        for (std::size_t r = 0; r < a.rows.size(); ++r) {
            if (r > 0 && a.layerStart[r] && used >= target - 1e-9 && int(split.size()) < columns) {
                split.push_back(r);
                used = 0;
            }
            used += a.rows[r].height + (r > 0 ? m_request.layerGap : 0);
        }
        split.push_back(a.rows.size());
        return split;
    }

    [[nodiscard]] static double rowsWidth(const Arrangement &a, std::size_t from, std::size_t to)
    {
        double width = 0;
        for (std::size_t r = from; r < to; ++r)
            width = std::max(width, a.rows[r].width);
        return width;
    }

    [[nodiscard]] QSizeF columnsSize(const Arrangement &a,
                                     const std::vector<std::size_t> &split) const
    {
        double width = 0;
        double height = 0;
        for (std::size_t c = 0; c + 1 < split.size(); ++c) {
            double h = 0;
            for (std::size_t r = split[c]; r < split[c + 1]; ++r) {
                if (r > split[c])
                    h += a.layerStart[r] ? m_request.layerGap : m_request.wrapGap;
                h += a.rows[r].height;
            }
            height = std::max(height, h);
            width += rowsWidth(a, split[c], split[c + 1]) + (c > 0 ? m_request.columnGap : 0);
        }
        return {width, height};
    }

    // The gaps between the columns of an edge's container that the edge runs along: the one
    // beside the importer's column towards the other end, and the one beside the imported's
    // (the same for neighbouring columns). Nothing in one column.
    struct Gaps
    {
        std::size_t container = 0;
        std::size_t out = 0;
        std::size_t in = 0;
        double originX = 0; // the container's content left, in scene coordinates
        double top = 0;     // the middle of the margin above its content, likewise
        double bottom = 0;  // and below it
    };
    [[nodiscard]] std::optional<Gaps> gapsBetween(const NestedLayoutResult &result, int from,
                                                  int to) const
    {
        const int ca = m_column[std::size_t(from)];
        const int cb = m_column[std::size_t(to)];
        const std::size_t container = containerOf(from);
        if (ca == cb || container != containerOf(to))
            return std::nullopt;
        Gaps gaps{container, std::size_t(cb > ca ? ca : ca - 1),
                  std::size_t(cb > ca ? cb - 1 : cb)};
        if (std::max(gaps.out, gaps.in) >= m_gaps[container].size())
            return std::nullopt;
        const QPointF origin = contentOrigin(result, container);
        gaps.originX = origin.x();
        gaps.top = origin.y() - m_request.padding / 2;
        gaps.bottom = origin.y() + m_contentHeight[container] + m_request.padding / 2;
        return gaps;
    }

    void routeEdges(NestedLayoutResult &result) const
    {
        const auto &rects = result.rects;
        enum Side
        {
            Bottom,
            Top,
            Left,
            Right
        };
        // Per (box, side): the edges that end there, with where the other end lies along that
        // side, to spread them.
        std::map<std::pair<int, int>, std::vector<std::pair<double, std::pair<int, bool>>>> ends;
        std::vector<std::pair<Side, Side>> sides(m_request.edges.size(), {Bottom, Top});
        // Per edge into another column: the gaps it runs along and the lanes it takes there.
        std::vector<std::optional<Gaps>> gaps(m_request.edges.size());
        std::vector<std::pair<double, double>> laneX(m_request.edges.size());
        // Per gap: the edges along it (the lane's end: 0 leaving, 1 arriving) by the span
        // they run, to give each a lane.
        std::map<std::pair<std::size_t, std::size_t>,
                 std::vector<std::pair<QPointF, std::pair<int, int>>>>
            lanes;
        for (std::size_t e = 0; e < m_request.edges.size(); ++e) {
            const NestedEdge &edge = m_request.edges[e];
            if (edge.from < 0 || edge.to < 0 || std::size_t(edge.from) >= rects.size() ||
                std::size_t(edge.to) >= rects.size())
                continue;
            const QRectF a = rects[std::size_t(edge.from)];
            const QRectF b = rects[std::size_t(edge.to)];
            const int la = m_request.boxes[std::size_t(edge.from)].layer;
            const int lb = m_request.boxes[std::size_t(edge.to)].layer;
            if (la > lb)
                sides[e] = {Bottom, Top}; // down, like every import
            else if (la < lb)
                sides[e] = {Top, Bottom}; // up: a cut
            else
                sides[e] = {Top, Top}; // within a layer: an arch above it
            if ((gaps[e] = gapsBetween(result, edge.from, edge.to))) {
                const Gaps &gap = *gaps[e];
                if (la == lb)
                    sides[e] = {Bottom, Top};
                // A box at its row's end towards the gap is left and reached from the side.
                const bool rightwards =
                    m_column[std::size_t(edge.to)] > m_column[std::size_t(edge.from)];
                const auto towardsGap = [&](int box, bool right) {
                    return (right ? m_lastInRow : m_firstInRow)[std::size_t(box)];
                };
                if (towardsGap(edge.from, rightwards))
                    sides[e].first = rightwards ? Right : Left;
                if (towardsGap(edge.to, !rightwards))
                    sides[e].second = rightwards ? Left : Right;
                const QPointF span(std::min(a.center().y(), b.center().y()),
                                   std::max(a.center().y(), b.center().y()));
                laneX[e] = {gap.originX + m_gaps[gap.container][gap.out],
                            gap.originX + m_gaps[gap.container][gap.in]};
                lanes[{gap.container, gap.out}].push_back({span, {int(e), 0}});
                if (gap.in != gap.out)
                    lanes[{gap.container, gap.in}].push_back({span, {int(e), 1}});
            }
            const auto along = [&](Side side, const QRectF &other) {
                return side == Left || side == Right ? other.center().y() : other.center().x();
            };
            ends[{edge.from, sides[e].first}].push_back({along(sides[e].first, b), {int(e), true}});
            ends[{edge.to, sides[e].second}].push_back(
                {along(sides[e].second, a), {int(e), false}});
        }
        // Side by side across the gap, so that each line can be followed.
        for (auto &[gap, list] : lanes) {
            std::stable_sort(list.begin(), list.end(), [](const auto &x, const auto &y) {
                return x.first.x() != y.first.x() ? x.first.x() < y.first.x()
                                                  : x.first.y() < y.first.y();
            });
            const double step =
                list.size() > 1
                    ? std::min(LaneStep, 0.7 * m_request.columnGap / double(list.size() - 1))
                    : 0.0;
            for (std::size_t k = 0; k < list.size(); ++k) {
                const auto [e, end] = list[k].second;
                const double shift = (double(k) - double(list.size() - 1) / 2) * step;
                const Gaps &g = *gaps[std::size_t(e)];
                if (end == 0)
                    laneX[std::size_t(e)].first += shift;
                if (end == 1 || g.in == g.out)
                    laneX[std::size_t(e)].second += shift;
            }
        }
        std::vector<QPointF> start(m_request.edges.size());
        std::vector<QPointF> finish(m_request.edges.size());
        for (auto &[key, list] : ends) {
            std::stable_sort(list.begin(), list.end(),
                             [](const auto &x, const auto &y) { return x.first < y.first; });
            const QRectF r = rects[std::size_t(key.first)];
            for (std::size_t k = 0; k < list.size(); ++k) {
                const double f = 0.2 + 0.6 * (double(k) + 0.5) / double(list.size());
                const double x = r.left() + r.width() * f;
                const double y = r.top() + r.height() * f;
                const QPointF p = key.second == Bottom ? QPointF(x, r.bottom())
                                  : key.second == Top  ? QPointF(x, r.top())
                                  : key.second == Left ? QPointF(r.left(), y)
                                                       : QPointF(r.right(), y);
                (list[k].second.second ? start : finish)[std::size_t(list[k].second.first)] = p;
            }
        }
        for (std::size_t e = 0; e < m_request.edges.size(); ++e) {
            const NestedEdge &edge = m_request.edges[e];
            EdgeRoute route{edge.from, edge.to, {}, true};
            const QPointF p0 = start[e];
            const QPointF p3 = finish[e];
            if (gaps[e]) {
                // Into another column: out sideways, or into the band beside the row and along
                // it; down or up the gap between the columns (past a column between them, over
                // or under the content); in the same way at the other end. It crosses no box.
                const auto reach = [&](int box, Side side, QPointF port, double gx) {
                    if (side == Left || side == Right)
                        return std::vector<QPointF>{QPointF(gx, port.y())};
                    const auto [above, below] = m_channels[std::size_t(box)];
                    const double y =
                        contentOrigin(result, containerOf(box)).y() + (side == Top ? above : below);
                    return std::vector<QPointF>{QPointF(port.x(), y), QPointF(gx, y)};
                };
                const auto [outX, inX] = laneX[e];
                std::vector<QPointF> corners{p0};
                const std::vector<QPointF> out = reach(edge.from, sides[e].first, p0, outX);
                std::vector<QPointF> in = reach(edge.to, sides[e].second, p3, inX);
                std::reverse(in.begin(), in.end());
                corners.insert(corners.end(), out.begin(), out.end());
                if (gaps[e]->out != gaps[e]->in) {
                    const double y =
                        out.back().y() + in.front().y() < gaps[e]->top + gaps[e]->bottom
                            ? gaps[e]->top
                            : gaps[e]->bottom;
                    corners.insert(corners.end(), {QPointF(outX, y), QPointF(inX, y)});
                }
                corners.insert(corners.end(), in.begin(), in.end());
                corners.push_back(p3);
                route.points = rounded(corners);
            } else if (sides[e].first == Top && sides[e].second == Top) {
                const double lift = std::max(24.0, std::abs(p3.x() - p0.x()) / 6);
                route.points = {p0, p0 - QPointF(0, lift), p3 - QPointF(0, lift), p3};
            } else {
                // Leave downwards (upwards for a cut) and arrive the same way.
                const double sign = sides[e].first == Bottom ? 1.0 : -1.0;
                const double dy = std::max(20.0, std::abs(p3.y() - p0.y()) / 2);
                route.points = {p0, QPointF(p0.x(), p0.y() + sign * dy),
                                QPointF(p3.x(), p3.y() - sign * dy), p3};
            }
            for (const QPointF &p : route.points)
                result.bounds = result.bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
            result.edges.push_back(std::move(route));
        }
    }

    // A path of straight horizontal and vertical stretches as cubic Bézier pieces, its
    // corners rounded.
    [[nodiscard]] static std::vector<QPointF> rounded(const std::vector<QPointF> &corners)
    {
        std::vector<QPointF> out{corners.front()};
        const auto straightTo = [&out](QPointF to) {
            const QPointF from = out.back();
            out.insert(out.end(), {from + (to - from) / 3, from + 2 * (to - from) / 3, to});
        };
        for (std::size_t i = 1; i + 1 < corners.size(); ++i) {
            const QPointF in = corners[i] - corners[i - 1];
            const QPointF outDir = corners[i + 1] - corners[i];
            const double lengthIn = std::hypot(in.x(), in.y());
            const double lengthOut = std::hypot(outDir.x(), outDir.y());
            if (lengthIn < 1e-6 || lengthOut < 1e-6)
                continue;
            const double r = std::min({CornerRadius, lengthIn / 2, lengthOut / 2});
            const QPointF before = corners[i] - in * (r / lengthIn);
            const QPointF after = corners[i] + outDir * (r / lengthOut);
            straightTo(before);
            out.insert(out.end(), {corners[i], corners[i], after});
        }
        straightTo(corners.back());
        return out;
    }

    const NestedLayoutRequest &m_request;
    std::vector<QSizeF> m_size;
    std::vector<QPointF> m_local; // top-left inside the parent's content
    std::vector<int> m_column;    // the column of its container's content a box sits in
    // Per box, inside its parent's content: the middle of the free bands above and below its
    // row, where a line to another column runs clear of the row's boxes.
    std::vector<std::pair<double, double>> m_channels;
    std::vector<bool> m_firstInRow;          // per box: the leftmost of its row
    std::vector<bool> m_lastInRow;           // per box: the rightmost of its row
    std::vector<std::vector<double>> m_gaps; // per container: the middles between its columns
    std::vector<double> m_contentHeight;     // per container: the height of its rows
    std::vector<std::vector<int>> m_members;
    std::vector<std::vector<int>> m_neighbours;
};

} // namespace

NestedLayoutResult nestedLayout(const NestedLayoutRequest &request)
{
    return Placer(request).run();
}

} // namespace headroom
