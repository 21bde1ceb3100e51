#pragma once

#include "analysis.h"
#include "cohesion.h"
#include "cycles.h"
#include "enumkeys.h"
#include "graph.h"

#include <memory>
#include <vector>

namespace headroom {

// The head budget: how many things one head can hold. Every check has its own limit.
struct HeadBudget
{
    int packageMembers = 7;    // direct members (modules and subpackages) of a package
    int moduleDefinitions = 7; // top-level functions and classes of a module
    int moduleImports = 7;     // internal nodes a module imports (Ce)
    int classMethods = 7;      // methods of a class (ClassMetrics::methods)
    int depth = 7;             // levels of the project (Metrics::depth)

    [[nodiscard]] static HeadBudget uniform(int limit)
    {
        return HeadBudget{limit, limit, limit, limit, limit};
    }
};

enum class BudgetCheck : std::uint8_t
{
    PackageMembers,
    ModuleDefinitions,
    ModuleImports,
    ClassMethods,
    ProjectDepth,
};
constexpr std::array<EnumKey<BudgetCheck>, 5> keyTable(BudgetCheck)
{
    return {{{BudgetCheck::PackageMembers, "package-members"},
             {BudgetCheck::ModuleDefinitions, "module-definitions"},
             {BudgetCheck::ModuleImports, "module-imports"},
             {BudgetCheck::ClassMethods, "class-methods"},
             {BudgetCheck::ProjectDepth, "depth"}}};
}
static_assert(keyTableIsComplete<BudgetCheck>(5));

// Something over its budget: value > limit.
struct Finding
{
    BudgetCheck check = BudgetCheck::PackageMembers;
    int node = -1;       // graph node (packages, modules; -1 for ProjectDepth and classes)
    int classIndex = -1; // index into Metrics::classes for ClassMethods, else -1
    int value = 0;
    int limit = 0;
    int excess = 0; // value - limit

    friend bool operator==(const Finding &, const Finding &) = default;
};

// How much computeMetrics() measures: everything, or levels, cycles and coupling alone (what
// a package roll-up reads of its depth's projection; no files, reachability, layers or
// findings).
enum class MetricsScope : std::uint8_t
{
    Everything,
    LevelsAndCoupling
};

struct MetricsOptions
{
    CycleOptions cycles; // also the edge kinds that count for coupling and reachability
    HeadBudget budget;
    MetricsScope scope = MetricsScope::Everything;
    // Each node's reach and the graph's ACD, NCCD and propagation cost (the transitive
    // closure, the dearest measure at 100,000 modules): read by the command line's summary
    // and JSON, not by the window, whose reviews leave them at 0 (and Review::packages,
    // Lakos' measures inside each package, empty).
    bool reachability = true;
};

// A list made once and read by many (the classes of every projection, focus and what-if of a
// snapshot): copies share one vector, which nothing changes once it is made.
template <typename T> class SharedList
{
public:
    SharedList() = default;
    explicit SharedList(std::vector<T> items)
        : m_items(std::make_shared<const std::vector<T>>(std::move(items)))
    {
    }
    [[nodiscard]] const std::vector<T> &items() const { return m_items ? *m_items : none(); }
    [[nodiscard]] std::size_t size() const { return items().size(); }
    [[nodiscard]] bool empty() const { return items().empty(); }
    [[nodiscard]] const T &operator[](std::size_t i) const { return items()[i]; }
    [[nodiscard]] const T &front() const { return items().front(); }
    [[nodiscard]] auto begin() const { return items().begin(); }
    [[nodiscard]] auto end() const { return items().end(); }

private:
    static const std::vector<T> &none()
    {
        static const std::vector<T> empty;
        return empty;
    }
    std::shared_ptr<const std::vector<T>> m_items;
};

// Per node of the measured graph; external nodes keep the defaults. A node stands for the
// files whose module is its name or below it, unless a deeper node of the graph holds them:
// in the module graph a package is its __init__ alone, in a projection a package is
// everything merged into it. Sizes and classes sum over those files.
// Level, layer, cycle, ca, ce, instability, distance, reach and relationalCohesion depend on
// the imports; the rest on the files alone (what a what-if takes from the review it cuts:
// withoutImports() in metrics.cpp).
struct NodeMetrics
{
    int level = -1; // see Layering::levels
    // The row once every cycle's breaking set is cut: layers are numbered bottom-up, level by
    // level, each level's nodes in layers of their own ([base, base + height), base the sum
    // of the heights below); inside its level a node sits as many layers up as the longest
    // chain of uncut counted imports below it within that level (only edges inside a cycle
    // stay within a level). Every uncut counted import goes down at least one layer; only
    // breaking-set edges point up or sideways. Without cycles, layer == level. -1 for externals.
    int layer = -1;
    int cycle = -1;          // index into Metrics::cycles
    int ca = 0;              // afferent coupling: distinct internal nodes importing it
    int ce = 0;              // efferent coupling: distinct internal nodes it imports
    double instability = 0;  // Ce / (Ca + Ce), 0 when both are 0
    double abstractness = 0; // abstract classes / classes, 0 without classes
    double distance = 0;     // |A + I - 1|
    int reach = 0;           // nodes counted for ACD reachable from it, itself included
    int moduleCohesion = 0;  // moduleComponents() of its own file (module or __init__), 0 without
    // Packages (nodes with members in this graph): (R + 1) / N over its N direct members, R
    // the counted import edges between different members (edges deeper inside a subpackage
    // count for the subpackage, as in the projection that merges it). 0 without members.
    double relationalCohesion = 0;
    int files = 0;
    int sloc = 0;
    int definitions = 0;         // every class, function and method, nested ones included
    int topLevelDefinitions = 0; // top-level functions and classes of its own file
    int maxComplexity = 0;       // over functions and methods, 0 without any
    double meanComplexity = 0;
    long long totalComplexity = 0; // summed over its functions and methods
    // Commits that touched its files in the churn window (Analysis::churn; 0 without), and
    // the sum over its files of churn times complexity: where change and complexity meet.
    int churn = 0;
    long long hotspot = 0;
    int classes = 0;
    int abstractClasses = 0;
    // The highest LCOM4 (ClassMetrics::lcom4) of the classes of its files and of every node
    // below it: a module shows its least cohesive class, a package the worst of its modules.
    // 0 without classes that have methods.
    int worstClassLcom4 = 0;

    friend bool operator==(const NodeMetrics &, const NodeMetrics &) = default;
};

struct Metrics
{
    std::vector<Cycle> cycles;        // Layering::cycles
    std::vector<NodeMetrics> nodes;   // indexed like the graph's nodes
    SharedList<ClassMetrics> classes; // every class of every file, by file then definition
    int depth = 0;                    // Layering::depth
    bool churnCounted = false;        // NodeMetrics::churn and hotspot mean something
    int layers = 0;                   // number of layers: highest NodeMetrics::layer + 1
    std::vector<int> longestChain;    // Layering::longestChain
    std::vector<int> upwardEdges;     // Layering::upwardEdges
    // Reachability over the counted edges among the internal nodes that stand for code
    // (every internal node but namespace packages that hold no file and import nothing and
    // are imported by nothing). n of them; CCD = sum of their reach.
    double acd = 0;                // average component dependency: CCD / n
    double nccd = 0;               // CCD / ((n + 1) log2(n + 1) - n), a balanced binary tree's CCD
    double propagationCost = 0;    // CCD / n^2
    std::vector<Finding> findings; // by excess (descending), then name, then check
};

// What computeMetrics reads from each file whatever graph it measures: the work of the whole
// project, done once per analysis and call graph (Snapshot::measures) and shared by every
// projection, focus and what-if of it.
struct FileMeasures
{
    SharedList<ClassMetrics> classes; // every class of every file, by file then definition
    std::vector<int> moduleCohesion;  // per file: moduleComponents()
};

// With `calls` (the analysis's call graph), cohesion counts the calls it resolved.
[[nodiscard]] FileMeasures measureFiles(const Analysis &analysis, const CallGraph *calls = nullptr);
// The call graph's uses between two definitions of `file` (module-level code as caller -1),
// which cohesion counts for its classes and its module (see cohesionParts()).
[[nodiscard]] std::vector<ResolvedUse> resolvedUsesIn(const CallGraph *calls, int file);

// A what-if's head start: the metrics (scope Everything) of a graph of the same analysis and
// call graph with other imports (cut, or other kinds shown). Where its nodes are the graph's
// (sameNodes()), what does not depend on imports is taken from them rather than measured
// again, and their findings are brought up to date rather than sorted again.
struct SameNodes
{
    const ImportGraph *graph = nullptr;
    const Metrics *metrics = nullptr;
};

// Measures `graph` (analysis.graph or a projection of it) with the facts of `analysis`;
// with `calls` (the analysis's call graph), cohesion counts the calls it resolved.
// `measured`: measureFiles() of the same analysis and call graph where the caller keeps it;
// without, the files are measured here.
[[nodiscard]] Metrics computeMetrics(const Analysis &analysis, const ImportGraph &graph,
                                     const MetricsOptions &options = {},
                                     const CallGraph *calls = nullptr,
                                     const FileMeasures *measured = nullptr,
                                     const SameNodes &before = {});

} // namespace headroom
