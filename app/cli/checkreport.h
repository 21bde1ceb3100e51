#pragma once

#include "analysis.h"
#include "review.h"

#include <QCoreApplication>
#include <QString>

namespace headroom {

// `headroom check`: each rule of the review's CheckRules, passed or failed, with the
// failing items and their import sites.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    // Sets *exitCode to 0 when every rule passes, 1 otherwise.
    [[nodiscard]] static QString text(const Analysis &analysis, const Review &review,
                                      int *exitCode);
};

} // namespace headroom
