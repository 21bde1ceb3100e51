#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace headroom {

// One key=value of a DOT attribute list. A value DOT reads as one plain word or number
// (kind=module, weight=2, arrowsize=0.7) is written as it is, anything else in quotes; text
// (labels, titles, classes) is always quoted, whatever it holds.
struct DotAttribute
{
    DotAttribute(QByteArray key, QByteArray value, bool text = false)
        : key(std::move(key)), value(std::move(value)), text(text)
    {
    }

    QByteArray key;
    QByteArray value; // UTF-8, not escaped
    bool text = false;
};
// Written in this order.
using DotAttributes = std::vector<DotAttribute>;

// An attribute whose value is always quoted: a label, a title.
[[nodiscard]] DotAttribute dotText(const char *key, const QString &text);

// The attribute an edge's text goes in: `label`, or `xlabel` (beside the arrow) when the edge
// is `flat` (its ends share a rank) or does not constrain the ranks. Graphviz 2.43, Debian
// 12's, frees memory twice laying out a labelled edge of either kind.
[[nodiscard]] const char *dotEdgeTextKey(bool flat);

// A DOT string: `text` in double quotes, quotes and backslashes escaped, line breaks as \n
// (which a label shows as a line break; a raw one after a backslash would join the lines).
[[nodiscard]] QByteArray dotQuoted(const QString &text);

// Every DOT text Headroom writes (the import graph, the call graph, the graph picture) comes
// from here, so that ids, attributes and quoting agree in all of them: a digraph with its
// graph, node and edge defaults, then node, edge and same-rank statements, one a line.
class DotWriter
{
public:
    // Opens `digraph "name" {` and writes the defaults; an empty list is left out.
    DotWriter(const QString &name, const DotAttributes &graph, const DotAttributes &nodes,
              const DotAttributes &edges);

    void node(const QString &id, const DotAttributes &attributes = {});
    void edge(const QString &from, const QString &to, const DotAttributes &attributes = {});
    // `subgraph "cluster_<id>" {` with its graph attributes (label, style): what is written
    // until endCluster() is inside it (Graphviz draws a cluster as a box around its nodes).
    void beginCluster(const QString &id, const DotAttributes &attributes);
    void endCluster();
    // `{ rank=same; "a"; "b"; }`, followed on its line by `// comment` when one is given.
    void sameRank(const QStringList &ids, const QString &comment = {});
    // Closes the graph and hands over its text; nothing may be added after it.
    [[nodiscard]] QByteArray finish();

    // Adds `name` to the attributes' `class` (Graphviz puts it on the SVG element, for CSS
    // and scripts), as one more word when there is a class already.
    static void addClass(DotAttributes &attributes, const QByteArray &name);
    // Sets `attribute` in place of one with its key, or adds it: DOT would take the last of
    // two, but a list of one key each reads as what it draws.
    static void set(DotAttributes &attributes, DotAttribute attribute);

private:
    void writeAttributes(const DotAttributes &attributes);

    QByteArray m_out;
    bool m_finished = false;
};

} // namespace headroom
