// Checking import-linter contracts on the module graph. Semantics follow import-linter's
// documentation: a module stands for itself and everything below it; chains count unless
// a contract allows indirect imports; `ignore_imports` removes imports before checking.
#include "contracts.h"

#include <QRegularExpression>

#include <deque>

namespace headroom {

namespace {

constexpr int MaxChainsPerPair = 10;

using NodeSet = std::vector<char>;

class Checker
{
public:
    Checker(const ImportLinterConfig &config, const ImportGraph &graph,
            const std::vector<int> &ignored)
        : m_graph(graph), m_usable(std::size_t(graph.edgeCount()), 1)
    {
        for (const int e : ignored) {
            if (e >= 0 && e < graph.edgeCount())
                m_usable[std::size_t(e)] = 0;
        }
        if (config.excludeTypeChecking) {
            for (int e = 0; e < graph.edgeCount(); ++e) {
                if (!graph.edge(e).has(AllImportKinds & ~kindBit(ImportKind::TypeChecking)))
                    m_usable[std::size_t(e)] = 0;
            }
        }
    }

    ContractResult check(const ContractConfig &config)
    {
        ContractResult result;
        result.config = config;
        m_usable = baseUsable();
        applyIgnores(config.options.value(QStringLiteral("ignore_imports")));
        if (config.type == QLatin1String("layers"))
            checkLayers(result);
        else if (config.type == QLatin1String("forbidden"))
            checkForbidden(result);
        else if (config.type == QLatin1String("independence"))
            checkIndependence(result);
        else {
            result.status = ContractStatus::NotChecked;
            result.reason = config.type;
            return result;
        }
        if (result.status == ContractStatus::Kept && !result.violations.empty())
            result.status = ContractStatus::Broken;
        return result;
    }

private:
    std::vector<char> baseUsable()
    {
        if (m_base.empty())
            m_base = m_usable;
        return m_base;
    }

    void applyIgnores(const QStringList &rules)
    {
        for (const QString &rule : rules) {
            const QStringList sides = rule.split(QStringLiteral("->"));
            if (sides.size() != 2)
                continue;
            const QString from = sides[0].trimmed();
            const QString to = sides[1].trimmed();
            for (int e = 0; e < m_graph.edgeCount(); ++e) {
                const Edge &edge = m_graph.edge(e);
                if (matchesModulePattern(m_graph.node(edge.source).name, from) &&
                    matchesModulePattern(m_graph.node(edge.target).name, to))
                    m_usable[std::size_t(e)] = 0;
            }
        }
    }

    // Nodes at or below `module`. External nodes match when the module lies below them.
    NodeSet nodesWithin(const QString &module, bool *found) const
    {
        NodeSet set(std::size_t(m_graph.nodeCount()), 0);
        *found = false;
        for (int i = 0; i < m_graph.nodeCount(); ++i) {
            const Node &n = m_graph.node(i);
            const bool hit = n.origin == Origin::Internal ? moduleWithin(n.name, module)
                                                          : moduleWithin(module, n.name);
            if (hit) {
                set[std::size_t(i)] = 1;
                *found = true;
            }
        }
        return set;
    }

    // Direct imports from `from` into `to`, then (unless direct only) the shortest chains
    // through modules in neither set, each found chain's edges removed before the next.
    void chains(const NodeSet &from, const NodeSet &to, bool indirect, const QString &fromName,
                const QString &toName, ContractResult &result)
    {
        std::vector<char> usable = m_usable;
        for (int e = 0; e < m_graph.edgeCount(); ++e) {
            const Edge &edge = m_graph.edge(e);
            if (usable[std::size_t(e)] && from[std::size_t(edge.source)] &&
                to[std::size_t(edge.target)]) {
                result.violations.push_back({{e}, fromName, toName});
                usable[std::size_t(e)] = 0;
            }
        }
        if (!indirect)
            return;
        for (int found = 0; found < MaxChainsPerPair; ++found) {
            std::vector<int> via(std::size_t(m_graph.nodeCount()), -2); // -2 unseen, -1 start
            std::deque<int> queue;
            for (int i = 0; i < m_graph.nodeCount(); ++i) {
                if (from[std::size_t(i)]) {
                    via[std::size_t(i)] = -1;
                    queue.push_back(i);
                }
            }
            int end = -1;
            while (!queue.empty() && end < 0) {
                const int n = queue.front();
                queue.pop_front();
                for (const int e : m_graph.outEdges(n)) {
                    const int t = m_graph.edge(e).target;
                    if (!usable[std::size_t(e)] || via[std::size_t(t)] != -2)
                        continue;
                    if (from[std::size_t(t)])
                        continue;
                    via[std::size_t(t)] = e;
                    if (to[std::size_t(t)]) {
                        end = t;
                        break;
                    }
                    queue.push_back(t);
                }
            }
            if (end < 0)
                return;
            std::vector<int> chain;
            for (int n = end; via[std::size_t(n)] >= 0;
                 n = m_graph.edge(via[std::size_t(n)]).source)
                chain.insert(chain.begin(), via[std::size_t(n)]);
            for (const int e : chain)
                usable[std::size_t(e)] = 0;
            result.violations.push_back({std::move(chain), fromName, toName});
        }
    }

    bool requireKey(const ContractConfig &c, const char *key, ContractResult &result)
    {
        if (!c.options.value(QLatin1String(key)).isEmpty())
            return true;
        result.status = ContractStatus::Invalid;
        result.reason = QLatin1String(key);
        return false;
    }

    void checkLayers(ContractResult &result)
    {
        const ContractConfig &c = result.config;
        if (!requireKey(c, "layers", result))
            return;
        QStringList containers = c.options.value(QStringLiteral("containers"));
        if (containers.isEmpty())
            containers << QString();
        for (const QString &container : containers) {
            // levels[i]: the sibling layers at position i (first = highest).
            std::vector<std::vector<std::pair<QString, NodeSet>>> levels;
            std::vector<char> independent; // '|' siblings may not import each other; ':' ones may
            for (const QString &entry : c.options.value(QStringLiteral("layers"))) {
                std::vector<std::pair<QString, NodeSet>> level;
                independent.push_back(entry.contains(QLatin1Char('|')));
                for (QString name : entry.split(QRegularExpression(QStringLiteral("[|:]")))) {
                    name = name.trimmed();
                    const bool optional =
                        name.startsWith(QLatin1Char('(')) && name.endsWith(QLatin1Char(')'));
                    if (optional)
                        name = name.mid(1, name.size() - 2).trimmed();
                    const QString full =
                        container.isEmpty() ? name : container + QLatin1Char('.') + name;
                    bool found = false;
                    NodeSet set = nodesWithin(full, &found);
                    if (!found && !optional) {
                        result.status = ContractStatus::Invalid;
                        result.reason = full;
                        return;
                    }
                    level.emplace_back(full, std::move(set));
                }
                levels.push_back(std::move(level));
            }
            for (std::size_t hi = 0; hi < levels.size(); ++hi) {
                for (std::size_t lo = hi + 1; lo < levels.size(); ++lo) {
                    for (const auto &[lowName, lowSet] : levels[lo]) {
                        for (const auto &[highName, highSet] : levels[hi])
                            chains(lowSet, highSet, true, lowName, highName, result);
                    }
                }
                if (!independent[hi])
                    continue;
                for (const auto &[a, aSet] : levels[hi]) {
                    for (const auto &[b, bSet] : levels[hi]) {
                        if (a != b)
                            chains(aSet, bSet, true, a, b, result);
                    }
                }
            }
        }
    }

    void checkForbidden(ContractResult &result)
    {
        const ContractConfig &c = result.config;
        if (!requireKey(c, "source_modules", result) || !requireKey(c, "forbidden_modules", result))
            return;
        const bool indirect =
            !optionIsTrue(c.options.value(QStringLiteral("allow_indirect_imports")));
        for (const QString &source : c.options.value(QStringLiteral("source_modules"))) {
            bool found = false;
            const NodeSet from = nodesWithin(source.trimmed(), &found);
            if (!found) {
                result.status = ContractStatus::Invalid;
                result.reason = source;
                return;
            }
            for (const QString &forbidden : c.options.value(QStringLiteral("forbidden_modules"))) {
                bool any = false; // a forbidden module nobody imports is simply not reached
                const NodeSet to = nodesWithin(forbidden.trimmed(), &any);
                if (any)
                    chains(from, to, indirect, source.trimmed(), forbidden.trimmed(), result);
            }
        }
    }

    void checkIndependence(ContractResult &result)
    {
        const ContractConfig &c = result.config;
        if (!requireKey(c, "modules", result))
            return;
        std::vector<std::pair<QString, NodeSet>> modules;
        for (const QString &m : c.options.value(QStringLiteral("modules"))) {
            bool found = false;
            NodeSet set = nodesWithin(m.trimmed(), &found);
            if (!found) {
                result.status = ContractStatus::Invalid;
                result.reason = m;
                return;
            }
            modules.emplace_back(m.trimmed(), std::move(set));
        }
        for (const auto &[a, aSet] : modules) {
            for (const auto &[b, bSet] : modules) {
                if (a != b)
                    chains(aSet, bSet, true, a, b, result);
            }
        }
    }

    const ImportGraph &m_graph;
    std::vector<char> m_usable;
    std::vector<char> m_base;
};

} // namespace

std::vector<ContractResult> checkContracts(const ImportLinterConfig &config,
                                           const ImportGraph &graph,
                                           const std::vector<int> &ignoredEdges)
{
    Checker checker(config, graph, ignoredEdges);
    std::vector<ContractResult> results;
    results.reserve(config.contracts.size());
    for (const ContractConfig &c : config.contracts)
        results.push_back(checker.check(c));
    return results;
}

} // namespace headroom
