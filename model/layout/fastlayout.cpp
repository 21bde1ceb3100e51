// The layered placement used when dot would take too long: one row per rank (highest on
// top), nodes ordered within a row by barycenter sweeps, x by least-squares placement,
// straight edges; rows far wider than the picture is high wrap into lines inside their band
// (near 16:9). Linear in the edges per sweep.
#include "layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

// Ranks by longest path where the request gives none: 0 for nodes without out-edges, else
// 1 + the highest rank imported; back edges found by a depth-first search are left out.
std::vector<int> ranksOf(const LayoutRequest &request, const std::vector<std::vector<int>> &out)
{
    const std::size_t n = request.nodes.size();
    std::vector<int> rank(n, -1);
    bool complete = true;
    for (std::size_t i = 0; i < n; ++i) {
        rank[i] = request.nodes[i].rank;
        complete = complete && rank[i] >= 0;
    }
    if (complete)
        return rank;
    std::vector<char> state(n, 0); // 0 new, 1 on the stack, 2 done
    std::vector<std::pair<int, std::size_t>> stack;
    for (std::size_t s = 0; s < n; ++s) {
        if (state[s])
            continue;
        stack.push_back({int(s), 0});
        state[s] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const std::vector<int> &targets = out[std::size_t(v)];
            if (next < targets.size()) {
                const int t = targets[next++];
                if (state[std::size_t(t)] == 0) {
                    state[std::size_t(t)] = 1;
                    stack.push_back({t, 0});
                }
                continue;
            }
            int r = 0;
            for (const int t : targets) {
                if (state[std::size_t(t)] == 2)
                    r = std::max(r, rank[std::size_t(t)] + 1);
            }
            rank[std::size_t(v)] = r;
            state[std::size_t(v)] = 2;
            stack.pop_back();
        }
    }
    return rank;
}

// Centres for the nodes of one row, in this order, at least `gap` apart box to box and as
// close to `desired` as possible in the least-squares sense (pool adjacent violators on the
// centres with the minimum spacing taken out).
std::vector<double> placeRow(const std::vector<double> &desired, const std::vector<double> &widths,
                             double gap)
{
    const std::size_t n = desired.size();
    std::vector<double> offset(n, 0.0);
    for (std::size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + (widths[i - 1] + widths[i]) / 2 + gap;
    struct Block
    {
        double sum;
        int count;
        [[nodiscard]] double mean() const { return sum / count; }
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < n; ++i) {
        blocks.push_back({desired[i] - offset[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    std::vector<double> x(n);
    std::size_t i = 0;
    for (const Block &b : blocks) {
        for (int k = 0; k < b.count; ++k, ++i)
            x[i] = b.mean() + offset[i];
    }
    return x;
}

QPointF clipToBox(QPointF centre, QSizeF size, QPointF towards)
{
    const QPointF d = towards - centre;
    double t = 1.0;
    if (d.x() != 0)
        t = std::min(t, size.width() / 2 / std::abs(d.x()));
    if (d.y() != 0)
        t = std::min(t, size.height() / 2 / std::abs(d.y()));
    return centre + d * t;
}

struct Rows
{
    std::vector<std::vector<int>> order; // row 0 on top
    std::vector<int> rowOf;
};

void sortRowBy(std::vector<int> &row, const std::vector<double> &key)
{
    std::stable_sort(row.begin(), row.end(),
                     [&](int a, int b) { return key[std::size_t(a)] < key[std::size_t(b)]; });
}

constexpr double WrapGap = 10.0;
constexpr double WrapAspect = 16.0 / 9.0;

// The width rows wrap at: none (infinity) when the rows as placed are no wider than 16:9,
// else the width whose wrapped picture comes nearest 16:9.
double wrapWidth(const Rows &rows, const std::vector<double> &x, const std::vector<double> &width,
                 const std::vector<double> &rowHeight, const LayoutRequest &request)
{
    double widest = 0;
    double widestNode = 1;
    std::vector<double> span(rows.order.size(), 0);
    std::vector<double> packed(rows.order.size(), 0);
    for (std::size_t r = 0; r < rows.order.size(); ++r) {
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        for (const int v : rows.order[r]) {
            lo = std::min(lo, x[std::size_t(v)] - width[std::size_t(v)] / 2);
            hi = std::max(hi, x[std::size_t(v)] + width[std::size_t(v)] / 2);
            packed[r] += width[std::size_t(v)] + request.nodeSeparation;
            widestNode = std::max(widestNode, width[std::size_t(v)]);
        }
        span[r] = rows.order[r].empty() ? 0 : hi - lo;
        widest = std::max(widest, span[r]);
    }
    double height = 0;
    for (std::size_t r = 0; r < rows.order.size(); ++r)
        height += rowHeight[r] + request.rankSeparation;
    if (widest <= WrapAspect * height)
        return std::numeric_limits<double>::infinity();
    double best = widest;
    double bestScore = std::numeric_limits<double>::infinity();
    for (int k = 0; k <= 40; ++k) {
        const double limit = widestNode * std::pow(widest / widestNode, k / 40.0);
        double h = 0;
        double w = 0;
        for (std::size_t r = 0; r < rows.order.size(); ++r) {
            const int count = span[r] <= limit ? 1 : int(std::ceil(packed[r] / limit));
            h += count * rowHeight[r] + (count - 1) * WrapGap + request.rankSeparation;
            w = std::max(w, std::min(span[r], limit));
        }
        const double score = std::abs(std::log(w / h / WrapAspect));
        if (score < bestScore) {
            bestScore = score;
            best = limit;
        }
    }
    return best;
}

// Breaks a row wider than `limit` into lines, each packed and centred on 0, in its order;
// gives each node's line and returns the number of lines (1 when it fits).
int wrapRow(std::vector<int> &row, std::vector<double> &x, const std::vector<double> &width,
            double gap, double limit, std::vector<int> &line)
{
    if (row.empty())
        return 1;
    sortRowBy(row, x);
    const double lo = x[std::size_t(row.front())] - width[std::size_t(row.front())] / 2;
    const double hi = x[std::size_t(row.back())] + width[std::size_t(row.back())] / 2;
    if (hi - lo <= limit)
        return 1;
    std::vector<std::vector<int>> chunks(1);
    double used = 0;
    for (const int v : row) {
        const double w = width[std::size_t(v)];
        if (!chunks.back().empty() && used + gap + w > limit) {
            chunks.emplace_back();
            used = 0;
        }
        used += (chunks.back().empty() ? 0 : gap) + w;
        chunks.back().push_back(v);
    }
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        double total = -gap;
        for (const int v : chunks[c])
            total += width[std::size_t(v)] + gap;
        double left = -total / 2;
        for (const int v : chunks[c]) {
            x[std::size_t(v)] = left + width[std::size_t(v)] / 2;
            left += width[std::size_t(v)] + gap;
            line[std::size_t(v)] = int(c);
        }
    }
    return int(chunks.size());
}

} // namespace

LayoutResult fastLayeredLayout(const LayoutRequest &request)
{
    LayoutResult result;
    result.engine = LayoutEngine::Fast;
    const std::size_t n = request.nodes.size();
    QHash<int, int> byId;
    for (std::size_t i = 0; i < n; ++i) {
        if (byId.contains(request.nodes[i].id)) {
            result.error = QStringLiteral("duplicate node id %1").arg(request.nodes[i].id);
            return result;
        }
        byId.insert(request.nodes[i].id, int(i));
    }
    std::vector<std::vector<int>> out(n), neighbours(n);
    for (const LayoutEdge &e : request.edges) {
        const int s = byId.value(e.source, -1);
        const int t = byId.value(e.target, -1);
        if (s < 0 || t < 0) {
            result.error = QStringLiteral("edge to an unknown node");
            return result;
        }
        out[std::size_t(s)].push_back(t);
        neighbours[std::size_t(s)].push_back(t);
        neighbours[std::size_t(t)].push_back(s);
    }
    if (n == 0)
        return result;

    const std::vector<int> rank = ranksOf(request, out);
    const int top = *std::max_element(rank.begin(), rank.end());
    const int bottom = *std::min_element(rank.begin(), rank.end());
    Rows rows;
    rows.order.resize(std::size_t(top - bottom + 1));
    rows.rowOf.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        rows.rowOf[i] = top - rank[i];
        rows.order[std::size_t(rows.rowOf[i])].push_back(int(i));
    }

    const double gap = request.nodeSeparation;
    std::vector<double> width(n), x(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        width[i] = request.nodes[i].width;
    const auto neighbourMean = [&](int v, const std::vector<double> &value, double otherwise) {
        const std::vector<int> &ns = neighbours[std::size_t(v)];
        if (ns.empty())
            return otherwise;
        double sum = 0;
        for (const int u : ns)
            sum += value[std::size_t(u)];
        return sum / double(ns.size());
    };

    if (!request.previous.isEmpty()) {
        // Keep the old picture: old nodes want their old x, new ones their neighbours' mean.
        std::vector<double> desired(n, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t i = 0; i < n; ++i) {
            const auto it = request.previous.constFind(request.nodes[i].id);
            if (it != request.previous.constEnd())
                desired[i] = it->x();
        }
        std::vector<double> known = desired;
        for (double &d : known)
            d = std::isnan(d) ? 0.0 : d;
        for (std::size_t i = 0; i < n; ++i) {
            if (std::isnan(desired[i]))
                desired[i] = neighbourMean(int(i), known, 0.0);
        }
        for (std::vector<int> &row : rows.order) {
            sortRowBy(row, desired);
            std::vector<double> want, widths;
            for (const int v : row) {
                want.push_back(desired[std::size_t(v)]);
                widths.push_back(width[std::size_t(v)]);
            }
            const std::vector<double> placed = placeRow(want, widths, gap);
            for (std::size_t k = 0; k < row.size(); ++k)
                x[std::size_t(row[k])] = placed[k];
        }
    } else {
        // Barycenter sweeps on normalised positions, down and up.
        std::vector<double> pos(n);
        const auto number = [&](const std::vector<int> &row) {
            for (std::size_t k = 0; k < row.size(); ++k)
                pos[std::size_t(row[k])] = (double(k) + 0.5) / double(row.size());
        };
        for (const std::vector<int> &row : rows.order)
            number(row);
        std::vector<double> key(n);
        for (int sweep = 0; sweep < 8; ++sweep) {
            const bool down = sweep % 2 == 0;
            for (std::size_t r = 0; r < rows.order.size(); ++r) {
                std::vector<int> &row = rows.order[down ? r : rows.order.size() - 1 - r];
                for (const int v : row)
                    key[std::size_t(v)] = neighbourMean(v, pos, pos[std::size_t(v)]);
                sortRowBy(row, key);
                number(row);
            }
        }
        // x: packed and centred, then pulled towards the neighbours a few times.
        std::vector<double> desired(n, 0.0);
        for (const std::vector<int> &row : rows.order) {
            double total = 0;
            for (const int v : row)
                total += width[std::size_t(v)] + gap;
            double left = -total / 2;
            for (const int v : row) {
                desired[std::size_t(v)] = left + width[std::size_t(v)] / 2;
                left += width[std::size_t(v)] + gap;
            }
        }
        x = desired;
        for (int pass = 0; pass < 4; ++pass) {
            for (std::size_t r = 0; r < rows.order.size(); ++r) {
                const std::vector<int> &row = rows.order[pass % 2 ? rows.order.size() - 1 - r : r];
                std::vector<double> want, widths;
                for (const int v : row) {
                    want.push_back(neighbourMean(v, x, x[std::size_t(v)]));
                    widths.push_back(width[std::size_t(v)]);
                }
                const std::vector<double> placed = placeRow(want, widths, gap);
                for (std::size_t k = 0; k < row.size(); ++k)
                    x[std::size_t(row[k])] = placed[k];
            }
        }
    }

    // Rows from the top, each as high as its tallest node; a row far wider than the picture
    // is high wraps into several lines inside its band.
    std::vector<double> rowHeight(rows.order.size(), 18.0);
    for (std::size_t r = 0; r < rows.order.size(); ++r) {
        for (const int v : rows.order[r])
            rowHeight[r] = std::max(rowHeight[r], request.nodes[std::size_t(v)].height);
    }
    const double limit = wrapWidth(rows, x, width, rowHeight, request);
    std::vector<int> line(n, 0); // the line of its row a node sits on
    std::vector<int> lines(rows.order.size(), 1);
    for (std::size_t r = 0; r < rows.order.size(); ++r)
        lines[r] = wrapRow(rows.order[r], x, width, gap, limit, line);
    std::vector<double> rowCentre(rows.order.size());
    std::vector<double> rowTop(rows.order.size());
    double y = 0;
    for (std::size_t r = 0; r < rows.order.size(); ++r) {
        rowTop[r] = y;
        rowCentre[r] = y + rowHeight[r] / 2;
        y += lines[r] * rowHeight[r] + (lines[r] - 1) * WrapGap + request.rankSeparation;
    }
    double left = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < n; ++i)
        left = std::min(left, x[i] - width[i] / 2);
    const double shift = request.previous.isEmpty() ? -left : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const LayoutNode &node = request.nodes[i];
        const std::size_t r = std::size_t(rows.rowOf[i]);
        const QPointF centre(x[i] + shift, rowCentre[r] + line[i] * (rowHeight[r] + WrapGap));
        result.nodes.push_back({node.id, centre, QSizeF(node.width, node.height)});
        const QRectF box(centre - QPointF(node.width / 2, node.height / 2),
                         result.nodes.back().size);
        result.bounds = result.bounds.isNull() ? box : result.bounds.united(box);
    }
    for (const LayoutEdge &e : request.edges) {
        const NodePlacement &s = result.nodes[std::size_t(byId.value(e.source))];
        const NodePlacement &t = result.nodes[std::size_t(byId.value(e.target))];
        result.edges.push_back(
            {e.source,
             e.target,
             {clipToBox(s.centre, s.size, t.centre), clipToBox(t.centre, t.size, s.centre)},
             false});
    }
    return result;
}

} // namespace headroom
