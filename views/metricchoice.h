#pragma once

#include "heatscale.h"
#include "metrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// The node metrics a picture can be coloured by; one place says their names, units, how
// to read them and which colour scale shows them, so the graph, the matrix, the treemap,
// the legends and the command line agree.
enum class Metric : std::uint8_t
{
    Level,
    ModuleCohesion,     // parts (connected components) among a module's top-level definitions
    RelationalCohesion, // H = (R + 1) / N of a package
    Instability,
    Abstractness,
    Distance,
    FanIn,  // Ca
    FanOut, // Ce
    Sloc,
    Complexity, // highest cyclomatic complexity of its functions
    BudgetExcess,
    ClassLcom4, // LCOM4 of its least cohesive class (NodeMetrics::worstClassLcom4)
    Churn,      // commits that touched its files in the churn window (--churn DAYS)
    Hotspot,    // churn times total complexity
};
// The keys of --metric and saved views, in the order menus list them.
constexpr std::array<EnumKey<Metric>, 14> keyTable(Metric)
{
    return {{{Metric::Level, "level"},
             {Metric::ModuleCohesion, "cohesion"},
             {Metric::ClassLcom4, "class-lcom4"},
             {Metric::RelationalCohesion, "relational-cohesion"},
             {Metric::Instability, "instability"},
             {Metric::Abstractness, "abstractness"},
             {Metric::Distance, "distance"},
             {Metric::FanIn, "fan-in"},
             {Metric::FanOut, "fan-out"},
             {Metric::Sloc, "sloc"},
             {Metric::Complexity, "complexity"},
             {Metric::BudgetExcess, "budget"},
             {Metric::Churn, "churn"},
             {Metric::Hotspot, "hotspot"}}};
}
static_assert(keyTableIsComplete<Metric>(14));

class MetricChoice
{
    Q_DECLARE_TR_FUNCTIONS(MetricChoice)

public:
    [[nodiscard]] static QList<Metric> all();                // in keyTable(Metric)'s order
    [[nodiscard]] static QString name(Metric metric);        // "Instability"
    [[nodiscard]] static QString unit(Metric metric);        // "imports", "" for ratios
    [[nodiscard]] static QString description(Metric metric); // how to read it, one sentence
    // What its low and high values mean, a few words: "1 cohesive, 2 or more unrelated parts".
    [[nodiscard]] static QString reading(Metric metric);
    // The colour's meaning for a picture's title: "Colour: Instability (0 stable, ...)".
    [[nodiscard]] static QString colourTitle(Metric metric);

    // The value of `metric` for graph node `node`, or nothing where it does not apply
    // (external nodes, cohesion of a namespace package).
    [[nodiscard]] static std::optional<double> value(Metric metric, const Metrics &metrics,
                                                     const ImportGraph &graph, int node);
    // The scale that colours `metric` over the values the graph holds: sequential for
    // magnitudes, diverging around the budget or a customary threshold where one exists.
    [[nodiscard]] static HeatScale scale(Metric metric, const Metrics &metrics,
                                         const ImportGraph &graph, const HeadBudget &budget);
    // Whether a higher value is worse (the legend says which end to worry about).
    [[nodiscard]] static bool higherIsWorse(Metric metric);
    // The value as the legend and the tables print it.
    [[nodiscard]] static QString format(Metric metric, double value);
};

} // namespace headroom
