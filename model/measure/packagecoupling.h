#pragma once

#include "graph.h"

#include <QHash>
#include <QString>

namespace headroom {

// Lakos' coupling measures inside one package: over the n modules below it (its own
// __init__ included) and the counted imports among them, ACD is the mean number of those
// modules each one reaches (itself included), CCD their sum, NCCD = CCD / ((n + 1) log2(n +
// 1) - n) and propagation cost = CCD / n^2.
struct PackageCoupling
{
    int modules = 0;
    double acd = 0;
    double nccd = 0;
    double propagationCost = 0;
};

// For every package and namespace package of the module graph, by name.
[[nodiscard]] QHash<QString, PackageCoupling> packageCoupling(const ImportGraph &moduleGraph,
                                                              ImportKindSet kinds);

} // namespace headroom
