#pragma once

#include <QByteArray>
#include <QString>

namespace headroom {

// Graphviz behind one door: it is not thread-safe, so every call here takes one global
// lock. Callers never see cgraph or gvc types.
struct GraphvizResult
{
    QByteArray output; // empty on failure
    QString error;     // what Graphviz reported when it failed
};

// Lays out DOT text with `engine` ("dot", "sfdp", ...) and renders it as `format` ("svg",
// "plain", "png").
[[nodiscard]] GraphvizResult renderDot(const QByteArray &dot, const char *engine = "dot",
                                       const char *format = "svg");

} // namespace headroom
