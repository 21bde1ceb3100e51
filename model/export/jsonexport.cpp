// The JSON form of a review: documented field by field in the README ("JSON").
#include "exporter.h"
#include "gitrevision.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>

namespace headroom {

namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

// An object's fields, written as QJsonDocument writes an object (keys sorted) without
// building a QJsonObject first: a large project has hundreds of thousands of nodes, edges and
// sites, and making each a QJsonObject cost more than writing it. A field is a value, or
// (`write`) written by a function of its own.
class Fields
{
public:
    void set(const char *name, QJsonValue value)
    {
        m_fields.push_back({name, std::move(value), {}});
    }
    void set(const char *name, std::function<void(JsonWriter &)> write)
    {
        m_fields.push_back({name, QJsonValue(), std::move(write)});
    }
    void write(JsonWriter &json)
    {
        std::stable_sort(m_fields.begin(), m_fields.end(), [](const Field &a, const Field &b) {
            return std::strcmp(a.name, b.name) < 0;
        });
        json.beginObject();
        for (const Field &f : m_fields) {
            json.key(f.name);
            if (f.write)
                f.write(json);
            else
                json.value(f.value);
        }
        json.endObject();
    }

private:
    struct Field
    {
        const char *name;
        QJsonValue value;
        std::function<void(JsonWriter &)> write;
    };
    std::vector<Field> m_fields;
};

QString nodePath(const Analysis &analysis, const ImportGraph &graph, int id)
{
    const Node &n = graph.node(id);
    if (n.file >= 0)
        return analysis.file(n.file).relativePath;
    // A namespace package: the folder of any member file, climbed to this node's depth.
    const int depth = nameDepth(n.name);
    for (const SourceFile &f : analysis.scan.files) {
        if (f.module.startsWith(n.name + QLatin1Char('.'))) {
            QStringList parts = f.relativePath.split(QLatin1Char('/'));
            const int below = nameDepth(f.module) - depth + (f.isPackageInit ? 1 : 0);
            if (below <= 0 || below > parts.size())
                return {};
            parts.resize(parts.size() - below);
            return parts.join(QLatin1Char('/'));
        }
    }
    return {};
}

QJsonArray kindArray(ImportKindSet kinds)
{
    QJsonArray out;
    for (int k = 0; k < ImportKindCount; ++k) {
        if (kinds & kindBit(ImportKind(k)))
            out.append(QLatin1String(keyOf(ImportKind(k))));
    }
    return out;
}

void writeSites(JsonWriter &json, const Analysis &analysis, const Edge &e)
{
    json.beginArray();
    for (const ImportSite &s : e.sites) {
        json.beginObject(); // keys in sorted order
        json.key("file");
        json.value(analysis.file(s.file).relativePath);
        json.key("kind");
        json.value(keyOf(s.kind));
        json.key("line");
        json.value(s.line);
        json.endObject();
    }
    json.endArray();
}

// Edges named by their ends, with their sites (a cycle's, a contract violation's chain).
void writeEdgeRefs(JsonWriter &json, const Analysis &analysis, const ImportGraph &g,
                   const std::vector<int> &edges)
{
    json.beginArray();
    for (const int e : edges) {
        const Edge &edge = g.edge(e);
        Fields o;
        o.set("source", g.node(edge.source).name);
        o.set("target", g.node(edge.target).name);
        o.set("sites", [&](JsonWriter &out) { writeSites(out, analysis, edge); });
        o.write(json);
    }
    json.endArray();
}

QJsonArray namesOf(const ImportGraph &g, const std::vector<int> &nodes)
{
    QJsonArray out;
    for (const int n : nodes)
        out.append(g.node(n).name);
    return out;
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

void writeNode(JsonWriter &json, const Analysis &analysis, const Review &review, int i)
{
    const ImportGraph &graph = review.graph;
    const Node &n = graph.node(i);
    Fields o;
    o.set("id", n.name);
    o.set("kind", QLatin1String(keyOf(n.kind)));
    o.set("origin", QLatin1String(keyOf(n.origin)));
    o.set("fan_in", int(graph.inEdges(i).size()));
    o.set("fan_out", int(graph.outEdges(i).size()));
    if (n.origin != Origin::Internal) {
        o.write(json);
        return;
    }
    const NodeMetrics &m = review.metrics.nodes[std::size_t(i)];
    o.set("path", nodePath(analysis, graph, i));
    o.set("parent", n.parent >= 0 ? QJsonValue(graph.node(n.parent).name) : QJsonValue());
    o.set("level", m.level);
    o.set("layer", m.layer);
    o.set("cycle", m.cycle >= 0 ? QJsonValue(m.cycle) : QJsonValue());
    o.set("ca", m.ca);
    o.set("ce", m.ce);
    o.set("instability", rounded(m.instability));
    o.set("abstractness", rounded(m.abstractness));
    o.set("distance", rounded(m.distance));
    o.set("cohesion", m.moduleCohesion);
    if (!n.children.empty())
        o.set("relational_cohesion", rounded(m.relationalCohesion));
    if (const auto it = review.packages.constFind(n.name); it != review.packages.constEnd()) {
        o.set("acd", rounded(it->acd));
        o.set("nccd", rounded(it->nccd));
        o.set("propagation_cost", rounded(it->propagationCost));
    }
    o.set("files", m.files);
    o.set("sloc", m.sloc);
    o.set("definitions", m.definitions);
    o.set("top_level_definitions", m.topLevelDefinitions);
    o.set("classes", m.classes);
    o.set("worst_class_lcom4", m.worstClassLcom4);
    o.set("max_complexity", m.maxComplexity);
    o.set("mean_complexity", rounded(m.meanComplexity));
    if (!analysis.churn.empty()) {
        o.set("total_complexity", double(m.totalComplexity));
        o.set("churn", m.churn);
        o.set("hotspot", double(m.hotspot));
    }
    o.write(json);
}

void writeClass(JsonWriter &json, const Analysis &analysis, const ClassMetrics &c)
{
    const Definition &d =
        analysis.facts[std::size_t(c.file)].definitions[std::size_t(c.definition)];
    Fields o;
    o.set("id", c.qualifiedName);
    o.set("kind", QLatin1String("class"));
    o.set("origin", QLatin1String("internal"));
    o.set("parent", analysis.file(c.file).module);
    o.set("path", analysis.file(c.file).relativePath);
    o.set("line", d.line);
    o.set("methods", c.methods);
    o.set("lcom4", c.lcom4);
    // null, not 1: a class without instance attributes has no share of them to measure.
    o.set("cohesion", c.cohesion ? QJsonValue(rounded(*c.cohesion)) : QJsonValue());
    o.set("abstract", c.abstract);
    o.set("sloc", d.sloc);
    o.write(json);
}

void writeFinding(JsonWriter &json, const Review &review, const Finding &f)
{
    Fields o;
    o.set("check", QLatin1String(keyOf(f.check)));
    if (f.classIndex >= 0)
        o.set("node", review.metrics.classes[std::size_t(f.classIndex)].qualifiedName);
    else if (f.node >= 0)
        o.set("node", review.graph.node(f.node).name);
    else
        o.set("node", QJsonValue());
    o.set("value", f.value);
    o.set("limit", f.limit);
    o.set("excess", f.excess);
    o.write(json);
}

void writeCycle(JsonWriter &json, const Analysis &analysis, const Review &review, const Cycle &c)
{
    const ImportGraph &g = review.graph;
    Fields o;
    o.set("members", namesOf(g, c.members));
    o.set("breaking_set", [&](JsonWriter &out) { writeEdgeRefs(out, analysis, g, c.breakingSet); });
    o.set("breaking_weight", c.breakingWeight);
    o.set("exact", c.exact);
    o.set("chain", c.chains.empty()
                       ? QJsonArray()
                       : QJsonArray::fromStringList(chainText(analysis, g, c.chains.front())));
    o.set("edges", [&](JsonWriter &out) { writeEdgeRefs(out, analysis, g, c.edges); });
    o.write(json);
}

void writeContract(JsonWriter &json, const Analysis &analysis, const ContractResult &r)
{
    Fields o;
    o.set("name", r.config.name);
    o.set("type", r.config.type);
    o.set("status", QLatin1String(keyOf(r.status)));
    if (!r.reason.isEmpty())
        o.set("reason", r.reason);
    o.set("violations", [&](JsonWriter &out) {
        out.beginArray();
        for (const ContractViolation &v : r.violations) {
            Fields vo;
            vo.set("from", v.from);
            vo.set("to", v.to);
            vo.set("chain", [&](JsonWriter &chainOut) {
                writeEdgeRefs(chainOut, analysis, analysis.graph, v.chain);
            });
            vo.write(out);
        }
        out.endArray();
    });
    o.write(json);
}

} // namespace

void writeJson(JsonWriter &json, const Analysis &analysis, const Review &review)
{
    const ImportGraph &graph = review.graph;
    const Metrics &metrics = review.metrics;

    // The long arrays are written an element at a time (Fields): the whole document as one
    // QJsonObject took five times its text in memory.
    std::map<QString, std::function<void()>> arrays;
    arrays[QStringLiteral("nodes")] = [&] {
        json.beginArray();
        for (int i = 0; i < graph.nodeCount(); ++i)
            writeNode(json, analysis, review, i);
        if (review.options.packageDepth == 0) {
            for (const ClassMetrics &c : metrics.classes)
                writeClass(json, analysis, c);
        }
        json.endArray();
    };

    std::vector<char> upward(std::size_t(graph.edgeCount()), 0);
    for (const int e : metrics.upwardEdges)
        upward[std::size_t(e)] = 1;
    arrays[QStringLiteral("edges")] = [&] {
        json.beginArray();
        for (int ei = 0; ei < graph.edgeCount(); ++ei) {
            const Edge &e = graph.edge(ei);
            Fields o;
            o.set("source", graph.node(e.source).name);
            o.set("target", graph.node(e.target).name);
            o.set("kind", QLatin1String("import"));
            o.set("import_kinds", kindArray(e.kinds));
            o.set("weight", e.weight());
            const int cycle = metrics.nodes[std::size_t(e.source)].cycle;
            o.set("in_cycle", cycle >= 0 && cycle == metrics.nodes[std::size_t(e.target)].cycle);
            o.set("upward", bool(upward[std::size_t(ei)]));
            o.set("sites", [&](JsonWriter &out) { writeSites(out, analysis, e); });
            o.write(json);
        }
        json.endArray();
    };
    arrays[QStringLiteral("cycles")] = [&] {
        json.beginArray();
        for (const Cycle &c : metrics.cycles)
            writeCycle(json, analysis, review, c);
        json.endArray();
    };
    arrays[QStringLiteral("findings")] = [&] {
        json.beginArray();
        for (const Finding &f : metrics.findings)
            writeFinding(json, review, f);
        json.endArray();
    };
    arrays[QStringLiteral("contracts")] = [&] {
        json.beginArray();
        for (const ContractResult &r : review.contracts)
            writeContract(json, analysis, r);
        json.endArray();
    };
    arrays[QStringLiteral("diagnostics")] = [&] {
        json.beginArray();
        for (const Diagnostic &d : reviewDiagnostics(analysis, review)) {
            Fields o;
            o.set("code", QLatin1String(keyOf(d.code)));
            const Severity sev = severityOf(d.code);
            o.set("severity", QLatin1String(sev == Severity::Error     ? "error"
                                            : sev == Severity::Warning ? "warning"
                                                                       : "info"));
            o.set("file", d.file);
            if (d.line > 0)
                o.set("line", d.line);
            if (!d.detail.isEmpty())
                o.set("detail", d.detail);
            o.write(json);
        }
        json.endArray();
    };

    const HeadBudget &b = review.options.settings.metrics.budget;
    QJsonObject budget;
    budget[key("package_members")] = b.packageMembers;
    budget[key("module_definitions")] = b.moduleDefinitions;
    budget[key("module_imports")] = b.moduleImports;
    budget[key("class_methods")] = b.classMethods;
    budget[key("depth")] = b.depth;

    QJsonObject root;
    root[key("project")] = analysis.scan.projectName;
    root[key("folder")] = analysis.scan.folder;
    if (const GitRevision *revision = analysis.scan.revision.get()) {
        QJsonObject r;
        r[key("expression")] = revision->expression();
        r[key("commit")] = revision->commitId();
        r[key("summary")] = revision->summary();
        root[key("revision")] = r;
    }
    root[key("roots")] = QJsonArray::fromStringList(analysis.scan.roots);
    root[key("level")] =
        review.options.packageDepth > 0 ? QLatin1String("package") : QLatin1String("module");
    if (review.options.packageDepth > 0)
        root[key("package_depth")] = review.options.packageDepth;
    if (analysis.churnDays > 0) {
        QJsonObject churn;
        churn[key("days")] = analysis.churnDays;
        churn[key("error")] =
            analysis.churnError.isEmpty() ? QJsonValue() : QJsonValue(analysis.churnError);
        root[key("churn")] = churn;
    }
    root[key("files")] = int(analysis.scan.files.size());
    if (!analysis.scan.excluded.isEmpty()) // the modules exclude left out, by name
        root[key("excluded")] = QJsonArray::fromStringList(analysis.scan.excluded);
    root[key("bytes")] = analysis.totalBytes;
    root[key("depth")] = metrics.depth;
    root[key("layers")] = metrics.layers;
    root[key("longest_chain")] = namesOf(graph, metrics.longestChain);
    root[key("cycle_import_kinds")] = kindArray(review.options.settings.metrics.cycles.kinds);
    root[key("acd")] = rounded(metrics.acd);
    root[key("nccd")] = rounded(metrics.nccd);
    root[key("propagation_cost")] = rounded(metrics.propagationCost);
    root[key("budget")] = budget;
    root[key("contracts_file")] = review.contractConfig.file;

    // Keys in QJsonDocument's order (sorted), the short values and the long arrays merged.
    json.beginObject();
    auto shortValue = root.constBegin();
    auto array = arrays.cbegin();
    while (shortValue != root.constEnd() || array != arrays.cend()) {
        if (array == arrays.cend() ||
            (shortValue != root.constEnd() && shortValue.key() < array->first)) {
            json.key(shortValue.key());
            json.value(shortValue.value());
            ++shortValue;
        } else {
            json.key(array->first);
            array->second();
            ++array;
        }
    }
    json.endObject();
}

QByteArray toJson(const Analysis &analysis, const Review &review)
{
    JsonWriter json;
    writeJson(json, analysis, review);
    return json.take();
}

} // namespace headroom
