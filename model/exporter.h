#pragma once

#include "analysis.h"
#include "review.h"

#include <QByteArray>

namespace headroom {

struct GraphExportOptions
{
    int packageDepth = 0;        // 0: module level; N: packages merged to N dotted components
    bool includeExternal = true; // stdlib / third-party nodes and the edges to them
    QString title;               // DOT only: a label drawn above the graph (words from the caller)
};

// The graph an export shows: the module graph, or its projection to packages.
[[nodiscard]] ImportGraph exportedGraph(const Analysis &analysis, const GraphExportOptions &options);

// Machine-readable forms of an analysis; formats documented in the README. The Review
// forms carry every metric; the GraphExportOptions forms build a review with the settings
// of the project's pyproject.toml.
[[nodiscard]] QByteArray toJson(const Analysis &analysis, const Review &review);
[[nodiscard]] QByteArray toJson(const Analysis &analysis, const GraphExportOptions &options);
[[nodiscard]] QByteArray toDot(const Analysis &analysis, const Review &review, const QString &title = {});
[[nodiscard]] QByteArray toDot(const Analysis &analysis, const GraphExportOptions &options);

[[nodiscard]] ReviewOptions reviewOptions(const Analysis &analysis, const GraphExportOptions &options);

[[nodiscard]] const char *nodeKindKey(NodeKind kind);
[[nodiscard]] const char *originKey(Origin origin);
[[nodiscard]] const char *importKindKey(ImportKind kind);
[[nodiscard]] const char *budgetCheckKey(BudgetCheck check);
[[nodiscard]] const char *contractStatusKey(ContractStatus status);

// A DOT identifier: the text in double quotes, quotes and backslashes escaped.
[[nodiscard]] QByteArray dotQuoted(const QString &text);

// "pkg/a.py:12" for a site.
[[nodiscard]] QString siteText(const Analysis &analysis, const ImportSite &site);
// A cycle's chain as the README shows it: "a.py:12", "b.py:40", "a.py" (each import's
// file and line, then the file the chain returns to).
[[nodiscard]] QStringList chainText(const Analysis &analysis, const ImportGraph &graph,
                                    const std::vector<int> &chain);

} // namespace headroom
