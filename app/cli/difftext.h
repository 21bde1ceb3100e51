#pragma once

#include "comparison.h"

#include <QCoreApplication>
#include <QString>

namespace headroom {

class GitRevision;

// `headroom diff` as text: what a change did to the structure, section by section.
class DiffReport
{
    Q_DECLARE_TR_FUNCTIONS(DiffReport)

public:
    // "HEAD~1 (1a2b3c4 Add checkout)", or "the work tree" for null.
    [[nodiscard]] static QString stateName(const GitRevision *revision);
    // Paths start at the folder that holds the top-level package, as in every text report:
    // `packagePrefix` is the analysed folder's own package name when it is one.
    [[nodiscard]] static QString text(Comparison c, const GitRevision *from, const GitRevision *to,
                                      const QString &packagePrefix = {});
};

} // namespace headroom
