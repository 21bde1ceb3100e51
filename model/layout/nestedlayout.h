#pragma once

#include "layout.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <limits>
#include <vector>

namespace headroom {

// A box of a nested picture: a leaf (sized by the caller) or a container whose size comes
// from what it holds, with a header strip for its name on top.
struct NestedBox
{
    int parent = -1; // the enclosing container's index, -1 at the top
    bool container = false;
    QSizeF size;   // leaves: the box; containers: the least (their name fits)
    int layer = 0; // row inside the parent, 0 at the bottom
    QString order; // ties in a row are broken by this key, so that the order is stable
    double previousX = std::numeric_limits<double>::quiet_NaN(); // where it sat before
};

// An import between two boxes of one container (siblings): drawn from `from` to `to`.
struct NestedEdge
{
    int from = -1;
    int to = -1;
};

struct NestedLayoutRequest
{
    std::vector<NestedBox> boxes; // containers before their members
    std::vector<NestedEdge> edges;
    double headerHeight = 26.0;     // a container's name strip
    double padding = 10.0;          // inside a container, around its rows
    double gap = 12.0;              // between neighbours in a row
    double wrapGap = 10.0;          // between the rows one layer wraps into
    double layerGap = 30.0;         // between layers: room for the imports
    double columnGap = 40.0;        // between the columns a long chain of layers flows into
    double aspect = 16.0 / 9.0;     // width : height the top aims for
    double innerAspect = 3.0 / 2.0; // the same for containers inside it
};

struct NestedLayoutResult
{
    std::vector<QRectF> rects;    // per box, scene coordinates (y grows downwards)
    std::vector<EdgeRoute> edges; // per request edge; source/target are box indices
    QRectF bounds;
};

// Levelized structure layout, our own and deterministic: inside every container the
// members sit in rows by layer, the highest on top, ordered by where their imports go
// (barycentres, ties by `order`; boxes placed before keep their old order). A layer wider
// than the container's aim wraps into several rows inside its band, so that containers keep
// near their aspect instead of growing into strips. Containers are sized bottom-up and placed
// top-down. Imports are cubic curves from the importer's bottom to the imported's top, or
// from top to bottom when they point up (cuts); between two columns they leave sideways (or
// through the free band beside their row), run along the gap between the columns and arrive
// the same way, crossing no box.
[[nodiscard]] NestedLayoutResult nestedLayout(const NestedLayoutRequest &request);

} // namespace headroom
