#pragma once

#include "metricchoice.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace headroom {

// The steps of a design review meeting in presentation mode: the depth and the longest
// chain, each cycle, the least cohesive class, the budget findings.
class ReviewWalk
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWalk)

public:
    enum class Panel
    {
        None,
        Cycles,
        Findings
    };
    struct Step
    {
        int tab = 0;                   // 0 graph, 1 matrix, 2 treemap, 3 tables
        Metric metric = Metric::Level; // what colours the pictures
        int node = -1;                 // the module to select, -1 for none
        std::vector<int> shows;        // what it presents (a chain, a cycle): the picture fits it
        Panel panel = Panel::None;     // the dock to raise
        QString text;                  // what the presenter says
    };

    // With `picture`, the depth, the chain and the cycles are the picture's (what the panels
    // and the status bar describe); nodes are still the snapshot's (found by name).
    [[nodiscard]] static std::vector<Step> steps(const Snapshot &snapshot,
                                                 const PictureFacts *picture = nullptr);
};

} // namespace headroom
