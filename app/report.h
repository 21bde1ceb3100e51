#pragma once

#include "analysis.h"

#include <QByteArray>
#include <QCoreApplication>

namespace headroom {

// The project's import graph as an SVG picture: the deepest package projection that stays
// legible (at most MaxReportNodes boxes), titled with the project, date and counts.
inline constexpr int MaxReportNodes = 60;

class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    [[nodiscard]] static int legibleDepth(const Analysis &analysis);
    [[nodiscard]] static QByteArray svg(const Analysis &analysis, QString *error);
};

[[nodiscard]] inline QByteArray reportSvg(const Analysis &analysis, QString *error)
{
    return Report::svg(analysis, error);
}

} // namespace headroom
