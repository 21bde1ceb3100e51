#include "nestedlayout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace headroom {

namespace {

constexpr int OrderingSweeps = 4;
constexpr int WidthCandidates = 40;
constexpr int MaxColumns = 4;
constexpr int MinLayersForColumns = 8;

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
        m_members.resize(n + 1); // the last list is the top's
        for (std::size_t i = 0; i < n; ++i) {
            const int p = request.boxes[i].parent;
            m_members[p >= 0 && std::size_t(p) < n ? std::size_t(p) : n].push_back(int(i));
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
            const int p = m_request.boxes[i].parent;
            const QPointF origin = p >= 0 && std::size_t(p) < n
                                       ? result.rects[std::size_t(p)].topLeft() + contentOffset()
                                       : QPointF();
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
        // Columns cost the reading order (up is no longer "imports" across them): only a
        // long chain of layers, which one column would turn into a strip, flows into them.
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
        for (std::size_t c = 0; c + 1 < bestSplit.size(); ++c) {
            const double width = rowsWidth(best, bestSplit[c], bestSplit[c + 1]);
            double y = 0;
            for (std::size_t r = bestSplit[c]; r < bestSplit[c + 1]; ++r) {
                const Row &row = best.rows[r];
                if (r > bestSplit[c])
                    y += best.layerStart[r] ? m_request.layerGap : m_request.wrapGap;
                double x = left + (width - row.width) / 2;
                for (const int b : row.boxes) {
                    const QSizeF s = m_size[std::size_t(b)];
                    m_local[std::size_t(b)] = QPointF(x, y + (row.height - s.height()) / 2);
                    x += s.width() + m_request.gap;
                }
                y += row.height;
            }
            left += width + m_request.columnGap;
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

    void routeEdges(NestedLayoutResult &result) const
    {
        const auto &rects = result.rects;
        enum Side
        {
            Bottom,
            Top
        };
        // Per (box, side): the edges that end there, with the other end's x, to spread them.
        std::map<std::pair<int, int>, std::vector<std::pair<double, std::pair<int, bool>>>> ends;
        std::vector<std::pair<Side, Side>> sides(m_request.edges.size(), {Bottom, Top});
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
            ends[{edge.from, sides[e].first}].push_back({b.center().x(), {int(e), true}});
            ends[{edge.to, sides[e].second}].push_back({a.center().x(), {int(e), false}});
        }
        std::vector<QPointF> start(m_request.edges.size());
        std::vector<QPointF> finish(m_request.edges.size());
        for (auto &[key, list] : ends) {
            std::stable_sort(list.begin(), list.end(),
                             [](const auto &x, const auto &y) { return x.first < y.first; });
            const QRectF r = rects[std::size_t(key.first)];
            for (std::size_t k = 0; k < list.size(); ++k) {
                const double x =
                    r.left() + r.width() * (0.2 + 0.6 * (double(k) + 0.5) / double(list.size()));
                const QPointF p(x, key.second == Bottom ? r.bottom() : r.top());
                (list[k].second.second ? start : finish)[std::size_t(list[k].second.first)] = p;
            }
        }
        for (std::size_t e = 0; e < m_request.edges.size(); ++e) {
            const NestedEdge &edge = m_request.edges[e];
            EdgeRoute route{edge.from, edge.to, {}, true};
            const QPointF p0 = start[e];
            const QPointF p3 = finish[e];
            QPointF c1;
            QPointF c2;
            if (sides[e].first == Top && sides[e].second == Top) {
                const double lift = std::max(24.0, std::abs(p3.x() - p0.x()) / 6);
                c1 = p0 - QPointF(0, lift);
                c2 = p3 - QPointF(0, lift);
            } else {
                // Leave downwards (upwards for a cut) and arrive the same way, even when the
                // other end sits in another column.
                const double sign = sides[e].first == Bottom ? 1.0 : -1.0;
                // Into another column the other way up: a short hook at each end, not a loop
                // around the whole picture.
                const bool natural = sign * (p3.y() - p0.y()) > 0;
                const double dy = natural ? std::max(20.0, std::abs(p3.y() - p0.y()) / 2) : 40.0;
                c1 = QPointF(p0.x(), p0.y() + sign * dy);
                c2 = QPointF(p3.x(), p3.y() - sign * dy);
            }
            route.points = {p0, c1, c2, p3};
            for (const QPointF &p : route.points)
                result.bounds = result.bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
            result.edges.push_back(std::move(route));
        }
    }

    const NestedLayoutRequest &m_request;
    std::vector<QSizeF> m_size;
    std::vector<QPointF> m_local; // top-left inside the parent's content
    std::vector<std::vector<int>> m_members;
    std::vector<std::vector<int>> m_neighbours;
};

} // namespace

NestedLayoutResult nestedLayout(const NestedLayoutRequest &request)
{
    return Placer(request).run();
}

} // namespace headroom
