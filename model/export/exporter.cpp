#include "exporter.h"

#include "dotwriter.h"

namespace headroom {

QString pathText(const Analysis &analysis, int file, PathBase base)
{
    const QString &relative = analysis.file(file).relativePath;
    const QString &package = analysis.scan.packagePrefix;
    return base == PathBase::Package && !package.isEmpty() ? package + QLatin1Char('/') + relative
                                                           : relative;
}

QString siteText(const Analysis &analysis, const ImportSite &site, PathBase base)
{
    return pathText(analysis, site.file, base) + QLatin1Char(':') + QString::number(site.line);
}

QStringList chainText(const Analysis &analysis, const ImportGraph &graph,
                      const std::vector<int> &chain, PathBase base)
{
    QStringList out;
    for (const int e : chain) {
        const Edge &edge = graph.edge(e);
        out << (edge.sites.empty() ? graph.node(edge.source).name
                                   : siteText(analysis, edge.sites.front(), base));
    }
    if (!chain.empty()) {
        const Node &back = graph.node(graph.edge(chain.back()).target);
        out << (back.file >= 0 ? pathText(analysis, back.file, base) : back.name);
    }
    return out;
}

QByteArray toDot(const Analysis &analysis, const Review &review, const QString &title)
{
    const ImportGraph &graph = review.graph;
    const Metrics &m = review.metrics;
    // Every cycle's breaking set: the suggested cuts, drawn against the layering.
    std::vector<char> cut(std::size_t(graph.edgeCount()), 0);
    for (const int e : m.upwardEdges)
        cut[std::size_t(e)] = 1;

    DotAttributes graphDefaults{
        {"rankdir", "BT"}, {"fontname", "DejaVu Sans"}, {"newrank", "true"}};
    if (!title.isEmpty()) {
        graphDefaults.push_back({"labelloc", "t"});
        graphDefaults.push_back({"fontsize", "16"});
        graphDefaults.push_back(dotText("label", title));
    }
    DotWriter dot(analysis.scan.projectName, graphDefaults,
                  {{"shape", "box"},
                   {"style", "rounded,filled"},
                   {"fillcolor", "#eef2f7"},
                   {"fontname", "DejaVu Sans"},
                   {"fontsize", "11"}},
                  {{"color", "#555555"}, {"arrowsize", "0.7"}});
    std::vector<QStringList> byLevel;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const Node &n = graph.node(i);
        const NodeMetrics &nm = m.nodes[std::size_t(i)];
        DotAttributes attributes{{"kind", keyOf(n.kind)}};
        if (n.origin != Origin::Internal) {
            attributes.insert(
                attributes.end(),
                {{"shape", "ellipse"}, {"fillcolor", "#f4f4f4"}, {"fontcolor", "#666666"}});
        } else {
            attributes.push_back({"level", QByteArray::number(nm.level)});
            if (nm.cycle >= 0) {
                attributes.insert(attributes.end(), {{"cycle", QByteArray::number(nm.cycle)},
                                                     {"color", "#b2182b"},
                                                     {"penwidth", "2"}});
            }
            if (n.kind == NodeKind::Package || n.kind == NodeKind::Namespace)
                attributes.push_back({"fillcolor", "#dde7f3"});
            if (nm.cycle >= 0)
                DotWriter::addClass(attributes, "cycle");
            if (nm.level >= 0) {
                if (byLevel.size() <= std::size_t(nm.level))
                    byLevel.resize(std::size_t(nm.level) + 1);
                byLevel[std::size_t(nm.level)].append(n.name);
            }
        }
        dot.node(n.name, attributes);
    }
    // One rank per level: foundations at the bottom.
    for (const QStringList &level : byLevel) {
        if (level.size() >= 2)
            dot.sameRank(level);
    }
    for (int ei = 0; ei < graph.edgeCount(); ++ei) {
        const Edge &e = graph.edge(ei);
        DotAttributes attributes{{"weight", QByteArray::number(e.weight())}};
        if (e.weight() > 1) {
            const int ls = m.nodes[std::size_t(e.source)].level;
            const bool flat = cut[std::size_t(ei)] || // a cut does not constrain the ranks
                              (ls >= 0 && ls == m.nodes[std::size_t(e.target)].level);
            attributes.push_back({dotEdgeTextKey(flat), QByteArray::number(e.weight())});
        }
        const int cs = m.nodes[std::size_t(e.source)].cycle;
        if (cs >= 0 && cs == m.nodes[std::size_t(e.target)].cycle)
            attributes.push_back({"color", "#b2182b"});
        if (cut[std::size_t(ei)]) {
            attributes.insert(attributes.end(), {{"style", "dashed"},
                                                 {"penwidth", "2"},
                                                 {"upward", "true"},
                                                 {"constraint", "false"}});
            DotWriter::addClass(attributes, "cut");
        } else if (!(e.kinds & RuntimeImportKinds)) {
            attributes.push_back({"style", "dashed"}); // type-checking only
        } else if (!(e.kinds & kindBit(ImportKind::Runtime))) {
            attributes.push_back({"style", "dotted"}); // only function-local or conditional
        }
        dot.edge(graph.node(e.source).name, graph.node(e.target).name, attributes);
    }
    return dot.finish();
}

} // namespace headroom
