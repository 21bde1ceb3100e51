#include "checkreport.h"

#include "diagnostictext.h"
#include "summary.h"

#include <QTextStream>

namespace headroom {

QString CheckReport::text(const Analysis &analysis, const Review &review, int *exitCode)
{
    const CheckRules &rules = review.options.settings.check;
    const Metrics &m = review.metrics;
    QString out;
    QTextStream s(&out);
    int failed = 0;

    // Rules read from a configuration that says something else than meant would pass or fail
    // by the defaults: the run fails and says what could not be read.
    const std::vector<Diagnostic> config =
        Summary::configProblems(analysis, review, rules.contracts);
    if (!config.empty()) {
        ++failed;
        s << tr("FAIL configuration: %n setting(s) could not be read as written", nullptr,
                int(config.size()))
          << Qt::endl;
        for (const Diagnostic &d : config)
            s << QLatin1String("  ") << DiagnosticText::line(d) << Qt::endl;
    }

    const int cycles = int(m.cycles.size());
    if (rules.maxCycles >= 0 && cycles > rules.maxCycles) {
        ++failed;
        s << tr("FAIL cycles: %n import cycle(s), %1 allowed", nullptr, cycles).arg(rules.maxCycles)
          << Qt::endl;
        // Indented whole, so that each cycle's cut stays under its chain.
        for (int i = 0; i < cycles; ++i)
            s << QLatin1String("  ")
              << Summary::cycleLine(analysis, review, i).replace(u'\n', QLatin1String("\n  "))
              << Qt::endl;
    } else {
        s << tr("ok   cycles: %n", nullptr, cycles) << Qt::endl;
    }

    const int maxDepth =
        rules.maxDepth > 0 ? rules.maxDepth : review.options.settings.metrics.budget.depth;
    if (rules.maxDepth != -1) {
        if (m.depth > maxDepth) {
            ++failed;
            QStringList chain;
            for (const int n : m.longestChain)
                chain << review.graph.node(n).name;
            s << tr("FAIL depth: %1 levels, %2 allowed").arg(m.depth).arg(maxDepth) << Qt::endl
              << tr("  longest import chain: %1").arg(chain.join(QStringLiteral(" \u2192 ")))
              << Qt::endl;
        } else {
            s << tr("ok   depth: %1 levels").arg(m.depth) << Qt::endl;
        }
    }

    if (rules.contracts && !review.contracts.empty()) {
        int broken = 0;
        for (const ContractResult &r : review.contracts)
            broken += r.status == ContractStatus::Broken || r.status == ContractStatus::Invalid;
        if (broken > 0) {
            ++failed;
            s << tr("FAIL contracts: %1 of %n broken or invalid", nullptr,
                    int(review.contracts.size()))
                     .arg(broken)
              << Qt::endl;
        } else {
            s << tr("ok   contracts: %n kept", nullptr, int(review.contracts.size())) << Qt::endl;
        }
        for (const ContractResult &r : review.contracts) {
            s << QLatin1String("  ") << Summary::contractLine(r) << Qt::endl;
            for (const ContractViolation &v : r.violations)
                s << QLatin1String("  ") << Summary::violationLine(analysis, v) << Qt::endl;
        }
    }

    const int findings = int(m.findings.size());
    if (rules.maxFindings >= 0 && findings > rules.maxFindings) {
        ++failed;
        s << tr("FAIL budget: %n item(s) over the head budget, %1 allowed", nullptr, findings)
                 .arg(rules.maxFindings)
          << Qt::endl;
        for (const Finding &f : m.findings)
            s << QLatin1String("  ") << Summary::findingLine(review, f) << Qt::endl;
    } else {
        s << tr("ok   budget: %n item(s) over the head budget", nullptr, findings) << Qt::endl;
    }

    s << (failed ? tr("%n rule(s) failed.", nullptr, failed) : tr("All rules pass.")) << Qt::endl;
    *exitCode = failed ? 1 : 0;
    return out;
}

} // namespace headroom
