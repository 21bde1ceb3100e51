#include "summary.h"

#include "cohesion.h"
#include "diagnostictext.h"
#include "exporter.h"
#include "metrics.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace headroom {

namespace {
constexpr int ShownItems = 10;
const QString Arrow = QStringLiteral(" \u2192 ");
} // namespace

QString Summary::cycleLine(const Analysis &analysis, const Review &review, int index)
{
    const Cycle &c = review.metrics.cycles[std::size_t(index)];
    const ImportGraph &g = review.graph;
    QString line = tr("Cycle %1 (%n module(s)): ", nullptr, int(c.members.size())).arg(index + 1);
    line += c.chains.empty()
                ? QString()
                : chainText(analysis, g, c.chains.front(), PathBase::Package).join(Arrow);
    QStringList cuts;
    for (const int e : c.breakingSet) {
        const Edge &edge = g.edge(e);
        QStringList sites;
        for (const ImportSite &s : edge.sites)
            sites << siteText(analysis, s, PathBase::Package);
        cuts << tr("%1 imports %2 (%3)")
                    .arg(g.node(edge.source).name, g.node(edge.target).name,
                         sites.join(QLatin1String(", ")));
    }
    // One import on the line; several one to a line, as a reader ticks them off.
    if (cuts.size() <= 1) {
        line += QLatin1Char('\n') +
                (c.exact ? tr("  cut to break it: %1")
                         : tr("  cut to break it (near-smallest, found by heuristic): %1"))
                    .arg(cuts.value(0));
        return line;
    }
    line += QLatin1Char('\n') +
            (c.exact ? tr("  cut these %n imports to break it:", nullptr, int(cuts.size()))
                     : tr("  cut these %n imports to break it (near-smallest, found by "
                          "heuristic):",
                          nullptr, int(cuts.size())));
    for (const QString &cut : std::as_const(cuts))
        line += QStringLiteral("\n    ") + cut;
    return line;
}

QString Summary::findingLine(const Review &review, const Finding &f)
{
    QString what;
    if (f.classIndex >= 0)
        what = review.metrics.classes[std::size_t(f.classIndex)].qualifiedName;
    else if (f.node >= 0)
        what = review.graph.node(f.node).name;
    else
        what = tr("the project");
    return tr("%1 has %2 %3, %4 over the budget of %5")
        .arg(what)
        .arg(f.value)
        .arg(FindingText::checkName(f.check))
        .arg(f.excess)
        .arg(f.limit);
}

QString Summary::contractLine(const ContractResult &r)
{
    switch (r.status) {
    case ContractStatus::Kept:
        return tr("Contract \"%1\" (%2): kept").arg(r.config.name, r.config.type);
    case ContractStatus::Broken:
        return tr("Contract \"%1\" (%2): BROKEN by %n import chain(s)", nullptr,
                  int(r.violations.size()))
            .arg(r.config.name, r.config.type);
    case ContractStatus::NotChecked:
        return tr("Contract \"%1\": type \"%2\" is not checked by Headroom")
            .arg(r.config.name, r.reason);
    case ContractStatus::Invalid:
        return tr("Contract \"%1\" (%2): invalid, %3 is missing")
            .arg(r.config.name, r.config.type, r.reason);
    }
    return {};
}

QString Summary::violationLine(const Analysis &analysis, const ContractViolation &v)
{
    QStringList steps;
    for (const int e : v.chain) {
        const Edge &edge = analysis.graph.edge(e);
        steps << analysis.graph.node(edge.source).name + QLatin1String(" (") +
                     siteText(analysis, edge.sites.front(), PathBase::Package) + QLatin1Char(')');
    }
    steps << analysis.graph.node(analysis.graph.edge(v.chain.back()).target).name;
    return tr("  %1 must not import %2: %3").arg(v.from, v.to, steps.join(Arrow));
}

std::vector<Diagnostic> Summary::configProblems(const Analysis &analysis, const Review &review,
                                                bool contracts)
{
    std::vector<Diagnostic> problems;
    auto add = [&problems](const std::vector<Diagnostic> &from) {
        for (const Diagnostic &d : from) {
            if (d.code == DiagnosticCode::ConfigError &&
                std::find(problems.begin(), problems.end(), d) == problems.end())
                problems.push_back(d);
        }
    };
    add(analysis.diagnostics);
    add(review.options.settings.diagnostics);
    if (contracts)
        add(review.contractConfig.diagnostics);
    return problems;
}

namespace {

// Depth, the longest chain and the modules past the budget's depth.
void writeLevels(QTextStream &s, const Review &review)
{
    const Metrics &m = review.metrics;
    const ImportGraph &g = review.graph;
    const HeadBudget &budget = review.options.settings.metrics.budget;
    s << Summary::tr("Depth: %1 levels (budget %2)").arg(m.depth).arg(budget.depth) << Qt::endl;
    QStringList chain;
    for (const int n : m.longestChain)
        chain << g.node(n).name;
    if (!chain.isEmpty())
        s << Summary::tr("Longest import chain: %1").arg(chain.join(Arrow)) << Qt::endl;
    // Modules whose level is past the budget: a reader needs more layers than fit in mind.
    QStringList above;
    for (int i = 0; i < g.nodeCount(); ++i) {
        if (g.isInternal(i) && m.nodes[std::size_t(i)].level >= budget.depth)
            above << g.node(i).name;
    }
    if (above.isEmpty())
        return;
    s << Summary::tr("%n module(s) above level %1, the budget:", nullptr, int(above.size()))
             .arg(budget.depth - 1)
      << QLatin1Char(' ') << above.mid(0, ShownItems).join(QLatin1String(", "));
    if (above.size() > ShownItems)
        s << Summary::tr(", and %n more", nullptr, int(above.size()) - ShownItems);
    s << Qt::endl;
}

void writeCycles(QTextStream &s, const Analysis &analysis, const Review &review)
{
    const int cycles = int(review.metrics.cycles.size());
    if (cycles == 0)
        s << Summary::tr("No import cycles.") << Qt::endl;
    else
        s << Summary::tr("%n import cycle(s):", nullptr, cycles) << Qt::endl;
    for (int i = 0; i < cycles && i < ShownItems; ++i)
        s << Summary::cycleLine(analysis, review, i) << Qt::endl;
    if (cycles > ShownItems)
        s << Summary::tr("and %n more cycle(s)", nullptr, cycles - ShownItems) << Qt::endl;
}

// What the parts of a class are: how many hold several methods, how many methods stand alone
// (a class of many parts and methods alone is a namespace of functions).
QString partsText(const Analysis &analysis, const ClassMetrics &c, const CallGraph *calls)
{
    if (c.file < 0 || std::size_t(c.file) >= analysis.facts.size())
        return {};
    int several = 0;
    int alone = 0;
    for (const CohesionPart &part : cohesionParts(analysis.facts[std::size_t(c.file)], c.definition,
                                                  resolvedUsesIn(calls, c.file)))
        ++(part.methods.size() > 1 ? several : alone);
    QStringList said;
    if (several > 0)
        said << Summary::tr("%n part(s) of several methods", nullptr, several);
    if (alone > 0)
        said << Summary::tr("%n method(s) alone", nullptr, alone);
    return said.isEmpty() ? QString() : QStringLiteral("; ") + said.join(QLatin1String(", "));
}

// The least cohesive classes: most parts first.
void writeClasses(QTextStream &s, const Analysis &analysis, const Metrics &m,
                  const CallGraph *calls)
{
    std::vector<const ClassMetrics *> classes;
    for (const ClassMetrics &c : m.classes) {
        if (c.lcom4 > 1)
            classes.push_back(&c);
    }
    std::stable_sort(classes.begin(), classes.end(),
                     [](auto *a, auto *b) { return a->lcom4 > b->lcom4; });
    const int count = int(classes.size());
    if (count == 0)
        s << Summary::tr("Every class is cohesive (LCOM4 of 1 or less).") << Qt::endl;
    else
        s << Summary::tr("Classes that hold several unrelated parts (LCOM4):") << Qt::endl;
    for (int i = 0; i < count && i < ShownItems; ++i) {
        const ClassMetrics &c = *classes[std::size_t(i)];
        // Without instance attributes there is no share to take: not a perfect 100%.
        const QString line =
            c.cohesion ? Summary::tr("  %1: %2 parts, %3 methods, cohesion %4%")
                             .arg(c.qualifiedName)
                             .arg(c.lcom4)
                             .arg(c.methods)
                             .arg(qRound(*c.cohesion * 100))
                       : Summary::tr("  %1: %2 parts, %3 methods, cohesion n/a (no instance "
                                     "attributes)")
                             .arg(c.qualifiedName)
                             .arg(c.lcom4)
                             .arg(c.methods);
        s << line << partsText(analysis, c, calls) << Qt::endl;
    }
    if (count > ShownItems)
        s << Summary::tr("  and %n more class(es)", nullptr, count - ShownItems) << Qt::endl;
}

void writeFindings(QTextStream &s, const Review &review)
{
    constexpr int Shown = ShownItems * 2;
    const std::vector<Finding> &findings = review.metrics.findings;
    const int count = int(findings.size());
    if (count == 0)
        s << Summary::tr("Nothing has grown past the head budget.") << Qt::endl;
    else
        s << Summary::tr("%n item(s) over the head budget:", nullptr, count) << Qt::endl;
    for (int i = 0; i < count && i < Shown; ++i)
        s << QLatin1String("  ") << Summary::findingLine(review, findings[std::size_t(i)])
          << Qt::endl;
    if (count > Shown)
        s << Summary::tr("  and %n more item(s)", nullptr, count - Shown) << Qt::endl;
}

void writeContracts(QTextStream &s, const Analysis &analysis, const Review &review)
{
    s << Summary::tr("Import-linter contracts (%1):").arg(review.contractConfig.file) << Qt::endl;
    for (const ContractResult &r : review.contracts) {
        s << QLatin1String("  ") << Summary::contractLine(r) << Qt::endl;
        const int count = int(r.violations.size());
        for (int i = 0; i < count && i < ShownItems; ++i)
            s << QLatin1String("  ")
              << Summary::violationLine(analysis, r.violations[std::size_t(i)]) << Qt::endl;
        if (count > ShownItems)
            s << Summary::tr("    and %n more chain(s)", nullptr, count - ShownItems) << Qt::endl;
    }
}

} // namespace

QString Summary::text(const Analysis &analysis, const Review &review, const CallGraph *calls)
{
    const Metrics &m = review.metrics;
    QString out;
    QTextStream s(&out);
    s << tr("Headroom review of %1: %n file(s)", nullptr, int(analysis.scan.files.size()))
             .arg(analysis.scan.projectName)
      << DiagnosticText::excludedFiles(analysis.scan.excluded.size()) << Qt::endl
      << Qt::endl;

    const std::vector<Diagnostic> config = configProblems(analysis, review, true);
    if (!config.empty()) {
        s << tr("%n setting(s) could not be read as written; defaults stand in for them:", nullptr,
                int(config.size()))
          << Qt::endl;
        for (const Diagnostic &d : config)
            s << QLatin1String("  ") << DiagnosticText::line(d) << Qt::endl;
        s << Qt::endl;
    }

    writeLevels(s, review);
    s << Qt::endl;
    writeCycles(s, analysis, review);
    s << Qt::endl;
    writeClasses(s, analysis, m, calls);
    s << Qt::endl;
    writeFindings(s, review);
    if (!review.contracts.empty()) {
        s << Qt::endl;
        writeContracts(s, analysis, review);
    }

    int problems = 0;
    for (const Diagnostic &d : analysis.diagnostics)
        problems += severityOf(d.code) != Severity::Info && d.code != DiagnosticCode::ConfigError;
    s << Qt::endl
      << tr("Coupling: average component dependency %1, propagation cost %2%")
             .arg(QLocale().toString(m.acd, 'f', 1))
             .arg(QLocale().toString(m.propagationCost * 100, 'f', 1))
      << Qt::endl;
    if (problems > 0)
        s << tr("%n file problem(s), listed on standard error.", nullptr, problems) << Qt::endl;
    return out;
}

} // namespace headroom
