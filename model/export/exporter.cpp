#include "exporter.h"

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

const char *budgetCheckKey(BudgetCheck check)
{
    switch (check) {
    case BudgetCheck::PackageMembers: return "package-members";
    case BudgetCheck::ModuleDefinitions: return "module-definitions";
    case BudgetCheck::ModuleImports: return "module-imports";
    case BudgetCheck::ClassMethods: return "class-methods";
    case BudgetCheck::ProjectDepth: return "depth";
    }
    return "";
}

const char *contractStatusKey(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Kept: return "kept";
    case ContractStatus::Broken: return "broken";
    case ContractStatus::NotChecked: return "not-checked";
    case ContractStatus::Invalid: return "invalid";
    }
    return "";
}

QByteArray dotQuoted(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QString siteText(const Analysis &analysis, const ImportSite &site)
{
    return analysis.file(site.file).relativePath + QLatin1Char(':') + QString::number(site.line);
}

QStringList chainText(const Analysis &analysis, const ImportGraph &graph, const std::vector<int> &chain)
{
    QStringList out;
    for (const int e : chain) {
        const Edge &edge = graph.edge(e);
        out << (edge.sites.empty() ? graph.node(edge.source).name : siteText(analysis, edge.sites.front()));
    }
    if (!chain.empty()) {
        const Node &back = graph.node(graph.edge(chain.back()).target);
        out << (back.file >= 0 ? analysis.file(back.file).relativePath : back.name);
    }
    return out;
}

QByteArray toDot(const Analysis &analysis, const Review &review, const QString &title)
{
    Q_UNUSED(analysis);
    const ImportGraph &graph = review.graph;
    const Metrics &m = review.metrics;
    std::vector<char> upward(std::size_t(graph.edgeCount()), 0);
    for (const int e : m.upwardEdges)
        upward[std::size_t(e)] = 1;

    QByteArray out;
    out += "digraph " + dotQuoted(analysis.scan.projectName) + " {\n";
    out += "  graph [rankdir=BT, fontname=\"DejaVu Sans\", newrank=true";
    if (!title.isEmpty())
        out += ", labelloc=t, fontsize=16, label=" + dotQuoted(title);
    out += "];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef2f7\", "
           "fontname=\"DejaVu Sans\", fontsize=11];\n";
    out += "  edge [color=\"#555555\", arrowsize=0.7];\n";
    std::vector<std::vector<int>> byLevel;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const Node &n = graph.node(i);
        const NodeMetrics &nm = m.nodes[std::size_t(i)];
        out += "  " + dotQuoted(n.name) + " [kind=" + nodeKindKey(n.kind);
        if (n.origin != Origin::Internal)
            out += ", shape=ellipse, fillcolor=\"#f4f4f4\", fontcolor=\"#666666\"";
        else {
            out += ", level=" + QByteArray::number(nm.level);
            if (nm.cycle >= 0)
                out += ", cycle=" + QByteArray::number(nm.cycle) + ", color=\"#b2182b\", penwidth=2";
            if (n.kind == NodeKind::Package || n.kind == NodeKind::Namespace)
                out += ", fillcolor=\"#dde7f3\"";
            if (nm.level >= 0) {
                if (byLevel.size() <= std::size_t(nm.level))
                    byLevel.resize(std::size_t(nm.level) + 1);
                byLevel[std::size_t(nm.level)].push_back(i);
            }
        }
        out += "];\n";
    }
    // One rank per level: foundations at the bottom.
    for (const std::vector<int> &level : byLevel) {
        if (level.size() < 2)
            continue;
        out += "  { rank=same;";
        for (const int i : level)
            out += " " + dotQuoted(graph.node(i).name) + ";";
        out += " }\n";
    }
    for (int ei = 0; ei < graph.edgeCount(); ++ei) {
        const Edge &e = graph.edge(ei);
        out += "  " + dotQuoted(graph.node(e.source).name) + " -> " + dotQuoted(graph.node(e.target).name);
        out += " [weight=" + QByteArray::number(e.weight());
        if (e.weight() > 1)
            out += ", label=" + QByteArray::number(e.weight());
        const int cs = m.nodes[std::size_t(e.source)].cycle;
        if (cs >= 0 && cs == m.nodes[std::size_t(e.target)].cycle)
            out += ", color=\"#b2182b\"";
        if (upward[std::size_t(ei)])
            out += ", style=dashed, penwidth=2, upward=true, constraint=false";
        else if (!(e.kinds & RuntimeImportKinds))
            out += ", style=dashed"; // type-checking only
        else if (!(e.kinds & kindBit(ImportKind::Runtime)))
            out += ", style=dotted"; // only function-local or conditional
        out += "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace headroom
