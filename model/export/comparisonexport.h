#pragma once

#include "comparison.h"

#include <QByteArray>
#include <QJsonObject>

namespace headroom {

class GitRevision;

// One side of a comparison: a revision, or the work tree (null).
[[nodiscard]] QJsonObject comparedStateJson(const GitRevision *revision);

// The JSON of `headroom diff` (documented in the README, "Diff").
[[nodiscard]] QByteArray comparisonJson(const Comparison &c, const GitRevision *from,
                                        const GitRevision *to);

} // namespace headroom
