#include "report.h"

#include "exporter.h"
#include "graphviz.h"

#include <QDate>
#include <QLocale>

namespace headroom {

int Report::legibleDepth(const Analysis &analysis)
{
    int deepest = 0;
    for (const Node &n : analysis.graph.nodes()) {
        if (n.origin == Origin::Internal)
            deepest = std::max(deepest, nameDepth(n.name));
    }
    // Module level when it fits, else the deepest package level that fits, else the top.
    for (int depth = deepest; depth >= 1; --depth) {
        const ImportGraph g = projectToDepth(analysis.graph, depth, false);
        if (g.nodeCount() <= MaxReportNodes)
            return depth;
    }
    return 1;
}

QByteArray Report::svg(const Analysis &analysis, QString *error)
{
    GraphExportOptions options;
    options.packageDepth = legibleDepth(analysis);
    options.includeExternal = false;
    const ImportGraph shown = exportedGraph(analysis, options);
    options.title = tr("%1: import graph, %2 modules, %3 import edges shown (%4)")
                        .arg(analysis.scan.projectName)
                        .arg(analysis.scan.files.size())
                        .arg(shown.edgeCount())
                        .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    const GraphvizResult result = renderDot(toDot(analysis, options), "dot", "svg");
    if (result.output.isEmpty() && error)
        *error = result.error;
    return result.output;
}

} // namespace headroom
