#include "comparison.h"

#include "changeset.h"

#include "exporter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace headroom {

namespace {

// One state: its analysis and the review compared.
struct State
{
    const Analysis &analysis;
    const Review &review;

    [[nodiscard]] const ImportGraph &graph() const { return review.graph; }
};

QHash<QString, int> internalNodes(const ImportGraph &g)
{
    QHash<QString, int> out;
    for (int n = 0; n < g.nodeCount(); ++n)
        if (g.isInternal(n))
            out.insert(g.node(n).name, n);
    return out;
}

using EdgeKey = std::pair<QString, QString>;

std::map<EdgeKey, int> internalEdges(const ImportGraph &g)
{
    std::map<EdgeKey, int> out;
    for (int e = 0; e < g.edgeCount(); ++e) {
        const Edge &edge = g.edge(e);
        if (g.isInternal(edge.source) && g.isInternal(edge.target))
            out.emplace(EdgeKey{g.node(edge.source).name, g.node(edge.target).name}, e);
    }
    return out;
}

EdgeChange edgeChange(const State &s, const EdgeKey &key, int e)
{
    EdgeChange change{key.first, key.second, {}};
    for (const ImportSite &site : s.graph().edge(e).sites)
        change.sites.push_back({pathText(s.analysis, site.file, PathBase::Folder), site.line});
    return change;
}

QStringList membersOf(const ImportGraph &g, const Cycle &c)
{
    QStringList names;
    for (const int n : c.members)
        names << g.node(n).name;
    names.sort();
    return names;
}

CycleChange cycleChange(const State &s, const Cycle &c)
{
    CycleChange change;
    change.members = membersOf(s.graph(), c);
    if (!c.chains.empty())
        change.chain = chainText(s.analysis, s.graph(), c.chains.front());
    return change;
}

// A grown cycle's chain through an import that was added, so that it shows what made the
// cycle grow: of the shortest chains through each added import, the shortest that reaches a
// member the cycle did not have (`before` its members then), else the shortest; on a tie,
// the one whose import comes first by name. Empty when no import of the cycle is new.
std::vector<int> grownChain(const ImportGraph &g, const Cycle &c, const QStringList &before,
                            const std::map<EdgeKey, int> &importsBefore)
{
    // (leaves the new members out, length, the added import): the least is shown.
    using Rank = std::tuple<bool, std::size_t, EdgeKey>;
    std::optional<Rank> bestRank;
    std::vector<int> best;
    for (const int e : c.edges) {
        const EdgeKey key{g.node(g.edge(e).source).name, g.node(g.edge(e).target).name};
        if (importsBefore.count(key) > 0)
            continue;
        std::vector<int> chain = shortestChainThrough(g, c, e);
        if (chain.empty())
            continue;
        const bool reaches = std::any_of(chain.begin(), chain.end(), [&](int link) {
            return !before.contains(g.node(g.edge(link).target).name);
        });
        Rank rank{!reaches, chain.size(), key};
        if (!bestRank || rank < *bestRank) {
            bestRank = std::move(rank);
            best = std::move(chain);
        }
    }
    return best;
}

void compareCycles(const State &from, const State &to, Comparison &out)
{
    std::vector<QStringList> before;
    for (const Cycle &c : from.review.metrics.cycles)
        before.push_back(membersOf(from.graph(), c));
    const std::map<EdgeKey, int> importsBefore = internalEdges(from.graph());
    std::vector<QSet<QString>> after;
    for (const Cycle &c : to.review.metrics.cycles) {
        const QStringList members = membersOf(to.graph(), c);
        after.emplace_back(members.begin(), members.end());
        int inside = -1;
        const CycleNews news = cycleNews(before, members, &inside);
        if (news == CycleNews::Grown) {
            CycleChange grown = cycleChange(to, c);
            grown.before = before[std::size_t(inside)];
            const std::vector<int> chain = grownChain(to.graph(), c, grown.before, importsBefore);
            if (!chain.empty())
                grown.chain = chainText(to.analysis, to.graph(), chain);
            out.grownCycles.push_back(std::move(grown));
        } else if (news == CycleNews::New) {
            out.newCycles.push_back(cycleChange(to, c));
        }
    }
    for (std::size_t i = 0; i < before.size(); ++i) {
        // Broken: no two of its members share a cycle any more.
        const bool remains = std::any_of(after.begin(), after.end(), [&](const QSet<QString> &a) {
            return std::count_if(before[i].begin(), before[i].end(),
                                 [&](const QString &m) { return a.contains(m); }) >= 2;
        });
        if (!remains)
            out.brokenCycles.push_back(cycleChange(from, from.review.metrics.cycles[i]));
    }
}

std::map<QString, FindingChange> findingsOf(const Review &review)
{
    std::map<QString, FindingChange> out;
    for (const Finding &f : review.metrics.findings) {
        FindingChange change;
        change.check = QLatin1String(keyOf(f.check));
        if (f.classIndex >= 0)
            change.node = review.metrics.classes[std::size_t(f.classIndex)].qualifiedName;
        else if (f.node >= 0)
            change.node = review.graph.node(f.node).name;
        change.value = f.value;
        change.limit = f.limit;
        out.emplace(change.check + u':' + change.node, change);
    }
    return out;
}

std::map<QString, ViolationChange> violationsOf(const Analysis &analysis, const Review &review)
{
    std::map<QString, ViolationChange> out;
    const ImportGraph &g = analysis.graph; // contract chains refer to the module graph
    for (const ContractResult &r : review.contracts) {
        for (const ContractViolation &v : r.violations) {
            if (v.chain.empty())
                continue;
            ViolationChange change;
            change.contract = r.config.name;
            change.importer = g.node(g.edge(v.chain.front()).source).name;
            change.imported = g.node(g.edge(v.chain.back()).target).name;
            change.chain = chainText(analysis, g, v.chain);
            out.emplace(change.contract + u'|' + change.importer + u'|' + change.imported, change);
        }
    }
    return out;
}

// What only `a` has, and what only `b` has.
template <typename Map, typename Value>
void splitByKey(const Map &a, const Map &b, std::vector<Value> &onlyA, std::vector<Value> &onlyB)
{
    for (const auto &[key, value] : a)
        if (!b.count(key))
            onlyA.push_back(value);
    for (const auto &[key, value] : b)
        if (!a.count(key))
            onlyB.push_back(value);
}

} // namespace

bool Comparison::empty() const
{
    return addedModules.isEmpty() && removedModules.isEmpty() && addedEdges.empty() &&
           removedEdges.empty() && newCycles.empty() && grownCycles.empty() &&
           brokenCycles.empty() && changedLevels.empty() && depthFrom == depthTo &&
           addedFindings.empty() && removedFindings.empty() && newViolations.empty() &&
           fixedViolations.empty();
}

Comparison compareReviews(const Analysis &fromAnalysis, const Review &from,
                          const Analysis &toAnalysis, const Review &to)
{
    const State a{fromAnalysis, from};
    const State b{toAnalysis, to};
    Comparison out;

    const QHash<QString, int> before = internalNodes(a.graph());
    const QHash<QString, int> after = internalNodes(b.graph());
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key())) {
            out.addedModules << it.key();
            continue;
        }
        const int was = from.metrics.nodes[std::size_t(before.value(it.key()))].level;
        const int now = to.metrics.nodes[std::size_t(it.value())].level;
        if (was != now)
            out.changedLevels.push_back({it.key(), was, now});
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            out.removedModules << it.key();
    out.addedModules.sort();
    out.removedModules.sort();
    std::sort(out.changedLevels.begin(), out.changedLevels.end(),
              [](const LevelChange &x, const LevelChange &y) { return x.module < y.module; });

    const std::map<EdgeKey, int> edgesBefore = internalEdges(a.graph());
    const std::map<EdgeKey, int> edgesAfter = internalEdges(b.graph());
    for (const auto &[key, e] : edgesAfter)
        if (!edgesBefore.count(key))
            out.addedEdges.push_back(edgeChange(b, key, e));
    for (const auto &[key, e] : edgesBefore)
        if (!edgesAfter.count(key))
            out.removedEdges.push_back(edgeChange(a, key, e));

    compareCycles(a, b, out);
    out.depthFrom = from.metrics.depth;
    out.depthTo = to.metrics.depth;
    splitByKey(findingsOf(to), findingsOf(from), out.addedFindings, out.removedFindings);
    splitByKey(violationsOf(toAnalysis, to), violationsOf(fromAnalysis, from), out.newViolations,
               out.fixedViolations);
    return out;
}

} // namespace headroom
