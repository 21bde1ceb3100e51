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
    out.push_back(depth);

    for (std::size_t i = 0; i < m.cycles.size(); ++i) {
        const Cycle &c = m.cycles[i];
        Step step;
        step.node = c.members.front();
        step.panel = Panel::Cycles;
        QStringList names;
        for (const int n : c.members)
            names << g.node(n).name;
        step.text = tr("Cycle %1 of %2: %3; cut %n import(s) to break it", nullptr,
                       int(c.breakingSet.size()))
                        .arg(i + 1)
                        .arg(m.cycles.size())
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
    out.push_back(cohesion);

    Step budget;
    budget.panel = Panel::Findings;
    budget.metric = Metric::BudgetExcess;
    budget.text = tr("%n item(s) over the head budget", nullptr, int(m.findings.size()));
    for (const Finding &f : m.findings) {
        if (f.node >= 0) {
            budget.node = f.node;
            break;
        }
    }
    out.push_back(budget);
    return out;
}

} // namespace headroom
