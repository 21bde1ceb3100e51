#include "treemaplayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace headroom {

namespace {

double usable(double weight)
{
    return std::isfinite(weight) && weight > 0 ? weight : 0.0;
}

// The paper's worst(): the highest aspect ratio among `areas` laid out as one row along a
// side of length `side`.
double worst(double sum, double smallest, double largest, double side)
{
    const double s2 = sum * sum;
    const double w2 = side * side;
    return std::max(w2 * largest / s2, s2 / (w2 * smallest));
}

} // namespace

double aspectRatio(const QRectF &rect)
{
    const double w = rect.width();
    const double h = rect.height();
    if (w <= 0 || h <= 0)
        return 0.0;
    return std::max(w / h, h / w);
}

std::vector<QRectF> squarify(std::span<const double> weights, const QRectF &rect)
{
    const QRectF bounds = rect.normalized();
    std::vector<QRectF> out(weights.size(), QRectF(bounds.topLeft(), QSizeF(0, 0)));
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0,
                                         [](double s, double w) { return s + usable(w); });
    if (total <= 0 || bounds.isEmpty())
        return out;

    // Largest first (stable, so equal weights keep their order); empty ones are left out.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (usable(weights[i]) > 0)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&weights](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });
    const double scale = bounds.width() * bounds.height() / total;
    auto area = [&](std::size_t k) { return weights[order[k]] * scale; };

    QRectF free = bounds;
    std::size_t next = 0;
    while (next < order.size()) {
        const bool vertical = free.width() >= free.height(); // the row is a column at the left
        const double side = vertical ? free.height() : free.width();
        // Grow the row while its worst aspect ratio improves.
        std::size_t end = next + 1;
        double sum = area(next);
        while (end < order.size()) {
            const double a = area(end);
            const double now = worst(sum, area(end - 1), area(next), side);
            if (worst(sum + a, a, area(next), side) > now)
                break;
            sum += a;
            ++end;
        }
        const bool lastRow = end == order.size();
        // The last row takes what is left, so that rounding leaves no gap.
        const double thickness = lastRow ? (vertical ? free.width() : free.height()) : sum / side;
        double offset = 0;
        for (std::size_t k = next; k < end; ++k) {
            const double length = k + 1 == end ? side - offset : area(k) / thickness;
            out[order[k]] = vertical ? QRectF(free.left(), free.top() + offset, thickness, length)
                                     : QRectF(free.left() + offset, free.top(), length, thickness);
            offset += length;
        }
        if (vertical)
            free.setLeft(free.left() + thickness);
        else
            free.setTop(free.top() + thickness);
        next = end;
    }
    return out;
}

} // namespace headroom
