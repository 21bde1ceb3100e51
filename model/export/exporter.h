#pragma once

#include "analysis.h"
#include "review.h"

#include <QByteArray>

namespace headroom {

// Machine-readable forms of a review; formats documented in the README.
[[nodiscard]] QByteArray toJson(const Analysis &analysis, const Review &review);
[[nodiscard]] QByteArray toDot(const Analysis &analysis, const Review &review, const QString &title = {});

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
