#include "metricchoice.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

// The customary McCabe threshold above which a function is hard to test and read.
constexpr double ComplexityThreshold = 10.0;
// LCOM4: 1 is one whole, 2 already two classes in one; past 4 parts every class is as bad.
constexpr double Lcom4Threshold = 1.5;
constexpr double Lcom4Saturated = 4.0;

double budgetExcess(const Metrics &metrics, int node)
{
    int excess = 0;
    for (const Finding &f : metrics.findings) {
        if (f.node == node)
            excess = std::max(excess, f.excess);
    }
    return excess;
}

} // namespace

QList<Metric> MetricChoice::all()
{
    QList<Metric> out;
    for (const EnumKey<Metric> &k : keyTable(Metric{}))
        out << k.value;
    return out;
}

QString MetricChoice::name(Metric metric)
{
    switch (metric) {
    case Metric::Level:
        return tr("Level");
    case Metric::ModuleCohesion:
        return tr("Module cohesion");
    case Metric::RelationalCohesion:
        return tr("Relational cohesion");
    case Metric::Instability:
        return tr("Instability");
    case Metric::Abstractness:
        return tr("Abstractness");
    case Metric::Distance:
        return tr("Distance from the main sequence");
    case Metric::FanIn:
        return tr("Imported by");
    case Metric::FanOut:
        return tr("Imports");
    case Metric::Sloc:
        return tr("Size");
    case Metric::Complexity:
        return tr("Highest complexity");
    case Metric::BudgetExcess:
        return tr("Over budget");
    case Metric::ClassLcom4:
        return tr("Class cohesion (LCOM4)");
    case Metric::Churn:
        return tr("Churn");
    case Metric::Hotspot:
        return tr("Hotspot");
    }
    return {};
}

QString MetricChoice::unit(Metric metric)
{
    switch (metric) {
    case Metric::Level:
        return tr("levels");
    case Metric::ModuleCohesion:
        return tr("parts");
    case Metric::FanIn:
    case Metric::FanOut:
        return tr("modules");
    case Metric::Sloc:
        return tr("lines of code");
    case Metric::Complexity:
        return tr("paths");
    case Metric::BudgetExcess:
        return tr("items over");
    case Metric::Churn:
        return tr("commits");
    case Metric::Hotspot:
        return tr("commits \u00d7 paths");
    case Metric::RelationalCohesion:
    case Metric::Instability:
    case Metric::Abstractness:
    case Metric::Distance:
    case Metric::ClassLcom4: // its name says LCOM4, its description counts parts
        return {};
    }
    return {};
}

QString MetricChoice::description(Metric metric)
{
    switch (metric) {
    case Metric::Level:
        return tr("0 imports nothing of the project; each level imports the one below.");
    case Metric::ModuleCohesion:
        return tr("Groups of top-level definitions that do not use each other; 1 is cohesive.");
    case Metric::RelationalCohesion:
        return tr("(imports among members + 1) / members; under 1.5 the members barely relate.");
    case Metric::Instability:
        return tr("Imports / (imports + importers): 0 is depended upon, 1 depends on others.");
    case Metric::Abstractness:
        return tr("Abstract classes / classes.");
    case Metric::Distance:
        return tr("|abstractness + instability - 1|: 0 is balanced, 1 is rigid or useless.");
    case Metric::FanIn:
        return tr("Project modules that import it.");
    case Metric::FanOut:
        return tr("Project modules it imports.");
    case Metric::Sloc:
        return tr("Source lines that are not blank or comments.");
    case Metric::Complexity:
        return tr("Cyclomatic complexity of its most complex function.");
    case Metric::BudgetExcess:
        return tr("How far past the head budget it has grown.");
    case Metric::ClassLcom4:
        return tr("LCOM4 of its least cohesive class: 1 is one whole, 2 or more are unrelated "
                  "parts in one class (4 and more all in the darkest red).");
    case Metric::Churn:
        return tr("Commits that changed its files in the churn window (git, first parents).");
    case Metric::Hotspot:
        return tr("Churn times the summed complexity of its functions: where frequent change "
                  "meets complicated code.");
    }
    return {};
}

QString MetricChoice::reading(Metric metric)
{
    switch (metric) {
    case Metric::Level:
        return tr("0 the foundation, high far above it");
    case Metric::ModuleCohesion:
        return tr("1 cohesive, 2 or more unrelated parts");
    case Metric::RelationalCohesion:
        return tr("low: members barely relate");
    case Metric::Instability:
        return tr("0 depended upon, 1 depends on others");
    case Metric::Abstractness:
        return tr("0 concrete, 1 abstract");
    case Metric::Distance:
        return tr("0 balanced, 1 rigid or useless");
    case Metric::FanIn:
        return tr("high: many modules import it");
    case Metric::FanOut:
        return tr("high: it imports many modules");
    case Metric::Sloc:
        return tr("high: large");
    case Metric::Complexity:
        return tr("over %1: hard to test").arg(ComplexityThreshold);
    case Metric::BudgetExcess:
        return tr("0 within the budget, high far over it");
    case Metric::ClassLcom4:
        return tr("1 cohesive, 2 or more a class of unrelated parts");
    case Metric::Churn:
        return tr("high: changed often");
    case Metric::Hotspot:
        return tr("high: complex and changed often");
    }
    return {};
}

QString MetricChoice::colourTitle(Metric metric)
{
    return tr("Colour: %1 (%2)").arg(name(metric), reading(metric));
}

std::optional<double> MetricChoice::value(Metric metric, const Metrics &metrics,
                                          const ImportGraph &graph, int node)
{
    if (node < 0 || node >= graph.nodeCount() || !graph.isInternal(node) ||
        std::size_t(node) >= metrics.nodes.size())
        return std::nullopt;
    const NodeMetrics &m = metrics.nodes[std::size_t(node)];
    const bool hasCode = m.files > 0;
    switch (metric) {
    case Metric::Level:
        return m.level >= 0 ? std::optional<double>(m.level) : std::nullopt;
    case Metric::ModuleCohesion:
        return m.moduleCohesion > 0 ? std::optional<double>(m.moduleCohesion) : std::nullopt;
    case Metric::RelationalCohesion:
        return graph.node(node).children.empty() ? std::nullopt
                                                 : std::optional<double>(m.relationalCohesion);
    case Metric::Instability:
        return m.instability;
    case Metric::Abstractness:
        return m.classes > 0 ? std::optional<double>(m.abstractness) : std::nullopt;
    case Metric::Distance:
        return m.distance;
    case Metric::FanIn:
        return m.ca;
    case Metric::FanOut:
        return m.ce;
    case Metric::Sloc:
        return hasCode ? std::optional<double>(m.sloc) : std::nullopt;
    case Metric::Complexity:
        return hasCode ? std::optional<double>(m.maxComplexity) : std::nullopt;
    case Metric::BudgetExcess:
        return budgetExcess(metrics, node);
    case Metric::ClassLcom4:
        return m.worstClassLcom4 > 0 ? std::optional<double>(m.worstClassLcom4) : std::nullopt;
    case Metric::Churn:
        return metrics.churnCounted && hasCode ? std::optional<double>(m.churn) : std::nullopt;
    case Metric::Hotspot:
        return metrics.churnCounted && hasCode ? std::optional<double>(double(m.hotspot))
                                               : std::nullopt;
    }
    return std::nullopt;
}

HeatScale MetricChoice::scale(Metric metric, const Metrics &metrics, const ImportGraph &graph,
                              const HeadBudget &budget)
{
    double lo = 0.0;
    double hi = 0.0;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (const auto v = value(metric, metrics, graph, i))
            hi = std::max(hi, *v);
    }
    using K = HeatScale::Kind;
    switch (metric) {
    case Metric::Level:
        // Levels past the budget are the ones to see: diverge at the budget's level.
        return HeatScale(K::Diverging, lo, std::max(hi, double(budget.depth)), budget.depth - 1);
    case Metric::ModuleCohesion:
        return HeatScale(K::Diverging, 0.0, std::max(hi, 3.0), 1.0);
    case Metric::RelationalCohesion:
        return HeatScale(K::Sequential, 0.0, std::max(hi, 1.0));
    case Metric::Instability:
    case Metric::Abstractness:
    case Metric::Distance:
        return HeatScale(K::Sequential, 0.0, 1.0);
    case Metric::FanIn:
    case Metric::FanOut:
        return HeatScale(K::Diverging, 0.0, std::max(hi, double(budget.moduleImports) * 2),
                         budget.moduleImports);
    case Metric::Sloc:
        return HeatScale(K::Sequential, 0.0, std::max(hi, 1.0));
    case Metric::Complexity:
        return HeatScale(K::Diverging, 1.0, std::max(hi, ComplexityThreshold * 2),
                         ComplexityThreshold);
    case Metric::BudgetExcess:
        return HeatScale(K::Sequential, 0.0, std::max(hi, 1.0));
    case Metric::ClassLcom4:
        // Not around the budget: 1 is the one good value (blue), every part more is a class
        // too many (orange to red), whatever the largest value of the project.
        return HeatScale(K::Diverging, 1.0, Lcom4Saturated, Lcom4Threshold);
    case Metric::Churn:
    case Metric::Hotspot:
        return HeatScale(K::Sequential, 0.0, std::max(hi, 1.0));
    }
    return {};
}

bool MetricChoice::higherIsWorse(Metric metric)
{
    return metric != Metric::RelationalCohesion && metric != Metric::Abstractness;
}

QString MetricChoice::format(Metric metric, double value)
{
    switch (metric) {
    case Metric::RelationalCohesion:
    case Metric::Instability:
    case Metric::Abstractness:
    case Metric::Distance:
        return QLocale().toString(value, 'f', 2);
    case Metric::ClassLcom4: // whole parts, and the scale's threshold between them
        return value == std::floor(value) ? QLocale().toString(qRound64(value))
                                          : QLocale().toString(value, 'f', 1);
    default:
        return QLocale().toString(qRound64(value));
    }
}

} // namespace headroom
