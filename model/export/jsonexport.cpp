// The JSON form of a review: documented field by field in the README ("JSON").
#include "exporter.h"
#include "gitrevision.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace headroom {

namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

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

QJsonArray sitesJson(const Analysis &analysis, const Edge &e)
{
    QJsonArray sites;
    for (const ImportSite &s : e.sites) {
        QJsonObject so;
        so[key("file")] = analysis.file(s.file).relativePath;
        so[key("line")] = s.line;
        so[key("kind")] = QLatin1String(keyOf(s.kind));
        sites.append(so);
    }
    return sites;
}

QJsonObject edgeRef(const Analysis &analysis, const ImportGraph &g, int e)
{
    const Edge &edge = g.edge(e);
    QJsonObject o;
    o[key("source")] = g.node(edge.source).name;
    o[key("target")] = g.node(edge.target).name;
    o[key("sites")] = sitesJson(analysis, edge);
    return o;
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

QJsonObject nodeJson(const Analysis &analysis, const Review &review, int i)
{
    const ImportGraph &graph = review.graph;
    const Node &n = graph.node(i);
    QJsonObject o;
    o[key("id")] = n.name;
    o[key("kind")] = QLatin1String(keyOf(n.kind));
    o[key("origin")] = QLatin1String(keyOf(n.origin));
    o[key("fan_in")] = int(graph.inEdges(i).size());
    o[key("fan_out")] = int(graph.outEdges(i).size());
    if (n.origin != Origin::Internal)
        return o;
    const NodeMetrics &m = review.metrics.nodes[std::size_t(i)];
    o[key("path")] = nodePath(analysis, graph, i);
    o[key("parent")] = n.parent >= 0 ? QJsonValue(graph.node(n.parent).name) : QJsonValue();
    o[key("level")] = m.level;
    o[key("layer")] = m.layer;
    o[key("cycle")] = m.cycle >= 0 ? QJsonValue(m.cycle) : QJsonValue();
    o[key("ca")] = m.ca;
    o[key("ce")] = m.ce;
    o[key("instability")] = rounded(m.instability);
    o[key("abstractness")] = rounded(m.abstractness);
    o[key("distance")] = rounded(m.distance);
    o[key("cohesion")] = m.moduleCohesion;
    if (!n.children.empty())
        o[key("relational_cohesion")] = rounded(m.relationalCohesion);
    if (const auto it = review.packages.constFind(n.name); it != review.packages.constEnd()) {
        o[key("acd")] = rounded(it->acd);
        o[key("nccd")] = rounded(it->nccd);
        o[key("propagation_cost")] = rounded(it->propagationCost);
    }
    o[key("files")] = m.files;
    o[key("sloc")] = m.sloc;
    o[key("definitions")] = m.definitions;
    o[key("top_level_definitions")] = m.topLevelDefinitions;
    o[key("classes")] = m.classes;
    o[key("worst_class_lcom4")] = m.worstClassLcom4;
    o[key("max_complexity")] = m.maxComplexity;
    o[key("mean_complexity")] = rounded(m.meanComplexity);
    if (!analysis.churn.empty()) {
        o[key("total_complexity")] = double(m.totalComplexity);
        o[key("churn")] = m.churn;
        o[key("hotspot")] = double(m.hotspot);
    }
    return o;
}

QJsonObject classJson(const Analysis &analysis, const ClassMetrics &c)
{
    const Definition &d =
        analysis.facts[std::size_t(c.file)].definitions[std::size_t(c.definition)];
    QJsonObject o;
    o[key("id")] = c.qualifiedName;
    o[key("kind")] = QLatin1String("class");
    o[key("origin")] = QLatin1String("internal");
    o[key("parent")] = analysis.file(c.file).module;
    o[key("path")] = analysis.file(c.file).relativePath;
    o[key("line")] = d.line;
    o[key("methods")] = c.methods;
    o[key("lcom4")] = c.lcom4;
    // null, not 1: a class without instance attributes has no share of them to measure.
    o[key("cohesion")] = c.cohesion ? QJsonValue(rounded(*c.cohesion)) : QJsonValue();
    o[key("abstract")] = c.abstract;
    o[key("sloc")] = d.sloc;
    return o;
}

QJsonObject findingJson(const Review &review, const Finding &f)
{
    QJsonObject o;
    o[key("check")] = QLatin1String(keyOf(f.check));
    if (f.classIndex >= 0)
        o[key("node")] = review.metrics.classes[std::size_t(f.classIndex)].qualifiedName;
    else if (f.node >= 0)
        o[key("node")] = review.graph.node(f.node).name;
    else
        o[key("node")] = QJsonValue();
    o[key("value")] = f.value;
    o[key("limit")] = f.limit;
    o[key("excess")] = f.excess;
    return o;
}

QJsonObject cycleJson(const Analysis &analysis, const Review &review, const Cycle &c)
{
    const ImportGraph &g = review.graph;
    QJsonObject o;
    o[key("members")] = namesOf(g, c.members);
    QJsonArray breaking;
    for (const int e : c.breakingSet)
        breaking.append(edgeRef(analysis, g, e));
    o[key("breaking_set")] = breaking;
    o[key("breaking_weight")] = c.breakingWeight;
    o[key("exact")] = c.exact;
    o[key("chain")] = c.chains.empty()
                          ? QJsonArray()
                          : QJsonArray::fromStringList(chainText(analysis, g, c.chains.front()));
    QJsonArray edges;
    for (const int e : c.edges)
        edges.append(edgeRef(analysis, g, e));
    o[key("edges")] = edges;
    return o;
}

QJsonObject contractJson(const Analysis &analysis, const ContractResult &r)
{
    QJsonObject o;
    o[key("name")] = r.config.name;
    o[key("type")] = r.config.type;
    o[key("status")] = QLatin1String(keyOf(r.status));
    if (!r.reason.isEmpty())
        o[key("reason")] = r.reason;
    QJsonArray violations;
    for (const ContractViolation &v : r.violations) {
        QJsonObject vo;
        vo[key("from")] = v.from;
        vo[key("to")] = v.to;
        QJsonArray chain;
        for (const int e : v.chain)
            chain.append(edgeRef(analysis, analysis.graph, e));
        vo[key("chain")] = chain;
        violations.append(vo);
    }
    o[key("violations")] = violations;
    return o;
}

} // namespace

void writeJson(JsonWriter &json, const Analysis &analysis, const Review &review)
{
    const ImportGraph &graph = review.graph;
    const Metrics &metrics = review.metrics;

    // The long arrays are written an element at a time, each made as a small object: the
    // whole document as one QJsonObject took five times its text in memory.
    std::map<QString, std::function<void()>> arrays;
    const auto add = [&json](const QJsonValue &element) { json.value(element); };
    arrays[QStringLiteral("nodes")] = [&] {
        json.beginArray();
        for (int i = 0; i < graph.nodeCount(); ++i)
            add(nodeJson(analysis, review, i));
        if (review.options.packageDepth == 0) {
            for (const ClassMetrics &c : metrics.classes)
                add(classJson(analysis, c));
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
            QJsonObject o;
            o[key("source")] = graph.node(e.source).name;
            o[key("target")] = graph.node(e.target).name;
            o[key("kind")] = QLatin1String("import");
            o[key("import_kinds")] = kindArray(e.kinds);
            o[key("weight")] = e.weight();
            const int cycle = metrics.nodes[std::size_t(e.source)].cycle;
            o[key("in_cycle")] = cycle >= 0 && cycle == metrics.nodes[std::size_t(e.target)].cycle;
            o[key("upward")] = bool(upward[std::size_t(ei)]);
            o[key("sites")] = sitesJson(analysis, e);
            add(o);
        }
        json.endArray();
    };
    arrays[QStringLiteral("cycles")] = [&] {
        json.beginArray();
        for (const Cycle &c : metrics.cycles)
            add(cycleJson(analysis, review, c));
        json.endArray();
    };
    arrays[QStringLiteral("findings")] = [&] {
        json.beginArray();
        for (const Finding &f : metrics.findings)
            add(findingJson(review, f));
        json.endArray();
    };
    arrays[QStringLiteral("contracts")] = [&] {
        json.beginArray();
        for (const ContractResult &r : review.contracts)
            add(contractJson(analysis, r));
        json.endArray();
    };
    arrays[QStringLiteral("diagnostics")] = [&] {
        json.beginArray();
        for (const Diagnostic &d : reviewDiagnostics(analysis, review)) {
            QJsonObject o;
            o[key("code")] = QLatin1String(keyOf(d.code));
            const Severity sev = severityOf(d.code);
            o[key("severity")] = QLatin1String(sev == Severity::Error     ? "error"
                                               : sev == Severity::Warning ? "warning"
                                                                          : "info");
            o[key("file")] = d.file;
            if (d.line > 0)
                o[key("line")] = d.line;
            if (!d.detail.isEmpty())
                o[key("detail")] = d.detail;
            add(o);
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
