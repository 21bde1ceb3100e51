#pragma once

// The check behind the call-flow tests: a fixture project's exact call-graph edges, as
// "caller -> callee (kind)" sorted, and its count of unresolved calls.

#include "analysis.h"
#include "callgraph.h"
#include "projectfixture.h"

#include <QtTest>

namespace headroom {

inline void checkCallFlow(const FileList &files, const QStringList &expected, int unresolved)
{
    ProjectFixture project(files);
    const AnalysisPtr analysis = analyzeProject(project.path());
    QCOMPARE(analysis->scan.status, ScanStatus::Ok);
    const CallGraph graph = buildCallGraph(*analysis);
    QStringList actual;
    for (const CallEdge &e : graph.edges) {
        actual << graph.node(e.caller).qualifiedName + " -> " + graph.node(e.callee).qualifiedName +
                      " (" + QLatin1String(keyOf(e.kind)) + ")";
    }
    actual.sort();
    if (actual != expected)
        qWarning("actual edges:\n  %s", qPrintable(actual.join("\n  ")));
    QCOMPARE(actual, expected);
    QCOMPARE(graph.unresolvedTotal(), unresolved);
}

} // namespace headroom
