#include "checkreport.h"

#include <QTextStream>

#include <algorithm>

namespace headroom {

QString CheckReport::headline(const RuleOutcome &r)
{
    const bool failed = r.status == RuleStatus::Failed;
    if (r.status == RuleStatus::NotRun)
        return {};
    switch (r.rule) {
    case CheckRule::Configuration:
        // Configuration that was read as written is no news.
        return failed ? tr("FAIL configuration: %n setting(s) could not be read as written",
                           nullptr, r.count)
                      : QString();
    case CheckRule::Cycles:
        return failed ? tr("FAIL cycles: %n import cycle(s), %1 allowed", nullptr, r.count)
                            .arg(r.limit)
                      : tr("ok   cycles: %n", nullptr, r.count);
    case CheckRule::Depth:
        return failed ? tr("FAIL depth: %1 levels, %2 allowed").arg(r.count).arg(r.limit)
                      : tr("ok   depth: %1 levels").arg(r.count);
    case CheckRule::Contracts:
        if (failed)
            return tr("FAIL contracts: %1 of %n broken or invalid", nullptr, r.total).arg(r.count);
        // Passed with broken contracts: the baseline had them.
        return r.count > 0 ? tr("ok   contracts: %1 of %n broken or invalid, as in the baseline",
                                nullptr, r.total)
                                 .arg(r.count)
                           : tr("ok   contracts: %n kept", nullptr, r.total);
    case CheckRule::Budget:
        return failed ? tr("FAIL budget: %n item(s) over the head budget, %1 allowed", nullptr,
                           r.count)
                            .arg(r.limit)
                      : tr("ok   budget: %n item(s) over the head budget", nullptr, r.count);
    }
    return {};
}

QString CheckReport::itemText(const CheckItem &item)
{
    if (!item.known)
        return item.message;
    QString text = item.message;
    const qsizetype end = text.indexOf(u'\n');
    text.insert(end < 0 ? text.size() : end, tr(" (known)"));
    return text;
}

QString CheckReport::text(const CheckOutcome &outcome)
{
    QString out;
    QTextStream s(&out);
    for (const RuleOutcome &rule : outcome.rules) {
        const QString head = headline(rule);
        if (head.isEmpty())
            continue;
        s << head << Qt::endl;
        // Every contract is listed, kept or not; other rules list their items when they fail,
        // or when some are known, to say so.
        const bool listed =
            rule.status == RuleStatus::Failed || rule.rule == CheckRule::Contracts ||
            std::any_of(rule.items.begin(), rule.items.end(), [](auto &i) { return i.known; });
        if (!listed)
            continue;
        for (const CheckItem &item : rule.items) {
            const QString indent(2 + 2 * item.level, u' ');
            // Indented whole, so that a cycle's cut stays under its chain.
            s << indent << itemText(item).replace(u'\n', u'\n' + indent) << Qt::endl;
        }
    }
    const int failed = outcome.failedRules();
    s << (failed ? tr("%n rule(s) failed.", nullptr, failed) : tr("All rules pass.")) << Qt::endl;
    return out;
}

QString CheckReport::text(const Analysis &analysis, const Review &review, int *exitCode)
{
    const CheckOutcome outcome = evaluateCheck(analysis, review);
    *exitCode = outcome.failedRules() ? 1 : 0;
    return text(outcome);
}

} // namespace headroom
