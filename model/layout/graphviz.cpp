#include "graphviz.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>

namespace headroom {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

// One Graphviz context for the life of the process, made on first use while the lock is
// held. Graphviz 2.42 leaks part of every context it frees, and after a context is freed
// the text layout plugin reads freed memory on the next layout: one context avoids both.
// It stays reachable until exit on purpose.
GVC_t *sharedContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

// cgraph takes char * where it means const char *.
char *mutableText(const char *text)
{
    return const_cast<char *>(text);
}

} // namespace

struct GraphvizGraph::Private
{
    std::unique_lock<std::mutex> lock{graphvizMutex()};
    GVC_t *context = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    bool failed = false;
    std::vector<Agnode_t *> nodes;
    std::vector<Agedge_t *> edges;
    QStringList errors;
    QStringList warnings;
    QString pending; // Graphviz hands a message over in pieces; a line ends it
    bool lastWasError = false;
    agusererrf previousHandler = nullptr;
    agerrlevel_t previousLevel = AGWARN;

    // The session whose messages Graphviz's global error callback collects; only touched
    // while the lock is held.
    static Private *current;

    Private()
    {
        current = this;
        previousHandler = agseterrf(&Private::collect);
        previousLevel = agseterr(AGWARN);
    }
    ~Private()
    {
        if (laidOut)
            gvFreeLayout(context, graph);
        if (graph)
            agclose(graph);
        agseterrf(previousHandler);
        agseterr(previousLevel);
        current = nullptr;
    }
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    static int collect(char *message)
    {
        if (current)
            current->take(QString::fromUtf8(message));
        return 0;
    }

    void take(const QString &piece)
    {
        pending += piece;
        qsizetype end;
        while ((end = pending.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("Error")))
                lastWasError = true;
            else if (line.startsWith(QLatin1String("Warning")))
                lastWasError = false;
            (lastWasError ? errors : warnings).append(line);
        }
    }

    void flush() { take(QStringLiteral("\n")); }

    bool fail(const QString &what)
    {
        flush();
        errors.append(what);
        failed = true;
        return false;
    }

    bool validNode(int i) const { return i >= 0 && i < int(nodes.size()); }
    bool validEdge(int i) const { return i >= 0 && i < int(edges.size()); }
};

GraphvizGraph::Private *GraphvizGraph::Private::current = nullptr;

GraphvizGraph::GraphvizGraph(std::unique_ptr<Private> d) : d(std::move(d)) {}
GraphvizGraph::GraphvizGraph(GraphvizGraph &&other) noexcept = default;
GraphvizGraph &GraphvizGraph::operator=(GraphvizGraph &&other) noexcept = default;
GraphvizGraph::~GraphvizGraph() = default;

GraphvizGraph GraphvizGraph::open(const QByteArray &name)
{
    auto d = std::make_unique<Private>();
    d->context = sharedContext();
    if (!d->context) {
        d->fail(QStringLiteral("no Graphviz context"));
        return GraphvizGraph(std::move(d));
    }
    d->graph = agopen(mutableText(name.constData()), Agdirected, nullptr);
    if (!d->graph)
        d->fail(QStringLiteral("cannot create a graph"));
    return GraphvizGraph(std::move(d));
}

GraphvizGraph GraphvizGraph::read(const QByteArray &dot)
{
    auto d = std::make_unique<Private>();
    d->context = sharedContext();
    if (!d->context) {
        d->fail(QStringLiteral("no Graphviz context"));
        return GraphvizGraph(std::move(d));
    }
    d->graph = agmemread(dot.constData());
    if (!d->graph) {
        d->fail(QStringLiteral("invalid DOT"));
        return GraphvizGraph(std::move(d));
    }
    for (Agnode_t *n = agfstnode(d->graph); n; n = agnxtnode(d->graph, n)) {
        d->nodes.push_back(n);
        for (Agedge_t *e = agfstout(d->graph, n); e; e = agnxtout(d->graph, e))
            d->edges.push_back(e);
    }
    return GraphvizGraph(std::move(d));
}

bool GraphvizGraph::ok() const
{
    return !d->failed;
}

QString GraphvizGraph::errors() const
{
    d->flush();
    return d->errors.join(QLatin1Char('\n'));
}

QStringList GraphvizGraph::warnings() const
{
    d->flush();
    return d->warnings;
}

namespace {
bool declare(Agraph_t *graph, int kind, const char *name, const QByteArray &value)
{
    return agattr(graph, kind, mutableText(name), mutableText(value.constData())) != nullptr;
}
} // namespace

bool GraphvizGraph::setGraphAttribute(const char *name, const QByteArray &value)
{
    if (!d->graph || !declare(d->graph, AGRAPH, name, value))
        return d->fail(QStringLiteral("cannot set graph attribute %1").arg(QLatin1String(name)));
    return true;
}

bool GraphvizGraph::setNodeDefault(const char *name, const QByteArray &value)
{
    if (!d->graph || !declare(d->graph, AGNODE, name, value))
        return d->fail(QStringLiteral("cannot set node attribute %1").arg(QLatin1String(name)));
    return true;
}

bool GraphvizGraph::setEdgeDefault(const char *name, const QByteArray &value)
{
    if (!d->graph || !declare(d->graph, AGEDGE, name, value))
        return d->fail(QStringLiteral("cannot set edge attribute %1").arg(QLatin1String(name)));
    return true;
}

int GraphvizGraph::addNode(const QByteArray &name)
{
    if (!d->graph || d->laidOut) {
        d->fail(QStringLiteral("cannot add a node now"));
        return -1;
    }
    // agnode() with an existing name returns that node: two request nodes would merge.
    if (agnode(d->graph, mutableText(name.constData()), 0)) {
        d->fail(QStringLiteral("duplicate node %1").arg(QString::fromUtf8(name)));
        return -1;
    }
    Agnode_t *n = agnode(d->graph, mutableText(name.constData()), 1);
    if (!n) {
        d->fail(QStringLiteral("cannot add node %1").arg(QString::fromUtf8(name)));
        return -1;
    }
    d->nodes.push_back(n);
    return int(d->nodes.size()) - 1;
}

int GraphvizGraph::addEdge(int source, int target)
{
    if (!d->graph || d->laidOut || !d->validNode(source) || !d->validNode(target)) {
        d->fail(QStringLiteral("cannot add edge %1 -> %2").arg(source).arg(target));
        return -1;
    }
    Agedge_t *e =
        agedge(d->graph, d->nodes[std::size_t(source)], d->nodes[std::size_t(target)], nullptr, 1);
    if (!e) {
        d->fail(QStringLiteral("cannot add edge %1 -> %2").arg(source).arg(target));
        return -1;
    }
    d->edges.push_back(e);
    return int(d->edges.size()) - 1;
}

bool GraphvizGraph::setNodeAttribute(int node, const char *name, const QByteArray &value)
{
    if (!d->validNode(node) || agsafeset(d->nodes[std::size_t(node)], mutableText(name),
                                         mutableText(value.constData()), mutableText("")) != 0)
        return d->fail(
            QStringLiteral("cannot set %1 of node %2").arg(QLatin1String(name)).arg(node));
    return true;
}

bool GraphvizGraph::setEdgeAttribute(int edge, const char *name, const QByteArray &value)
{
    if (!d->validEdge(edge) || agsafeset(d->edges[std::size_t(edge)], mutableText(name),
                                         mutableText(value.constData()), mutableText("")) != 0)
        return d->fail(
            QStringLiteral("cannot set %1 of edge %2").arg(QLatin1String(name)).arg(edge));
    return true;
}

bool GraphvizGraph::addSameRank(const QByteArray &name, const std::vector<int> &nodes)
{
    Agraph_t *sub = d->graph ? agsubg(d->graph, mutableText(name.constData()), 1) : nullptr;
    if (!sub || agsafeset(sub, mutableText("rank"), mutableText("same"), mutableText("")) != 0)
        return d->fail(QStringLiteral("cannot add rank %1").arg(QString::fromUtf8(name)));
    for (const int n : nodes) {
        if (!d->validNode(n) || !agsubnode(sub, d->nodes[std::size_t(n)], 1))
            return d->fail(QStringLiteral("cannot put node %1 in rank %2")
                               .arg(n)
                               .arg(QString::fromUtf8(name)));
    }
    return true;
}

int GraphvizGraph::nodeCount() const
{
    return int(d->nodes.size());
}

int GraphvizGraph::edgeCount() const
{
    return int(d->edges.size());
}

bool GraphvizGraph::layout(const char *engine)
{
    if (d->failed || !d->graph)
        return d->fail(QStringLiteral("no layout: the graph was not built"));
    if (d->laidOut)
        return d->fail(QStringLiteral("the graph is laid out already"));
    if (d->nodes.empty())
        return d->fail(QStringLiteral("no layout: the graph is empty"));
    if (gvLayout(d->context, d->graph, engine) != 0)
        return d->fail(QStringLiteral("layout with %1 failed").arg(QLatin1String(engine)));
    d->laidOut = true;
    d->flush();
    return true;
}

QRectF GraphvizGraph::boundingBox() const
{
    if (!d->laidOut)
        return {};
    const boxf bb = GD_bb(d->graph);
    return QRectF(QPointF(bb.LL.x, bb.LL.y), QPointF(bb.UR.x, bb.UR.y));
}

QPointF GraphvizGraph::nodeCentre(int node) const
{
    if (!d->laidOut || !d->validNode(node))
        return {};
    const pointf p = ND_coord(d->nodes[std::size_t(node)]);
    return {p.x, p.y};
}

QSizeF GraphvizGraph::nodeSize(int node) const
{
    if (!d->laidOut || !d->validNode(node))
        return {};
    Agnode_t *n = d->nodes[std::size_t(node)];
    return {ND_width(n) * 72.0, ND_height(n) * 72.0};
}

std::vector<QPointF> GraphvizGraph::edgePoints(int edge) const
{
    std::vector<QPointF> points;
    if (!d->laidOut || !d->validEdge(edge))
        return points;
    Agedge_t *e = d->edges[std::size_t(edge)];
    const splines *spl = ED_spl(e);
    if (spl && spl->size > 0 && spl->list[0].size > 0) {
        const bezier &bz = spl->list[0];
        points.reserve(std::size_t(bz.size));
        for (int i = 0; i < bz.size; ++i)
            points.emplace_back(bz.list[i].x, bz.list[i].y);
        return points;
    }
    const pointf a = ND_coord(agtail(e));
    const pointf b = ND_coord(aghead(e));
    points = {QPointF(a.x, a.y), QPointF(b.x, b.y)};
    return points;
}

QByteArray GraphvizGraph::render(const char *format)
{
    if (!d->laidOut) {
        d->fail(QStringLiteral("cannot render before layout"));
        return {};
    }
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(d->context, d->graph, format, &data, &length) != 0 || !data) {
        d->fail(QStringLiteral("rendering as %1 failed").arg(QLatin1String(format)));
        return {};
    }
    QByteArray out(data, qsizetype(length));
    gvFreeRenderData(data);
    return out;
}

GraphvizResult renderDot(const QByteArray &dot, const char *engine, const char *format)
{
    GraphvizResult result;
    GraphvizGraph graph = GraphvizGraph::read(dot);
    if (graph.ok() && graph.layout(engine))
        result.output = graph.render(format);
    if (result.output.isEmpty())
        result.error = graph.errors();
    return result;
}

} // namespace headroom
