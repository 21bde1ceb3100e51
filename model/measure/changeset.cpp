#include "changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace headroom {

namespace {

bool holdsAll(const QSet<QString> &set, const QStringList &members)
{
    return std::all_of(members.begin(), members.end(),
                       [&](const QString &m) { return set.contains(m); });
}

QString parentName(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.left(dot);
}

// Kept unless every part agrees: all added, or all removed.
struct Tally
{
    int added = 0;
    int removed = 0;
    int total = 0;

    void count(Change c)
    {
        ++total;
        added += c == Change::Added ? 1 : 0;
        removed += c == Change::Removed ? 1 : 0;
    }
    [[nodiscard]] Change verdict() const
    {
        if (total > 0 && added == total)
            return Change::Added;
        if (total > 0 && removed == total)
            return Change::Removed;
        return Change::Kept;
    }
};

} // namespace

StateOutline outlineOf(const ImportGraph &graph, const Metrics &metrics, int packageDepth)
{
    StateOutline out;
    out.packageDepth = packageDepth;
    for (int n = 0; n < graph.nodeCount(); ++n)
        if (graph.isInternal(n))
            out.nodes << graph.node(n).name;
    out.nodes.sort();
    for (const Edge &e : graph.edges())
        if (e.source != e.target && graph.isInternal(e.source) && graph.isInternal(e.target) &&
            (e.kinds & AllImportKinds) != 0)
            out.imports.emplace_back(graph.node(e.source).name, graph.node(e.target).name);
    std::sort(out.imports.begin(), out.imports.end());
    for (const Cycle &c : metrics.cycles) {
        QStringList members;
        for (const int n : c.members)
            members << graph.node(n).name;
        members.sort();
        out.cycles.push_back(members);
    }
    return out;
}

std::optional<StateOutline> outlineFromJson(const QByteArray &json, OutlineError *error)
{
    const auto fail = [&](OutlineError e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return fail(OutlineError::NotJson);
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("nodes")).isArray() ||
        !root.value(QLatin1String("edges")).isArray() ||
        !root.value(QLatin1String("cycles")).isArray())
        return fail(OutlineError::NotAnalysis);
    StateOutline out;
    out.packageDepth = root.value(QLatin1String("package_depth")).toInt(0);
    QSet<QString> nodes;
    for (const QJsonValue &v : root.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString();
        const QString origin =
            o.value(QLatin1String("origin")).toString(QStringLiteral("internal"));
        const bool graphNode = kind.isEmpty() || kind == QLatin1String("module") ||
                               kind == QLatin1String("package") ||
                               kind == QLatin1String("namespace");
        if (!id.isEmpty() && origin == QLatin1String("internal") && graphNode)
            nodes.insert(id);
    }
    out.nodes = QStringList(nodes.begin(), nodes.end());
    out.nodes.sort();
    for (const QJsonValue &v : root.value(QLatin1String("edges")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString source = o.value(QLatin1String("source")).toString();
        const QString target = o.value(QLatin1String("target")).toString();
        if (source != target && nodes.contains(source) && nodes.contains(target))
            out.imports.emplace_back(source, target);
    }
    std::sort(out.imports.begin(), out.imports.end());
    out.imports.erase(std::unique(out.imports.begin(), out.imports.end()), out.imports.end());
    for (const QJsonValue &v : root.value(QLatin1String("cycles")).toArray()) {
        QStringList members;
        for (const QJsonValue &m : v.toObject().value(QLatin1String("members")).toArray())
            members << m.toString();
        members.sort();
        if (!members.isEmpty())
            out.cycles.push_back(members);
    }
    if (error)
        *error = OutlineError::None;
    return out;
}

CycleNews cycleNews(const std::vector<QStringList> &before, const QStringList &members, int *inside)
{
    const QSet<QString> now(members.begin(), members.end());
    // An earlier cycle inside this one: the same cycle, or one that grew.
    const auto held = std::find_if(before.begin(), before.end(),
                                   [&](const QStringList &b) { return holdsAll(now, b); });
    if (held != before.end()) {
        if (inside)
            *inside = int(held - before.begin());
        return held->size() < members.size() ? CycleNews::Grown : CycleNews::Same;
    }
    // What is left of an earlier cycle (members lost, none gained) is not news either.
    const bool shrunk = std::any_of(before.begin(), before.end(), [&](const QStringList &b) {
        return holdsAll(QSet<QString>(b.begin(), b.end()), members);
    });
    return shrunk ? CycleNews::Shrunk : CycleNews::New;
}

bool ChangeSet::empty() const
{
    return addedNodes.isEmpty() && removedNodes.isEmpty() && addedImports.empty() &&
           removedImports.empty() && newCycles.empty();
}

Change ChangeSet::node(const QString &name) const
{
    return addedNodes.contains(name)     ? Change::Added
           : removedNodes.contains(name) ? Change::Removed
                                         : Change::Kept;
}

Change ChangeSet::import(const QString &source, const QString &target) const
{
    const std::pair<QString, QString> key{source, target};
    return addedImports.count(key)     ? Change::Added
           : removedImports.count(key) ? Change::Removed
                                       : Change::Kept;
}

int ChangeSet::newCycleOf(const QString &name) const
{
    for (std::size_t c = 0; c < newCycles.size(); ++c)
        if (newCycles[c].contains(name))
            return int(c);
    return -1;
}

ChangeSet compareOutlines(const StateOutline &before, const StateOutline &after)
{
    ChangeSet out;
    const QSet<QString> was(before.nodes.begin(), before.nodes.end());
    const QSet<QString> now(after.nodes.begin(), after.nodes.end());
    out.addedNodes = now - was;
    out.removedNodes = was - now;
    const std::set<std::pair<QString, QString>> importsBefore(before.imports.begin(),
                                                              before.imports.end());
    const std::set<std::pair<QString, QString>> importsAfter(after.imports.begin(),
                                                             after.imports.end());
    std::set_difference(importsAfter.begin(), importsAfter.end(), importsBefore.begin(),
                        importsBefore.end(),
                        std::inserter(out.addedImports, out.addedImports.end()));
    std::set_difference(importsBefore.begin(), importsBefore.end(), importsAfter.begin(),
                        importsAfter.end(),
                        std::inserter(out.removedImports, out.removedImports.end()));
    for (const QStringList &members : after.cycles) {
        const CycleNews news = cycleNews(before.cycles, members);
        if (news == CycleNews::New || news == CycleNews::Grown)
            out.newCycles.push_back(members);
    }
    return out;
}

ImportGraph unionGraph(const ImportGraph &later, const ChangeSet &changes)
{
    ImportGraph out;
    for (const Node &n : later.nodes())
        out.addNode(n); // same ids; parents stay valid
    QStringList ghosts(changes.removedNodes.begin(), changes.removedNodes.end());
    ghosts.sort(); // a package before its members
    // The node that holds `name` in the union, made (a ghost namespace) when it is missing.
    const auto ensure = [&](const QString &name, auto &self) -> int {
        if (name.isEmpty())
            return -1;
        if (const int id = out.find(name); id >= 0)
            return id;
        Node node;
        node.name = name;
        node.kind = NodeKind::Namespace;
        node.parent = self(parentName(name), self);
        return out.addNode(std::move(node));
    };
    for (const QString &name : ghosts) {
        if (out.find(name) >= 0)
            continue;
        Node node;
        node.name = name;
        node.kind = NodeKind::Module;
        node.parent = ensure(parentName(name), ensure);
        out.addNode(std::move(node));
    }
    // A ghost that holds others was a package.
    for (int n = later.nodeCount(); n < out.nodeCount(); ++n) {
        const int p = out.node(n).parent;
        if (p >= later.nodeCount() && out.node(p).kind == NodeKind::Module)
            out.mutableNode(p).kind = NodeKind::Package;
    }
    for (const Edge &e : later.edges())
        for (const ImportSite &site : e.sites)
            out.addSite(e.source, e.target, site);
    // A ghost's own imports count, so that it is laid out above what it imported: nothing
    // imports a ghost any more, so they close no cycle. Other lost imports count nowhere.
    for (const auto &[source, target] : changes.removedImports) {
        const int s = out.find(source);
        const int t = out.find(target);
        const bool fromGhost = s >= later.nodeCount();
        if (s >= 0 && t >= 0)
            out.addSite(s, t, ImportSite{-1, 0, fromGhost ? ImportKind::Runtime : GhostImport});
    }
    out.finish();
    return out;
}

ChangeMarks changeMarks(const ImportGraph &unionG, const ChangeSet &changes,
                        const ImportGraph &shown, const std::vector<int> &mapping)
{
    const auto mapped = [&](int n) {
        return mapping.empty() ? n : n < int(mapping.size()) ? mapping[std::size_t(n)] : -1;
    };
    ChangeMarks out;
    const auto nodes = std::size_t(shown.nodeCount());
    const auto edges = std::size_t(shown.edgeCount());
    std::vector<Tally> nodeTally(nodes);
    std::vector<Tally> edgeTally(edges);
    out.nodeInNewCycle.assign(nodes, 0);
    out.edgeInNewCycle.assign(edges, 0);
    std::vector<int> cycleOf(std::size_t(unionG.nodeCount()), -1);
    for (int n = 0; n < unionG.nodeCount(); ++n) {
        const int to = mapped(n);
        if (!unionG.isInternal(n) || to < 0 || to >= int(nodes))
            continue;
        const QString &name = unionG.node(n).name;
        nodeTally[std::size_t(to)].count(changes.node(name));
        cycleOf[std::size_t(n)] = changes.newCycleOf(name);
        if (cycleOf[std::size_t(n)] >= 0)
            out.nodeInNewCycle[std::size_t(to)] = 1;
    }
    for (const Edge &e : unionG.edges()) {
        const int s = mapped(e.source);
        const int t = mapped(e.target);
        const int shownEdge = s >= 0 && t >= 0 ? shown.findEdge(s, t) : -1;
        if (shownEdge < 0)
            continue;
        const Change c = changes.import(unionG.node(e.source).name, unionG.node(e.target).name);
        edgeTally[std::size_t(shownEdge)].count(c);
        const int cycle = cycleOf[std::size_t(e.source)];
        if (c != Change::Removed && cycle >= 0 && cycle == cycleOf[std::size_t(e.target)])
            out.edgeInNewCycle[std::size_t(shownEdge)] = 1;
    }
    for (const Tally &t : nodeTally) {
        out.nodes.push_back(t.verdict());
        const bool kept = t.verdict() == Change::Kept;
        out.addedInside.push_back(kept ? t.added : 0);
        out.removedInside.push_back(kept ? t.removed : 0);
    }
    for (const Tally &t : edgeTally)
        out.edges.push_back(t.verdict());
    return out;
}

ImportGraph withoutGhosts(const ImportGraph &shown, const ChangeMarks &marks)
{
    ImportGraph out;
    for (int n = 0; n < shown.nodeCount(); ++n) {
        Node node = shown.node(n);
        if (marks.node(n) == Change::Removed)
            node.origin = Origin::ThirdParty;
        out.addNode(std::move(node));
    }
    for (const Edge &e : shown.edges())
        for (const ImportSite &site : e.sites)
            if (site.file >= 0)
                out.addSite(e.source, e.target, site);
    out.finish();
    return out;
}

MeasuredGraph laterState(const Analysis &analysis, const ImportGraph &shown,
                         const ChangeMarks &marks, const MetricsOptions &options,
                         const CallGraph *calls, const FileMeasures *measured)
{
    MeasuredGraph out{withoutGhosts(shown, marks), {}};
    out.metrics = computeMetrics(analysis, out.graph, options, calls, measured);
    return out;
}

} // namespace headroom
