#pragma once

#include "graph.h"
#include "metrics.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace headroom {

// A picture of a change: the later state drawn with what the earlier one had and lost as
// ghosts, what is new marked, and the members of new or grown cycles highlighted. The
// logic lives here, on plain values by name, so that `export --since` and the window's
// comparisons mark the same things; views only draw the marks.

// One state of a project reduced to what a picture of a change needs, by name: its project
// nodes, the imports between them and its cycles. Made from a review, or read from an
// `analyze` JSON (a baseline file) without analysing anything.
struct StateOutline
{
    QStringList nodes;                                // sorted
    std::vector<std::pair<QString, QString>> imports; // (importer, imported), sorted
    std::vector<QStringList> cycles;                  // members, each sorted
    int packageDepth = 0;                             // the level it was reviewed at
};

[[nodiscard]] StateOutline outlineOf(const ImportGraph &graph, const Metrics &metrics,
                                     int packageDepth = 0);

// Why a baseline file could not be read.
enum class OutlineError : std::uint8_t
{
    None,
    NotJson,     // no JSON object
    NotAnalysis, // JSON, but not what `analyze` writes (no nodes, edges and cycles)
};

// The state an `analyze` JSON describes: nodes[].id (project nodes: origin "internal",
// classes and functions left out), edges[].source/target between them, cycles[].members,
// package_depth.
[[nodiscard]] std::optional<StateOutline> outlineFromJson(const QByteArray &json,
                                                          OutlineError *error = nullptr);

// Whether a cycle of the later state is news: New when no earlier cycle lies inside it,
// Grown when one does and it has more members, Same when an earlier cycle has exactly its
// members, Shrunk when it only lost members. `inside` receives the earlier cycle a Grown
// or Same one holds. Members sorted, as in StateOutline.
enum class CycleNews : std::uint8_t
{
    Same,
    New,
    Grown,
    Shrunk
};
[[nodiscard]] CycleNews cycleNews(const std::vector<QStringList> &before,
                                  const QStringList &members, int *inside = nullptr);

enum class Change : std::uint8_t
{
    Kept,
    Added,
    Removed
};

// What changed from one outline to the other, by name, at the outlines' level.
struct ChangeSet
{
    QSet<QString> addedNodes;
    QSet<QString> removedNodes;
    std::set<std::pair<QString, QString>> addedImports;
    std::set<std::pair<QString, QString>> removedImports;
    std::vector<QStringList> newCycles; // the later state's new and grown cycles

    [[nodiscard]] bool empty() const;
    [[nodiscard]] Change node(const QString &name) const;
    [[nodiscard]] Change import(const QString &source, const QString &target) const;
    // The index in newCycles of the new or grown cycle `name` belongs to, -1 for none.
    [[nodiscard]] int newCycleOf(const QString &name) const;
};

[[nodiscard]] ChangeSet compareOutlines(const StateOutline &before, const StateOutline &after);

// The kind of a ghost import (one the later state removed) in a union graph: outside every
// ImportKindSet mask, so that no cycle, level, layer or coupling counts it.
inline constexpr ImportKind GhostImport = ImportKind(ImportKindCount);

// The later state's graph (its ids kept) with the nodes and imports the earlier state had
// and lost added as ghosts: nodes without a file (a lost package that held them is added
// too) and imports of the kind GhostImport. Laid out with the rest, the ghosts get a place
// among their former neighbours.
[[nodiscard]] ImportGraph unionGraph(const ImportGraph &later, const ChangeSet &changes);

// The marks of a picture graph: `shown` is `unionGraph`'s result itself (an empty
// `mapping`) or a projection of it (projectToDepth's mapping). A box is added or removed
// when everything merged into it is; a kept box counts the added and removed nodes inside
// it. An arrow likewise; it is in a new cycle when an import behind it joins two members of
// one new or grown cycle.
struct ChangeMarks
{
    std::vector<Change> nodes; // per shown node; empty: no comparison
    std::vector<Change> edges; // per shown edge
    std::vector<char> nodeInNewCycle;
    std::vector<char> edgeInNewCycle;
    std::vector<int> addedInside; // per shown node: added nodes merged into it
    std::vector<int> removedInside;

    [[nodiscard]] bool empty() const { return nodes.empty(); }
    [[nodiscard]] Change node(int n) const { return at(nodes, n, Change::Kept); }
    [[nodiscard]] Change edge(int e) const { return at(edges, e, Change::Kept); }
    [[nodiscard]] bool nodeInCycle(int n) const { return at(nodeInNewCycle, n, char(0)) != 0; }
    [[nodiscard]] bool edgeInCycle(int e) const { return at(edgeInNewCycle, e, char(0)) != 0; }

private:
    template <typename T> static T at(const std::vector<T> &v, int i, T none)
    {
        return i >= 0 && std::size_t(i) < v.size() ? v[std::size_t(i)] : none;
    }
};

// The same nodes (ids kept) without the ghosts: removed nodes become external, ghost
// imports (sites without a file) are dropped. What tables, panels and the matrix read.
[[nodiscard]] ImportGraph withoutGhosts(const ImportGraph &shown, const ChangeMarks &marks);

// A graph and what was measured on it.
struct MeasuredGraph
{
    ImportGraph graph;
    Metrics metrics;
};

// The later state alone, as a picture of a change shows it: `shown` (a union graph, or a
// projection or focus of one) without its ghosts, ids kept, and measured. What colours the
// boxes (a removed module's own imports add to no fan-in, and a ghost has no heat) and what
// tables and panels read; the union's own metrics only place the boxes. `measured` as for
// computeMetrics.
[[nodiscard]] MeasuredGraph laterState(const Analysis &analysis, const ImportGraph &shown,
                                       const ChangeMarks &marks, const MetricsOptions &options,
                                       const CallGraph *calls = nullptr,
                                       const FileMeasures *measured = nullptr);

[[nodiscard]] ChangeMarks changeMarks(const ImportGraph &unionG, const ChangeSet &changes,
                                      const ImportGraph &shown,
                                      const std::vector<int> &mapping = {});

} // namespace headroom
