#include "callgraphexport.h"

#include "dotwriter.h"
#include "jsonwriter.h"

#include <map>

namespace headroom {

namespace {

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

// Written straight as text: Django's function graph is 13 MB of JSON, and building it as a
// QJsonObject tree first took four times as long as writing it. Keys in sorted order, as
// QJsonDocument writes them.
void writeCallGraphJson(JsonWriter &json, const Analysis &analysis, const CallGraph &full,
                        bool classLevel)
{
    const CallGraph projected = classLevel ? projectToClasses(full) : CallGraph{};
    const CallGraph &graph = classLevel ? projected : full;
    const QStringList ids = nodeIds(graph);

    json.beginObject();
    json.key("edges");
    json.beginArray();
    for (const CallEdge &e : graph.edges) {
        json.beginObject();
        json.key("kind");
        json.value(keyOf(e.kind));
        json.key("sites");
        json.beginArray();
        for (const CallSite &s : graph.sitesOf(e)) {
            json.beginObject();
            json.key("file");
            json.value(analysis.file(s.file).relativePath);
            json.key("line");
            json.value(s.line);
            json.endObject();
        }
        json.endArray();
        json.key("source");
        json.value(ids[e.caller]);
        json.key("target");
        json.value(ids[e.callee]);
        json.key("weight");
        json.value(int(e.siteCount));
        json.endObject();
    }
    json.endArray();
    json.key("folder");
    json.value(analysis.scan.folder);
    if (!classLevel) {
        // Each import edge with the number of call-graph edges behind it.
        json.key("imports");
        json.beginArray();
        for (int i = 0; i < int(full.importUses.size()); ++i) {
            const Edge &edge = analysis.graph.edge(i);
            json.beginObject();
            json.key("source");
            json.value(analysis.graph.node(edge.source).name);
            json.key("target");
            json.value(analysis.graph.node(edge.target).name);
            json.key("uses");
            json.value(int(full.importUses[std::size_t(i)].size()));
            json.endObject();
        }
        json.endArray();
    }
    json.key("level");
    json.value(classLevel ? "class" : "function");
    json.key("nodes");
    json.beginArray();
    for (int i = 0; i < int(graph.nodes.size()); ++i) {
        const CallNode &n = graph.node(i);
        const bool inFile = n.file >= 0;
        json.beginObject();
        if (inFile) {
            json.key("end_line");
            json.value(n.endLine);
        }
        json.key("id");
        json.value(ids[i]);
        json.key("kind");
        json.value(keyOf(n.kind));
        if (inFile) {
            json.key("line");
            json.value(n.line);
            json.key("module");
            json.value(analysis.file(n.file).module);
        }
        if (n.parent >= 0) {
            json.key("parent");
            json.value(ids[n.parent]);
        }
        if (inFile) {
            json.key("path");
            json.value(analysis.file(n.file).relativePath);
        }
        json.endObject();
    }
    json.endArray();
    json.key("project");
    json.value(analysis.scan.projectName);
    if (!classLevel) {
        std::map<QString, int> unresolved; // sorted; two files of one module add up
        for (int f = 0; f < int(full.unresolved.size()); ++f) {
            if (full.unresolved[std::size_t(f)] > 0)
                unresolved[analysis.file(f).module] += full.unresolved[std::size_t(f)];
        }
        json.key("unresolved");
        json.beginObject();
        for (const auto &[module, count] : unresolved) {
            json.key(module);
            json.value(count);
        }
        json.endObject();
    }
    json.endObject();
}

QByteArray callGraphJson(const Analysis &analysis, const CallGraph &graph, bool classLevel)
{
    JsonWriter json;
    writeCallGraphJson(json, analysis, graph, classLevel);
    return json.take();
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
        const int weight = int(e.siteCount);
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
