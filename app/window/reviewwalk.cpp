#include "reviewwalk.h"

namespace headroom {

std::vector<ReviewWalk::Step> ReviewWalk::steps(const Snapshot &snapshot)
{
    const Metrics &m = snapshot.review.metrics;
    const ImportGraph &g = snapshot.graph();
    std::vector<Step> out;

    Step depth;
    depth.text = tr("Depth: %1 levels against a budget of %2")
                     .arg(m.depth)
                     .arg(snapshot.review.options.settings.metrics.budget.depth);
    depth.node = m.longestChain.empty() ? -1 : m.longestChain.front();
    depth.shows = m.longestChain;
    out.push_back(depth);

    for (std::size_t i = 0; i < m.cycles.size(); ++i) {
        const Cycle &c = m.cycles[i];
        Step step;
        step.node = c.members.front();
        step.shows = c.members;
        step.panel = Panel::Cycles;
        // A few members by name: the step is read aloud, the Cycles panel has them all.
        constexpr std::size_t MaxNamed = 5;
        QStringList names;
        for (std::size_t k = 0; k < c.members.size() && k < MaxNamed; ++k)
            names << g.node(c.members[k]).name;
        if (c.members.size() > MaxNamed)
            names << QStringLiteral("\u2026");
        step.text = tr("Cycle %1 of %2, %3 modules: %4; cut %n import(s) to break it", nullptr,
                       int(c.breakingSet.size()))
                        .arg(i + 1)
                        .arg(m.cycles.size())
                        .arg(c.members.size())
                        .arg(names.join(QStringLiteral(" \u2194 ")));
        out.push_back(step);
    }

    const ClassMetrics *worst = nullptr;
    for (const ClassMetrics &c : m.classes) {
        if (c.lcom4 > 1 && (!worst || c.lcom4 > worst->lcom4))
            worst = &c;
    }
    Step cohesion;
    cohesion.tab = 2;
    cohesion.metric = Metric::ModuleCohesion;
    if (worst) {
        cohesion.node = g.find(snapshot.analysis->file(worst->file).module);
        cohesion.text = tr("Least cohesive class: %1 holds %2 unrelated parts")
                            .arg(worst->qualifiedName)
                            .arg(worst->lcom4);
    } else {
        cohesion.text = tr("Every class is cohesive");
    }
    if (cohesion.node >= 0)
        cohesion.shows = {cohesion.node};
    out.push_back(cohesion);

    Step budget;
    budget.panel = Panel::Findings;
    budget.metric = Metric::BudgetExcess;
    budget.text = tr("%n item(s) over the head budget", nullptr, int(m.findings.size()));
    for (const Finding &f : m.findings) {
        if (f.node >= 0) {
            budget.node = f.node;
            budget.shows = {f.node};
            break;
        }
    }
    out.push_back(budget);
    return out;
}

} // namespace headroom
