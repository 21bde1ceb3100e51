#include "graphviz.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace headroom {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

// Graphviz reports errors through a global callback; collect them while the lock is held.
QString &lastError()
{
    static QString text;
    return text;
}

int collectError(char *message)
{
    lastError() += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

struct ContextDeleter
{
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};
struct GraphDeleter
{
    void operator()(Agraph_t *g) const { agclose(g); }
};

using Context = std::unique_ptr<GVC_t, ContextDeleter>;
using Graph = std::unique_ptr<Agraph_t, GraphDeleter>;

// The layout is freed before the graph, the graph before the context.
class Layout
{
public:
    Layout(GVC_t *context, Agraph_t *graph) : m_context(context), m_graph(graph) {}
    ~Layout()
    {
        if (m_ok)
            gvFreeLayout(m_context, m_graph);
    }
    Layout(const Layout &) = delete;
    Layout &operator=(const Layout &) = delete;
    bool run(const char *engine)
    {
        m_ok = gvLayout(m_context, m_graph, engine) == 0;
        return m_ok;
    }

private:
    GVC_t *m_context;
    Agraph_t *m_graph;
    bool m_ok = false;
};

} // namespace

GraphvizResult renderDot(const QByteArray &dot, const char *engine, const char *format)
{
    std::lock_guard lock(graphvizMutex());
    lastError().clear();
    agseterrf(collectError);
    agseterr(AGERR);

    GraphvizResult result;
    Context context(gvContext());
    if (!context) {
        result.error = QStringLiteral("no Graphviz context");
        return result;
    }
    Graph graph(agmemread(dot.constData()));
    if (!graph) {
        result.error = lastError().isEmpty() ? QStringLiteral("invalid DOT") : lastError().trimmed();
        return result;
    }
    {
        Layout layout(context.get(), graph.get());
        if (!layout.run(engine)) {
            result.error = lastError().isEmpty() ? QStringLiteral("layout failed") : lastError().trimmed();
            return result;
        }
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(context.get(), graph.get(), format, &data, &length) != 0 || !data) {
            result.error = lastError().isEmpty() ? QStringLiteral("render failed") : lastError().trimmed();
            return result;
        }
        result.output = QByteArray(data, qsizetype(length));
        gvFreeRenderData(data);
    }
    return result;
}

} // namespace headroom
