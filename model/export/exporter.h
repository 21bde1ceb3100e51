#pragma once

#include "analysis.h"
#include "review.h"

#include <QByteArray>

namespace headroom {

class JsonWriter;

// Machine-readable forms of a review; formats documented in the README. The DOT marks cycle
// members class="cycle" and the edges of every breaking set class="cut". writeJson() writes
// the JSON into `json`, which may hand it on piece by piece.
void writeJson(JsonWriter &json, const Analysis &analysis, const Review &review);
[[nodiscard]] QByteArray toJson(const Analysis &analysis, const Review &review);
[[nodiscard]] QByteArray toDot(const Analysis &analysis, const Review &review,
                               const QString &title = {});

// Where a path starts. The JSON's paths are relative to the analysed folder; the text a
// person reads starts at the folder that holds the top-level package, so that an analysed
// folder that is itself a package keeps its name: "django/__init__.py", not "__init__.py".
enum class PathBase
{
    Folder,
    Package
};

// A scanned file's path from `base`.
[[nodiscard]] QString pathText(const Analysis &analysis, int file, PathBase base);
// "pkg/a.py:12" for a site.
[[nodiscard]] QString siteText(const Analysis &analysis, const ImportSite &site,
                               PathBase base = PathBase::Folder);
// A cycle's chain as the README shows it: "a.py:12", "b.py:40", "a.py" (each import's
// file and line, then the file the chain returns to).
[[nodiscard]] QStringList chainText(const Analysis &analysis, const ImportGraph &graph,
                                    const std::vector<int> &chain,
                                    PathBase base = PathBase::Folder);

} // namespace headroom
