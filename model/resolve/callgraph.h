#pragma once

#include "analysis.h"
#include "enumkeys.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <deque>
#include <span>
#include <vector>

namespace headroom {

enum class CallNodeKind : std::uint8_t
{
    Module,   // module-level code: a caller in its own right
    Class,    // a class (its body runs once, when the module runs)
    Function, // a function at module level or nested in a function
    Method,   // a function directly in a class body
    External, // outside the project, named by its import path ("os.path.join")
    Builtin,  // Python's builtins ("builtins.len", "builtins.object.__init__")
};
constexpr std::array<EnumKey<CallNodeKind>, 6> keyTable(CallNodeKind)
{
    return {{{CallNodeKind::Module, "module"},
             {CallNodeKind::Class, "class"},
             {CallNodeKind::Function, "function"},
             {CallNodeKind::Method, "method"},
             {CallNodeKind::External, "external"},
             {CallNodeKind::Builtin, "builtin"}}};
}
static_assert(keyTableIsComplete<CallNodeKind>(6));

enum class CallEdgeKind : std::uint8_t
{
    Call,        // the caller calls the callee (also a class's __init__ when instantiated)
    Instantiate, // the caller calls a class
    Reference,   // the caller hands the function on (argument, element, assigned value)
    Decorator,   // the caller applies the callee as a decorator
    Inherit,     // class -> base class
    Uses,        // class level only: methods of one class call into another class
};
inline constexpr int CallEdgeKindCount = 6;
constexpr std::array<EnumKey<CallEdgeKind>, CallEdgeKindCount> keyTable(CallEdgeKind)
{
    return {{{CallEdgeKind::Call, "call"},
             {CallEdgeKind::Instantiate, "instantiate"},
             {CallEdgeKind::Reference, "reference"},
             {CallEdgeKind::Decorator, "decorator"},
             {CallEdgeKind::Inherit, "inherit"},
             {CallEdgeKind::Uses, "uses"}}};
}
static_assert(keyTableIsComplete<CallEdgeKind>(CallEdgeKindCount));

struct CallSite
{
    int file = -1; // index into the scanned files
    int line = 0;

    friend bool operator==(const CallSite &, const CallSite &) = default;
    friend auto operator<=>(const CallSite &, const CallSite &) = default;
};

struct CallNode
{
    QString qualifiedName; // "pkg.mod.Class.method"; a module's own name for its code
    CallNodeKind kind = CallNodeKind::Function;
    int file = -1;       // index into the scanned files, -1 for externals and builtins
    int definition = -1; // index into facts[file].definitions; -1 for modules, externals
    int line = 0;        // span in the file (a module spans its whole file)
    int endLine = 0;
    int module = -1; // node of analysis.graph holding it, -1 for externals and builtins
    int parent = -1; // the enclosing class or function node, else its module node
    int lambda = -1; // a lambda (named "<lambdaN>"): index into facts[file].lambdas
};

struct CallEdge
{
    int caller = -1;
    int callee = -1;
    CallEdgeKind kind = CallEdgeKind::Call;
    // Its sites, sorted and distinct: CallGraph::sites[firstSite, firstSite + siteCount),
    // read through CallGraph::sitesOf(). One list for every edge: most edges have one site,
    // and a list of their own would cost five times what it holds.
    std::uint32_t firstSite = 0;
    std::uint32_t siteCount = 0;
};

// One site where a caller reaches a callee: what a graph's edges are made from (setEdges()).
struct CallEdgeSite
{
    int caller = -1;
    int callee = -1;
    CallEdgeKind kind = CallEdgeKind::Call;
    CallSite site;

    friend bool operator==(const CallEdgeSite &, const CallEdgeSite &) = default;
};

// Static calls between the functions, methods, classes and modules of a project. Only what
// reading the source settles gets an edge; the rest is counted per module as unresolved.
struct CallGraph
{
    // Per scanned file its module node, then one node per definition in facts order, then
    // one per lambda; then the external and builtin nodes the edges need.
    std::vector<CallNode> nodes;
    std::vector<CallEdge> edges;  // sorted by caller, callee, kind; one per triple
    std::vector<CallSite> sites;  // the edges' sites, edge after edge
    std::vector<int> unresolved;  // per scanned file: calls given no edge
    std::vector<int> firstNode;   // per scanned file: its module node
    std::vector<int> firstLambda; // per scanned file: the node of its first lambda

    // Per edge of analysis.graph: the call-graph edges behind that import (the caller in the
    // importer, the callee in the imported module, below the imported package, or under the
    // imported external name); ascending. An import edge with none is unused as far as
    // calls, references, decorators and bases tell (also a re-export-only import).
    std::vector<std::vector<int>> importUses;

    [[nodiscard]] int moduleNode(int file) const { return firstNode[std::size_t(file)]; }
    [[nodiscard]] int definitionNode(int file, int definition) const
    {
        return firstNode[std::size_t(file)] + 1 + definition;
    }
    [[nodiscard]] int lambdaNode(int file, int lambda) const
    {
        return firstLambda[std::size_t(file)] + lambda;
    }
    [[nodiscard]] const CallNode &node(int i) const { return nodes[std::size_t(i)]; }
    [[nodiscard]] std::span<const CallSite> sitesOf(const CallEdge &edge) const
    {
        return std::span<const CallSite>(sites).subspan(edge.firstSite, edge.siteCount);
    }
    // Makes the edges and their sites of these: one edge per (caller, callee, kind), each
    // site once, in order.
    void setEdges(std::deque<CallEdgeSite> found);
    // The first node with that qualified name, -1 when none.
    [[nodiscard]] int find(const QString &qualifiedName) const
    {
        return m_index.value(qualifiedName, -1);
    }
    [[nodiscard]] bool importUnused(int importEdge) const
    {
        return importUses[std::size_t(importEdge)].empty();
    }
    // The class a node belongs to: itself when a class, else the nearest enclosing class.
    [[nodiscard]] int classOf(int node) const;
    // The edges whose caller is one of `file`'s nodes (its module code, definitions and
    // lambdas): a file's nodes are consecutive and the edges sorted by caller.
    [[nodiscard]] std::span<const CallEdge> edgesFromFile(int file) const;
    [[nodiscard]] int unresolvedTotal() const;

    void buildIndex();

private:
    QHash<QString, int> m_index;
};

// Whole project, single-threaded; never runs the code.
[[nodiscard]] CallGraph buildCallGraph(const Analysis &analysis);

// The class level: classes (and the external bases they name) as nodes; Inherit edges, and
// Uses edges summing every call, instantiation, reference or decorator from code inside
// one class to a class or a method of another. No unresolved counts, no import uses.
[[nodiscard]] CallGraph projectToClasses(const CallGraph &graph);

// The call graph around one module as a graph the pictures can draw: the module's functions
// and methods (or, with `classLevel`, its classes), what they call in the project and what
// calls them; each node a "module" named by its qualified name, each edge with its call
// sites. Externals and builtins are left out. Levels of that graph are call depths.
[[nodiscard]] ImportGraph callNeighbourhood(const Analysis &analysis, const CallGraph &graph,
                                            int moduleNode, bool classLevel);

} // namespace headroom
