#include "callgraphexport.h"

#include "dotwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace headroom {

namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

// Node ids as shown: the qualified name, with "@line" when a module defines that name
// more than once (redefinitions under if/else).
QStringList nodeIds(const CallGraph &graph)
{
    QHash<QString, int> counts;
    for (const CallNode &n : graph.nodes)
        ++counts[n.qualifiedName];
    QStringList ids;
    ids.reserve(qsizetype(graph.nodes.size()));
    for (const CallNode &n : graph.nodes) {
        ids.append(counts.value(n.qualifiedName) > 1 && (n.definition >= 0 || n.lambda >= 0)
                       ? n.qualifiedName + QLatin1Char('@') + QString::number(n.line)
                       : n.qualifiedName);
    }
    return ids;
}

QJsonArray sitesArray(const Analysis &analysis, const std::vector<CallSite> &sites)
{
    QJsonArray out;
    for (const CallSite &s : sites) {
        QJsonObject o;
        o[key("file")] = analysis.file(s.file).relativePath;
        o[key("line")] = s.line;
        out.append(o);
    }
    return out;
}

DotAttributes dotNodeStyle(CallNodeKind kind)
{
    switch (kind) {
    case CallNodeKind::Module:
        return {{"shape", "folder"}, {"fillcolor", "#dde7f3"}};
    case CallNodeKind::Class:
        return {{"fillcolor", "#f3eadd"}};
    case CallNodeKind::Function:
    case CallNodeKind::Method:
        return {{"fillcolor", "#eef2f7"}};
    case CallNodeKind::External:
    case CallNodeKind::Builtin:
        return {{"shape", "ellipse"}, {"fillcolor", "#f4f4f4"}, {"fontcolor", "#666666"}};
    }
    return {};
}

DotAttributes dotEdgeStyle(CallEdgeKind kind)
{
    switch (kind) {
    case CallEdgeKind::Call:
    case CallEdgeKind::Uses:
        return {};
    case CallEdgeKind::Instantiate:
        return {{"style", "bold"}};
    case CallEdgeKind::Reference:
        return {{"style", "dashed"}};
    case CallEdgeKind::Decorator:
        return {{"style", "dotted"}};
    case CallEdgeKind::Inherit:
        return {{"arrowhead", "empty"}, {"color", "#1f5fa8"}};
    }
    return {};
}

} // namespace

QByteArray callGraphJson(const Analysis &analysis, const CallGraph &full, bool classLevel)
{
    const CallGraph projected = classLevel ? projectToClasses(full) : CallGraph{};
    const CallGraph &graph = classLevel ? projected : full;
    const QStringList ids = nodeIds(graph);

    QJsonArray nodes;
    for (int i = 0; i < int(graph.nodes.size()); ++i) {
        const CallNode &n = graph.node(i);
        QJsonObject o;
        o[key("id")] = ids[i];
        o[key("kind")] = QLatin1String(keyOf(n.kind));
        if (n.file >= 0) {
            o[key("path")] = analysis.file(n.file).relativePath;
            o[key("line")] = n.line;
            o[key("end_line")] = n.endLine;
            o[key("module")] = analysis.file(n.file).module;
        }
        if (n.parent >= 0)
            o[key("parent")] = ids[n.parent];
        nodes.append(o);
    }

    QJsonArray edges;
    for (const CallEdge &e : graph.edges) {
        QJsonObject o;
        o[key("source")] = ids[e.caller];
        o[key("target")] = ids[e.callee];
        o[key("kind")] = QLatin1String(keyOf(e.kind));
        o[key("weight")] = int(e.sites.size());
        o[key("sites")] = sitesArray(analysis, e.sites);
        edges.append(o);
    }

    QJsonObject root;
    root[key("project")] = analysis.scan.projectName;
    root[key("folder")] = analysis.scan.folder;
    root[key("level")] = classLevel ? key("class") : key("function");
    root[key("nodes")] = nodes;
    root[key("edges")] = edges;
    if (!classLevel) {
        QJsonObject unresolved;
        for (int f = 0; f < int(full.unresolved.size()); ++f) {
            if (full.unresolved[std::size_t(f)] > 0)
                unresolved[analysis.file(f).module] = full.unresolved[std::size_t(f)];
        }
        root[key("unresolved")] = unresolved;
        // Each import edge with the number of call-graph edges behind it.
        QJsonArray imports;
        for (int i = 0; i < int(full.importUses.size()); ++i) {
            const Edge &edge = analysis.graph.edge(i);
            QJsonObject o;
            o[key("source")] = analysis.graph.node(edge.source).name;
            o[key("target")] = analysis.graph.node(edge.target).name;
            o[key("uses")] = int(full.importUses[std::size_t(i)].size());
            imports.append(o);
        }
        root[key("imports")] = imports;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray callGraphDot(const Analysis &analysis, const CallGraph &full, bool classLevel)
{
    const CallGraph projected = classLevel ? projectToClasses(full) : CallGraph{};
    const CallGraph &graph = classLevel ? projected : full;
    const QStringList ids = nodeIds(graph);

    DotWriter dot(analysis.scan.projectName, {{"rankdir", "LR"}, {"fontname", "DejaVu Sans"}},
                  {{"shape", "box"},
                   {"style", "rounded,filled"},
                   {"fontname", "DejaVu Sans"},
                   {"fontsize", "10"}},
                  {{"color", "#555555"}, {"arrowsize", "0.7"}});
    for (int i = 0; i < int(graph.nodes.size()); ++i) {
        const CallNode &n = graph.node(i);
        DotAttributes attributes{{"kind", keyOf(n.kind)}};
        const DotAttributes style = dotNodeStyle(n.kind);
        attributes.insert(attributes.end(), style.begin(), style.end());
        dot.node(ids[i], attributes);
    }
    for (const CallEdge &e : graph.edges) {
        const int weight = int(e.sites.size());
        DotAttributes attributes{{"kind", keyOf(e.kind)}, {"weight", QByteArray::number(weight)}};
        if (weight > 1)
            attributes.push_back({"label", QByteArray::number(weight)});
        const DotAttributes style = dotEdgeStyle(e.kind);
        attributes.insert(attributes.end(), style.begin(), style.end());
        dot.edge(ids[e.caller], ids[e.callee], attributes);
    }
    return dot.finish();
}

} // namespace headroom
