#include "matrixmodel.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace headroom {

namespace {

// One thing to order: a node of the graph or a package group.
struct Unit
{
    int level = -1;
    int cycle = -1;
    int cyclePos = 0;  // position inside its cycle
    QString blockName; // its cycle's first member name, else its own name
    QString name;
};

// Highest level first; a cycle's members next to each other where its first member's name
// puts them; inside a cycle in an order that leaves only the breaking set running upwards.
std::vector<int> orderUnits(const std::vector<Unit> &units)
{
    std::vector<int> order(units.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&units](int a, int b) {
        const Unit &x = units[std::size_t(a)];
        const Unit &y = units[std::size_t(b)];
        const int xl = -x.level;
        const int yl = -y.level;
        return std::tie(xl, x.blockName, x.cycle, x.cyclePos, x.name) <
               std::tie(yl, y.blockName, y.cycle, y.cyclePos, y.name);
    });
    return order;
}

// Per member of `cycle` (indexed like cycle.members): its position in a topological order
// of the cycle without its breaking set, importers first, ties by name. Members left over
// (a breaking set that does not break everything) follow by name.
std::vector<int> cyclePositions(const ImportGraph &graph, const Cycle &cycle)
{
    const std::size_t n = cycle.members.size();
    QHash<int, int> local; // graph node -> index into members
    for (std::size_t i = 0; i < n; ++i)
        local.insert(cycle.members[i], int(i));
    std::vector<std::vector<int>> out(n);
    std::vector<int> indegree(n, 0);
    for (const int e : cycle.edges) {
        const Edge &edge = graph.edge(e);
        if (edge.source == edge.target ||
            std::binary_search(cycle.breakingSet.begin(), cycle.breakingSet.end(), e))
            continue;
        const int s = local.value(edge.source, -1);
        const int t = local.value(edge.target, -1);
        if (s < 0 || t < 0)
            continue;
        out[std::size_t(s)].push_back(t);
        ++indegree[std::size_t(t)];
    }
    std::vector<int> position(n, -1);
    std::set<int> ready; // members are sorted by name, so the smallest index is first by name
    for (std::size_t i = 0; i < n; ++i) {
        if (indegree[i] == 0)
            ready.insert(int(i));
    }
    int next = 0;
    while (!ready.empty()) {
        const int m = *ready.begin();
        ready.erase(ready.begin());
        position[std::size_t(m)] = next++;
        for (const int t : out[std::size_t(m)]) {
            if (--indegree[std::size_t(t)] == 0)
                ready.insert(t);
        }
    }
    for (int &p : position) {
        if (p < 0)
            p = next++;
    }
    return position;
}

// Units for nodes (or groups) of `graph` from their levels and cycles.
std::vector<Unit> unitsOf(const ImportGraph &graph, const std::vector<int> &nodes,
                          const std::vector<int> &levels, const std::vector<int> &cycleOf,
                          const std::vector<Cycle> &cycles)
{
    std::vector<int> position(std::size_t(graph.nodeCount()), 0);
    for (const Cycle &cycle : cycles) {
        const std::vector<int> p = cyclePositions(graph, cycle);
        for (std::size_t i = 0; i < cycle.members.size(); ++i)
            position[std::size_t(cycle.members[i])] = p[i];
    }
    std::vector<Unit> units;
    units.reserve(nodes.size());
    for (const int v : nodes) {
        Unit u;
        u.level = v < int(levels.size()) ? levels[std::size_t(v)] : -1;
        u.cycle = v < int(cycleOf.size()) ? cycleOf[std::size_t(v)] : -1;
        u.cyclePos = position[std::size_t(v)];
        u.name = graph.node(v).name;
        const bool inCycle = u.cycle >= 0 && u.cycle < int(cycles.size());
        u.blockName =
            inCycle ? graph.node(cycles[std::size_t(u.cycle)].members.front()).name : u.name;
        units.push_back(std::move(u));
    }
    return units;
}

bool isShown(const ImportGraph &graph, int node)
{
    return graph.isInternal(node) && (graph.node(node).file >= 0 || !graph.outEdges(node).empty() ||
                                      !graph.inEdges(node).empty());
}

QString nameOf(const ImportGraph &graph, int node)
{
    return node >= 0 ? graph.node(node).name : QString();
}

// The row of a module aggregated at `depth` (MatrixOptions::aggregateDepth >= 0): its group's
// package, or that package's ancestor at `depth`; -1 for top-level modules.
int unitKey(const ImportGraph &graph, int node, int depth)
{
    int key = matrixGroupKey(graph, node);
    while (depth > 0 && key >= 0 && nameDepth(graph.node(key).name) > depth)
        key = graph.node(key).parent;
    return key;
}

// Nodes merged into classes by a key (a package node or -1): the classes' own import graph
// ordered as the matrix orders nodes, highest level first and cycles together.
struct Quotient
{
    std::vector<int> keys;    // per class
    std::vector<int> classOf; // per graph node, -1 when not among the merged nodes
    std::vector<int> order;   // the classes in matrix order
    std::vector<int> levels;  // per class
    std::vector<int> cycleOf; // per class: a cycle of the classes' graph, -1 when none
};

template <typename KeyOf>
Quotient quotientOf(const ImportGraph &graph, const std::vector<int> &nodes, KeyOf keyOf,
                    ImportKindSet kinds)
{
    Quotient q;
    ImportGraph classes;
    QHash<int, int> classOfKey;
    q.classOf.assign(std::size_t(graph.nodeCount()), -1);
    for (const int v : nodes) {
        const int key = keyOf(v);
        auto it = classOfKey.find(key);
        if (it == classOfKey.end()) {
            Node node;
            node.name = nameOf(graph, key);
            it = classOfKey.insert(key, classes.addNode(std::move(node)));
            q.keys.push_back(key);
        }
        q.classOf[std::size_t(v)] = it.value();
    }
    for (const Edge &edge : graph.edges()) {
        const int s = q.classOf[std::size_t(edge.source)];
        const int t = q.classOf[std::size_t(edge.target)];
        if (s < 0 || t < 0 || s == t)
            continue;
        for (const ImportSite &site : edge.sites)
            classes.addSite(s, t, site);
    }
    classes.finish();
    CycleOptions cycleOptions;
    cycleOptions.kinds = kinds;
    cycleOptions.detail = CycleDetail::Quick;
    Layering layering = computeLayering(classes, cycleOptions);
    std::vector<int> ids(q.keys.size());
    for (std::size_t c = 0; c < ids.size(); ++c)
        ids[c] = int(c);
    q.order = orderUnits(unitsOf(classes, ids, layering.levels, layering.cycleOf, layering.cycles));
    q.levels = std::move(layering.levels);
    q.cycleOf = std::move(layering.cycleOf);
    return q;
}

} // namespace

int matrixGroupKey(const ImportGraph &graph, int node)
{
    const Node &n = graph.node(node);
    const bool hasMembers = std::any_of(n.children.begin(), n.children.end(),
                                        [&graph](int c) { return graph.isInternal(c); });
    return hasMembers ? node : n.parent;
}

MatrixModel::MatrixModel(const ImportGraph &graph, const Metrics &metrics,
                         const MatrixOptions &options)
    : m_options(options)
{
    buildRows(graph, metrics);
    buildCells(graph);
}

void MatrixModel::buildRows(const ImportGraph &graph, const Metrics &metrics)
{
    std::vector<int> shown;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        if (isShown(graph, v))
            shown.push_back(v);
    }
    std::vector<int> levels(std::size_t(graph.nodeCount()), -1);
    std::vector<int> cycleOf(std::size_t(graph.nodeCount()), -1);
    for (std::size_t v = 0; v < levels.size() && v < metrics.nodes.size(); ++v) {
        levels[v] = metrics.nodes[v].level;
        cycleOf[v] = metrics.nodes[v].cycle;
    }
    const std::vector<Unit> units = unitsOf(graph, shown, levels, cycleOf, metrics.cycles);
    std::vector<int> moduleOrder;
    for (const int i : orderUnits(units))
        moduleOrder.push_back(shown[std::size_t(i)]);

    auto plainRow = [&](int v) {
        Row row;
        row.node = v;
        row.members = {v};
        row.name = graph.node(v).name;
        row.label = row.name;
        row.level = levels[std::size_t(v)];
        row.cycle = cycleOf[std::size_t(v)];
        return row;
    };
    m_rowOf.assign(std::size_t(graph.nodeCount()), -1);
    if (m_options.aggregateDepth >= 0) {
        buildAggregatedRows(graph, moduleOrder);
        return;
    }
    if (!m_options.groupByPackage) {
        for (const int v : moduleOrder) {
            m_rowOf[std::size_t(v)] = int(m_rows.size());
            m_rows.push_back(plainRow(v));
        }
        return;
    }

    const Quotient groups = quotientOf(
        graph, moduleOrder, [&graph](int v) { return matrixGroupKey(graph, v); },
        m_options.groupKinds);
    std::vector<std::vector<int>> membersOf(groups.keys.size());
    for (const int v : moduleOrder)
        membersOf[std::size_t(groups.classOf[std::size_t(v)])].push_back(v);
    for (const int g : groups.order) {
        Group group;
        group.package = groups.keys[std::size_t(g)];
        group.name = nameOf(graph, group.package);
        group.first = int(m_rows.size());
        group.cycle = groups.cycleOf[std::size_t(g)];
        group.collapsed = m_options.collapsed.contains(group.package);
        const int index = int(m_groups.size());
        const std::vector<int> &members = membersOf[std::size_t(g)];
        if (group.collapsed) {
            Row row;
            row.node = group.package;
            row.members = members;
            row.name = group.name;
            row.group = index;
            row.collapsed = true;
            for (const int v : members) {
                row.level = std::max(row.level, levels[std::size_t(v)]);
                m_rowOf[std::size_t(v)] = int(m_rows.size());
            }
            m_rows.push_back(std::move(row));
        } else {
            const QString prefix = group.name + QLatin1Char('.');
            for (const int v : members) {
                Row row = plainRow(v);
                row.group = index;
                if (v == group.package)
                    row.label = QStringLiteral("__init__");
                else if (!group.name.isEmpty() && row.name.startsWith(prefix))
                    row.label = row.name.mid(prefix.size());
                m_rowOf[std::size_t(v)] = int(m_rows.size());
                m_rows.push_back(std::move(row));
            }
        }
        group.count = int(m_rows.size()) - group.first;
        m_groups.push_back(std::move(group));
    }
}

// Rows are packages (units), grouped by their parent package; both are ordered on their own
// import graphs, as groups are.
void MatrixModel::buildAggregatedRows(const ImportGraph &graph, const std::vector<int> &modules)
{
    const int depth = m_options.aggregateDepth;
    const ImportKindSet kinds = m_options.groupKinds;
    const Quotient units = quotientOf(
        graph, modules, [&graph, depth](int v) { return unitKey(graph, v, depth); }, kinds);
    // A package's own modules stay with its subpackages, in the band named after it.
    const auto parentOf = [&graph](int unit) { return unit >= 0 ? graph.node(unit).parent : -1; };
    QSet<int> parents;
    for (const int key : units.keys)
        parents.insert(parentOf(key));
    const Quotient bands = quotientOf(
        graph, modules,
        [&](int v) {
            const int unit = unitKey(graph, v, depth);
            return parents.contains(unit) ? unit : parentOf(unit);
        },
        kinds);
    std::vector<std::vector<int>> membersOf(units.keys.size());
    std::vector<int> bandOf(units.keys.size(), -1);
    for (const int v : modules) {
        const std::size_t u = std::size_t(units.classOf[std::size_t(v)]);
        membersOf[u].push_back(v);
        bandOf[u] = bands.classOf[std::size_t(v)];
    }
    std::vector<std::vector<int>> unitsOfBand(bands.keys.size());
    for (const int u : units.order)
        unitsOfBand[std::size_t(bandOf[std::size_t(u)])].push_back(u);
    for (const int b : bands.order) {
        Group group;
        group.package = bands.keys[std::size_t(b)];
        group.name = nameOf(graph, group.package);
        group.first = int(m_rows.size());
        group.cycle = bands.cycleOf[std::size_t(b)];
        const QString prefix = group.name + QLatin1Char('.');
        for (const int u : unitsOfBand[std::size_t(b)]) {
            Row row;
            row.node = units.keys[std::size_t(u)];
            row.members = membersOf[std::size_t(u)];
            row.name = nameOf(graph, row.node);
            // Empty for the band's own package (or the top level's modules).
            row.label = row.node == group.package ? QString()
                        : !group.name.isEmpty() && row.name.startsWith(prefix)
                            ? row.name.mid(prefix.size())
                            : row.name;
            row.group = int(m_groups.size());
            row.level = units.levels[std::size_t(u)];
            row.collapsed = true;
            for (const int v : row.members)
                m_rowOf[std::size_t(v)] = int(m_rows.size());
            m_rows.push_back(std::move(row));
        }
        group.count = int(m_rows.size()) - group.first;
        m_groups.push_back(std::move(group));
    }
}

void MatrixModel::buildCells(const ImportGraph &graph)
{
    for (std::size_t r = 0; r < m_rows.size();) {
        const Row &row = m_rows[r];
        std::size_t last = r;
        while (!row.collapsed && row.cycle >= 0 && last + 1 < m_rows.size() &&
               !m_rows[last + 1].collapsed && m_rows[last + 1].cycle == row.cycle)
            ++last;
        if (!row.collapsed && row.cycle >= 0)
            m_blocks.push_back(Block{row.cycle, int(r), int(last)});
        r = last + 1;
    }

    struct Mark
    {
        int row, col, edge;
    };
    std::vector<Mark> marks;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        const int r = m_rowOf[std::size_t(edge.source)];
        const int c = m_rowOf[std::size_t(edge.target)];
        if (r >= 0 && c >= 0)
            marks.push_back(Mark{r, c, e});
    }
    std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return std::tie(a.row, a.col, a.edge) < std::tie(b.row, b.col, b.edge);
    });
    m_rowStart.assign(m_rows.size() + 1, 0);
    for (const Mark &mark : marks) {
        if (m_cells.empty() || m_cells.back().row != mark.row || m_cells.back().col != mark.col) {
            Cell cell;
            cell.row = mark.row;
            cell.col = mark.col;
            cell.upward = mark.col < mark.row ||
                          (mark.col == mark.row && !m_rows[std::size_t(mark.row)].collapsed);
            m_cells.push_back(std::move(cell));
            ++m_rowStart[std::size_t(mark.row) + 1];
        }
        Cell &cell = m_cells.back();
        cell.count += graph.edge(mark.edge).weight();
        cell.edges.push_back(mark.edge);
        m_maxCount = std::max(m_maxCount, cell.count);
    }
    for (std::size_t r = 1; r < m_rowStart.size(); ++r)
        m_rowStart[r] += m_rowStart[r - 1];
}

std::span<const MatrixModel::Cell> MatrixModel::cellsOfRow(int r) const
{
    if (r < 0 || r >= size())
        return {};
    const auto begin = m_cells.begin() + m_rowStart[std::size_t(r)];
    const auto end = m_cells.begin() + m_rowStart[std::size_t(r) + 1];
    return {begin, end};
}

const MatrixModel::Cell *MatrixModel::cell(int r, int c) const
{
    const std::span<const Cell> cells = cellsOfRow(r);
    const auto it = std::lower_bound(cells.begin(), cells.end(), c,
                                     [](const Cell &cell, int col) { return cell.col < col; });
    return it != cells.end() && it->col == c ? &*it : nullptr;
}

int MatrixModel::edgeAt(int r, int c) const
{
    const Cell *found = cell(r, c);
    return found && found->edges.size() == 1 ? found->edges.front() : -1;
}

int MatrixModel::rowOfNode(int node) const
{
    return node >= 0 && node < int(m_rowOf.size()) ? m_rowOf[std::size_t(node)] : -1;
}

std::vector<MatrixLevel> matrixLevels(const ImportGraph &graph)
{
    std::vector<int> shown;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        if (isShown(graph, v))
            shown.push_back(v);
    }
    std::vector<MatrixLevel> levels{{-1, int(shown.size())}};
    int deepest = 0;
    auto add = [&](int depth) {
        QSet<int> keys;
        for (const int v : shown) {
            const int key = unitKey(graph, v, depth);
            keys.insert(key);
            if (key >= 0)
                deepest = std::max(deepest, nameDepth(graph.node(key).name));
        }
        if (int(keys.size()) < levels.back().rows)
            levels.push_back(MatrixLevel{depth, int(keys.size())});
    };
    add(0);
    for (int depth = deepest - 1; depth >= 1; --depth)
        add(depth);
    return levels;
}

} // namespace headroom
