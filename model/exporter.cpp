#include "exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace headroom {

const char *nodeKindKey(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Package: return "package";
    case NodeKind::Namespace: return "namespace";
    case NodeKind::Module: return "module";
    case NodeKind::External: return "external";
    }
    return "module";
}

const char *originKey(Origin origin)
{
    switch (origin) {
    case Origin::Internal: return "internal";
    case Origin::Stdlib: return "stdlib";
    case Origin::ThirdParty: return "third-party";
    }
    return "internal";
}

const char *importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Runtime: return "runtime";
    case ImportKind::TypeChecking: return "type-checking";
    case ImportKind::FunctionLocal: return "function-local";
    case ImportKind::Conditional: return "conditional";
    }
    return "runtime";
}

ImportGraph exportedGraph(const Analysis &analysis, const GraphExportOptions &options)
{
    // A projection to a depth deeper than every name is the module graph itself; the
    // projection also drops external nodes when asked.
    return projectToDepth(analysis.graph, options.packageDepth, options.includeExternal);
}

namespace {

struct NodeTotals
{
    int files = 0;
    int sloc = 0;
    int lines = 0;
};

// Sizes summed over each projected node's files.
std::vector<NodeTotals> totals(const Analysis &analysis, const ImportGraph &shown)
{
    std::vector<NodeTotals> sums(std::size_t(shown.nodeCount()));
    for (int f = 0; f < int(analysis.scan.files.size()); ++f) {
        // Walk up the original module name until a shown node holds it.
        QString name = analysis.file(f).module;
        int id = shown.find(name);
        while (id < 0 && name.contains(QLatin1Char('.'))) {
            name.truncate(name.lastIndexOf(QLatin1Char('.')));
            id = shown.find(name);
        }
        if (id < 0)
            continue;
        NodeTotals &t = sums[std::size_t(id)];
        const FileFacts &facts = analysis.facts[std::size_t(f)];
        ++t.files;
        t.sloc += facts.sloc;
        t.lines += facts.lines;
    }
    return sums;
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
            out.append(QLatin1String(importKindKey(ImportKind(k))));
    }
    return out;
}

} // namespace

QByteArray toJson(const Analysis &analysis, const GraphExportOptions &options)
{
    const ImportGraph graph = exportedGraph(analysis, options);
    const std::vector<NodeTotals> sums = totals(analysis, graph);

    QJsonArray nodes;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const Node &n = graph.node(i);
        QJsonObject o;
        o[QLatin1String("id")] = n.name;
        o[QLatin1String("kind")] = QLatin1String(nodeKindKey(n.kind));
        o[QLatin1String("origin")] = QLatin1String(originKey(n.origin));
        if (n.origin == Origin::Internal) {
            o[QLatin1String("path")] = nodePath(analysis, graph, i);
            o[QLatin1String("parent")] = n.parent >= 0 ? QJsonValue(graph.node(n.parent).name)
                                                       : QJsonValue();
            o[QLatin1String("files")] = sums[std::size_t(i)].files;
            o[QLatin1String("sloc")] = sums[std::size_t(i)].sloc;
            o[QLatin1String("lines")] = sums[std::size_t(i)].lines;
        }
        o[QLatin1String("fan_in")] = int(graph.inEdges(i).size());
        o[QLatin1String("fan_out")] = int(graph.outEdges(i).size());
        nodes.append(o);
    }

    QJsonArray edges;
    for (const Edge &e : graph.edges()) {
        QJsonObject o;
        o[QLatin1String("source")] = graph.node(e.source).name;
        o[QLatin1String("target")] = graph.node(e.target).name;
        o[QLatin1String("kind")] = QLatin1String("import");
        o[QLatin1String("import_kinds")] = kindArray(e.kinds);
        o[QLatin1String("weight")] = e.weight();
        QJsonArray sites;
        for (const ImportSite &s : e.sites) {
            QJsonObject so;
            so[QLatin1String("file")] = analysis.file(s.file).relativePath;
            so[QLatin1String("line")] = s.line;
            so[QLatin1String("kind")] = QLatin1String(importKindKey(s.kind));
            sites.append(so);
        }
        o[QLatin1String("sites")] = sites;
        edges.append(o);
    }

    QJsonArray diagnostics;
    for (const Diagnostic &d : analysis.diagnostics) {
        QJsonObject o;
        o[QLatin1String("code")] = QLatin1String(diagnosticKey(d.code));
        const Severity sev = severityOf(d.code);
        o[QLatin1String("severity")] = QLatin1String(sev == Severity::Error     ? "error"
                                                     : sev == Severity::Warning ? "warning"
                                                                                : "info");
        o[QLatin1String("file")] = d.file;
        if (d.line > 0)
            o[QLatin1String("line")] = d.line;
        if (!d.detail.isEmpty())
            o[QLatin1String("detail")] = d.detail;
        diagnostics.append(o);
    }

    QJsonObject root;
    root[QLatin1String("project")] = analysis.scan.projectName;
    root[QLatin1String("folder")] = analysis.scan.folder;
    root[QLatin1String("roots")] = QJsonArray::fromStringList(analysis.scan.roots);
    root[QLatin1String("level")] = options.packageDepth > 0 ? QLatin1String("package")
                                                            : QLatin1String("module");
    if (options.packageDepth > 0)
        root[QLatin1String("package_depth")] = options.packageDepth;
    root[QLatin1String("files")] = int(analysis.scan.files.size());
    root[QLatin1String("bytes")] = analysis.totalBytes;
    root[QLatin1String("nodes")] = nodes;
    root[QLatin1String("edges")] = edges;
    root[QLatin1String("diagnostics")] = diagnostics;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {
QByteArray dotId(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}
} // namespace

QByteArray toDot(const Analysis &analysis, const GraphExportOptions &options)
{
    const ImportGraph graph = exportedGraph(analysis, options);
    QByteArray out;
    out += "digraph " + dotId(analysis.scan.projectName) + " {\n";
    out += "  graph [rankdir=BT, fontname=\"DejaVu Sans\"";
    if (!options.title.isEmpty())
        out += ", labelloc=t, fontsize=16, label=" + dotId(options.title);
    out += "];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef2f7\", "
           "fontname=\"DejaVu Sans\", fontsize=11];\n";
    out += "  edge [color=\"#555555\", arrowsize=0.7];\n";
    for (const Node &n : graph.nodes()) {
        out += "  " + dotId(n.name) + " [kind=" + nodeKindKey(n.kind);
        if (n.origin != Origin::Internal)
            out += ", shape=ellipse, fillcolor=\"#f4f4f4\", fontcolor=\"#666666\"";
        else if (n.kind == NodeKind::Package || n.kind == NodeKind::Namespace)
            out += ", fillcolor=\"#dde7f3\"";
        out += "];\n";
    }
    for (const Edge &e : graph.edges()) {
        out += "  " + dotId(graph.node(e.source).name) + " -> " + dotId(graph.node(e.target).name);
        out += " [weight=" + QByteArray::number(e.weight());
        if (e.weight() > 1)
            out += ", label=" + QByteArray::number(e.weight());
        if (!(e.kinds & RuntimeImportKinds))
            out += ", style=dashed"; // type-checking only
        else if (!(e.kinds & kindBit(ImportKind::Runtime)))
            out += ", style=dotted"; // only function-local or conditional
        out += "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace headroom
