#pragma once

#include "graph.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace headroom {

// A levelized structure map: packages drawn as containers that hold their members, each
// container's members in layers of their own. An import between two boxes is drawn once,
// between the two members of the innermost container that holds both ends (the import of
// db.models by contrib.admin is an import of "db" by "contrib" inside "django" when contrib
// and db are both open), so every container's edges are aggregated and few.

// One import between two members of a container: every import of the picture graph whose
// ends lie in those two members.
struct StructureEdge
{
    int from = -1; // member indices in the container
    int to = -1;
    int sites = 0;           // import sites, all kinds
    ImportKindSet kinds = 0; // union of the sites' kinds
    // In the container's breaking set (the fewest import sites whose removal leaves its
    // members acyclic): the one kind of edge that points up, drawn "cut here".
    bool cut = false;
    bool inCycle = false; // both ends in one cycle of the container's members
    // Implied by a longer path of uncut counted imports: left out of the transitive
    // reduction that pictures draw by default.
    bool implied = false;
    std::vector<int> graphEdges; // the picture graph's edges it stands for, ascending
};

struct StructureMember
{
    // The picture graph's node: a box (a module, a closed package, or an opened package's
    // own module, its __init__), or the package of a member container.
    int node = -1;
    int container = -1; // index into StructureMap::containers for an opened package, else -1
    // Row inside the container once its cuts are made, 0 at the bottom: every uncut counted
    // import goes down at least one layer.
    int layer = 0;
    int cycle = -1; // index of the container's member cycle it belongs to, -1 for none
};

struct StructureContainer
{
    int node = -1;                        // the opened package, -1 for the picture's root
    int parent = -1;                      // enclosing container, -1 for the root
    std::vector<StructureMember> members; // by name; an own module first
    std::vector<StructureEdge> edges;     // by (from, to)
    int layers = 0;                       // highest member layer + 1
    int cycles = 0;                       // member cycles
};

struct StructureMap
{
    std::vector<StructureContainer> containers; // [0] is the root; parents before children
    // Per picture-graph node: the container holding its box and the member index there, or
    // -1 when it has no box (an opened package without imports of its own, an external).
    std::vector<int> boxContainer;
    std::vector<int> boxMember;

    [[nodiscard]] int boxCount() const;
};

// The structure map of a picture graph made by projectToDepth(moduleGraph, 1, false,
// nullptr, open): every internal node with members in it is an opened package. An opened
// package's own module is a box inside it when it has an import in or out. Layers, cycles
// and cuts are worked out per container from the imports of the `counted` kinds; other
// imports (type-checking only) are drawn but never cut.
[[nodiscard]] StructureMap buildStructure(const ImportGraph &picture,
                                          ImportKindSet counted = RuntimeImportKinds);

// Per edge of `graph`: implied by a longer path of uncut counted imports between internal
// nodes (`cut` lists the edges cut, a breaking set), so that the transitive reduction leaves
// it out. Cut edges are never implied; an uncounted edge (type-checking only) is implied by
// any path. The uncut counted edges must be acyclic (every cycle cut).
[[nodiscard]] std::vector<char> impliedEdges(const ImportGraph &graph, const std::vector<int> &cut,
                                             ImportKindSet counted = RuntimeImportKinds);

// The smallest number of boxes a first picture aims for and the most it shows.
inline constexpr int MinFittingBoxes = 7;
inline constexpr int MaxFittingBoxes = 40;

// Whether `name` is, or lies inside, a package of vendored code: one named as Python
// projects name the copies of others' code they ship (`_vendor`, `vendored`, `extern`,
// `third_party`).
[[nodiscard]] bool isVendored(const QString &name);

// The packages to open so that a structure map of `moduleGraph` shows at most `maxBoxes`
// boxes: from the top-level names, the package with the most modules is opened while the
// boxes stay within the limit (a lone top-level package is always opened); once the picture
// is half full, only packages of at least MinFittingBoxes modules. Vendored code
// (isVendored()) opens only after the project's own, so that pip's first picture shows
// pip._internal, not its 339 vendored modules. Sorted. The packages in `opened` (with their
// enclosing packages) are opened first, whatever room they take; those in `preferred` are
// opened next, in its order and whatever their size, while there is room.
[[nodiscard]] QStringList fittingOpenPackages(const ImportGraph &moduleGraph,
                                              int maxBoxes = MaxFittingBoxes,
                                              QStringList opened = {},
                                              const QStringList &preferred = {});

} // namespace headroom
