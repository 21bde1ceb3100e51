#pragma once

#include <QRectF>

#include <span>
#include <vector>

namespace headroom {

// The squarified treemap of Bruls, Huizing and van Wijk ("Squarified Treemaps", 2000):
// splits `rect` into one rectangle per weight, each with an area proportional to its
// weight, laying rows of the largest weights first along the shorter side and closing a row
// when the next weight would make its worst aspect ratio worse. Returns the rectangles in
// the order the weights are given. Weights that are zero, negative or not finite get an
// empty rectangle at the rectangle's top left corner, as does everything when no weight is
// positive. The rectangles tile `rect` without overlap.
[[nodiscard]] std::vector<QRectF> squarify(std::span<const double> weights, const QRectF &rect);

// Width over height or height over width, whichever is at least 1 (0 for an empty rect).
[[nodiscard]] double aspectRatio(const QRectF &rect);

} // namespace headroom
