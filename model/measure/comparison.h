#pragma once

#include "analysis.h"
#include "review.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace headroom {

// Two states of one project, reviewed at the same level, compared by name: what a change did
// to its structure. Sites and chains are written as the JSON writes them (paths relative to
// the analysed folder).
struct SiteRef
{
    QString file;
    int line = 0;
};

struct EdgeChange
{
    QString source;
    QString target;
    std::vector<SiteRef> sites; // of the state that has the import
};

struct CycleChange
{
    QStringList members; // sorted
    // "a.py:12", "b.py:40", "a.py": a shortest cycle through its first member; a grown
    // cycle's through an import that was added, one that reaches a new member if it can.
    QStringList chain;
    QStringList before; // a grown cycle: the members it had
};

struct LevelChange
{
    QString module;
    int from = -1;
    int to = -1;
};

struct FindingChange
{
    QString check; // the finding's key ("module-imports")
    QString node;  // what is over the budget; "" for the project's depth
    int value = 0;
    int limit = 0;
};

struct ViolationChange
{
    QString contract;
    QString importer;  // where the illegal chain starts
    QString imported;  // where it ends
    QStringList chain; // each import's site, then the file the chain reaches
};

struct Comparison
{
    QStringList addedModules;
    QStringList removedModules;
    std::vector<EdgeChange> addedEdges;   // imports between project modules
    std::vector<EdgeChange> removedEdges; // sorted by source, then target
    // A cycle none of the earlier ones is part of is new; one that holds an earlier cycle and
    // more is grown; an earlier cycle whose members no longer share a cycle at all is broken
    // (one that only lost members is neither).
    std::vector<CycleChange> newCycles;
    std::vector<CycleChange> grownCycles;
    std::vector<CycleChange> brokenCycles;
    std::vector<LevelChange> changedLevels; // modules in both states whose level moved
    int depthFrom = 0;
    int depthTo = 0;
    std::vector<FindingChange> addedFindings;
    std::vector<FindingChange> removedFindings;
    std::vector<ViolationChange> newViolations;
    std::vector<ViolationChange> fixedViolations;

    [[nodiscard]] bool empty() const;
};

[[nodiscard]] Comparison compareReviews(const Analysis &fromAnalysis, const Review &from,
                                        const Analysis &toAnalysis, const Review &to);

} // namespace headroom
