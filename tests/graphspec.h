#pragma once
// Hand-made import graphs for tests, written as one line:
//   "a->b, b=>c*2, d, x~>y, x?>z, a->!requests"
// "->" runtime, "=>" type-checking, "~>" function-local, "?>" conditional; "*N" gives N
// sites; a bare name is a node without edges; "!x" is external; dotted names get their
// packages (file-less, made only for their members).
#include "graph.h"

#include <QString>
#include <QStringList>

namespace headroom::test {

// Whether the nodes the spec names get a file (their own id): the matrix groups by it; the
// metrics, which read the analysis's files, want none.
enum class SpecFiles
{
    None,
    Named
};

namespace detail {

inline int nextLine()
{
    static int line = 0; // every site its own line, so that finish() keeps them all
    return ++line;
}

inline int ensureNode(ImportGraph &graph, const QString &name, bool named, SpecFiles files)
{
    int id = graph.find(name);
    if (id < 0) {
        Node node;
        node.name = name;
        if (name.startsWith(u'!')) {
            node.origin = Origin::ThirdParty;
            node.kind = NodeKind::External;
        } else if (const qsizetype dot = name.lastIndexOf(u'.'); dot > 0) {
            node.parent = ensureNode(graph, name.left(dot), false, files);
            graph.mutableNode(node.parent).kind = NodeKind::Package;
        }
        id = graph.addNode(std::move(node));
    }
    if (named && files == SpecFiles::Named && graph.isInternal(id))
        graph.mutableNode(id).file = id;
    return id;
}

} // namespace detail

inline ImportGraph graphOf(const QString &spec, SpecFiles files = SpecFiles::None)
{
    struct Arrow
    {
        const char16_t *text;
        ImportKind kind;
    };
    static constexpr Arrow arrows[] = {{u"->", ImportKind::Runtime},
                                       {u"=>", ImportKind::TypeChecking},
                                       {u"~>", ImportKind::FunctionLocal},
                                       {u"?>", ImportKind::Conditional}};
    ImportGraph graph;
    for (QString token : spec.split(u',', Qt::SkipEmptyParts)) {
        token = token.trimmed();
        int sites = 1;
        if (const qsizetype star = token.indexOf(u'*'); star > 0) {
            sites = token.mid(star + 1).toInt();
            token.truncate(star);
        }
        bool edge = false;
        for (const Arrow &arrow : arrows) {
            const qsizetype at = token.indexOf(QStringView(arrow.text));
            if (at < 0)
                continue;
            const int s = detail::ensureNode(graph, token.left(at).trimmed(), true, files);
            const int t = detail::ensureNode(graph, token.mid(at + 2).trimmed(), true, files);
            for (int i = 0; i < sites; ++i)
                graph.addSite(s, t, ImportSite{-1, detail::nextLine(), arrow.kind});
            edge = true;
        }
        if (!edge)
            detail::ensureNode(graph, token, true, files);
    }
    graph.finish();
    return graph;
}

} // namespace headroom::test
