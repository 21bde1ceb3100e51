#pragma once

#include "analysis.h"
#include "review.h"

#include <QByteArray>

namespace headroom {

// Machine-readable forms of a review; formats documented in the README. The DOT marks cycle
// members class="cycle" and the edges of every breaking set class="cut".
[[nodiscard]] QByteArray toJson(const Analysis &analysis, const Review &review);
[[nodiscard]] QByteArray toDot(const Analysis &analysis, const Review &review,
                               const QString &title = {});

// "pkg/a.py:12" for a site.
[[nodiscard]] QString siteText(const Analysis &analysis, const ImportSite &site);
// A cycle's chain as the README shows it: "a.py:12", "b.py:40", "a.py" (each import's
// file and line, then the file the chain returns to).
[[nodiscard]] QStringList chainText(const Analysis &analysis, const ImportGraph &graph,
                                    const std::vector<int> &chain);

} // namespace headroom
