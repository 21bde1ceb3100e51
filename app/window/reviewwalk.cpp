#include "reviewwalk.h"

namespace headroom {

std::vector<ReviewWalk::Step> ReviewWalk::steps(const Snapshot &snapshot,
                                                const PictureFacts *picture)
{
    const bool shown = picture && picture->graph && picture->metrics;
    const Metrics &m = shown ? *picture->metrics : snapshot.review.metrics;
    const ImportGraph &g = shown ? *picture->graph : snapshot.graph();
    // The snapshot's node of a picture node (a package box is its package's node).
    const auto toSnapshot = [&](int node) {
        return node < 0 || !shown ? node : snapshot.graph().find(g.node(node).name);
    };
    const auto allToSnapshot = [&](const std::vector<int> &nodes) {
        std::vector<int> out;
        for (const int n : nodes) {
            if (const int s = toSnapshot(n); s >= 0)
                out.push_back(s);
        }
        return out;
    };
    std::vector<Step> out;

    Step depth;
    depth.text = tr("Depth: %1 levels against a budget of %2")
                     .arg(m.depth)
                     .arg(snapshot.review.options.settings.metrics.budget.depth);
    depth.node = m.longestChain.empty() ? -1 : toSnapshot(m.longestChain.front());
    depth.shows = allToSnapshot(m.longestChain);
    out.push_back(depth);

    for (std::size_t i = 0; i < m.cycles.size(); ++i) {
        const Cycle &c = m.cycles[i];
        Step step;
        step.node = toSnapshot(c.members.front());
        step.shows = allToSnapshot(c.members);
        step.panel = Panel::Cycles;
        // A few members by name: the step is read aloud, the Cycles panel has them all.
        constexpr std::size_t MaxNamed = 5;
        QStringList names;
        for (std::size_t k = 0; k < c.members.size() && k < MaxNamed; ++k)
            names << g.node(c.members[k]).name;
        if (c.members.size() > MaxNamed)
            names << QStringLiteral("\u2026");
        step.text = tr("Cycle %1 of %2, %3 members: %4; cut %n import(s) to break it", nullptr,
                       int(c.breakingSet.size()))
                        .arg(i + 1)
                        .arg(m.cycles.size())
                        .arg(c.members.size())
                        .arg(names.join(QStringLiteral(" \u2194 ")));
        out.push_back(step);
    }

    const ClassMetrics *worst = nullptr;
    const Metrics &modules = snapshot.review.metrics;
    for (const ClassMetrics &c : modules.classes) {
        if (c.lcom4 > 1 && (!worst || c.lcom4 > worst->lcom4))
            worst = &c;
    }
    Step cohesion;
    cohesion.tab = 2;
    cohesion.metric = Metric::ModuleCohesion;
    if (worst) {
        cohesion.node = snapshot.graph().find(snapshot.analysis->file(worst->file).module);
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
    budget.text = tr("%n item(s) over the head budget", nullptr, int(modules.findings.size()));
    for (const Finding &f : modules.findings) {
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
