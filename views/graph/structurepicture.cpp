#include "structurepicture.h"

#include "changestyle.h"
#include "containeritem.h"
#include "edgeitem.h"
#include "nodeitem.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr double Margin = 14.0;

// The box's name inside its container: the last component, "__init__" for an opened
// package's own module; at the top the whole name less the picture's prefix.
QString boxTitle(const ImportGraph &graph, const StructureContainer &container, int node,
                 const QString &prefix)
{
    if (container.node < 0) {
        const QString &name = graph.node(node).name;
        return !prefix.isEmpty() && name.startsWith(prefix) && name.size() > prefix.size()
                   ? name.mid(prefix.size())
                   : name;
    }
    if (node == container.node)
        return QStringLiteral("__init__");
    const QString &name = graph.node(node).name;
    return name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
}

QString membersText(const StructurePicture &p, int node)
{
    const NodeKind kind = p.graph.node(node).kind;
    const int modules = p.modules[std::size_t(node)];
    QString text;
    if ((kind == NodeKind::Package || kind == NodeKind::Namespace) && modules > 1)
        text = GraphScene::tr("(%1)").arg(modules);
    return text + ChangeStyle::inside(p.marks, node);
}

// Whether a container edge stands for a changed import, and how: all its imports added or
// all removed; in a new cycle when one of them is.
EdgeLook changeLook(const ChangeMarks &marks, const StructureEdge &edge, EdgeLook look)
{
    if (marks.empty())
        return look;
    int added = 0;
    int removed = 0;
    for (const int e : edge.graphEdges) {
        added += marks.edge(e) == Change::Added ? 1 : 0;
        removed += marks.edge(e) == Change::Removed ? 1 : 0;
        look.inNewCycle = look.inNewCycle || marks.edgeInCycle(e);
    }
    const auto n = int(edge.graphEdges.size());
    look.change = n > 0 && added == n     ? Change::Added
                  : n > 0 && removed == n ? Change::Removed
                                          : Change::Kept;
    return look;
}

// A closed package's member count, or nothing: an opened package's own module is one file.
QString boxMembers(const StructurePicture &p, const StructureContainer &container, int node)
{
    return node == container.node ? QString() : membersText(p, node);
}

} // namespace

StructurePicture makeStructurePicture(const Analysis &analysis, const ImportGraph &moduleGraph,
                                      const QStringList &open, const MetricsOptions &metricsOptions,
                                      const CallGraph *calls, const GraphPictureOptions &options,
                                      const QHash<QString, QPointF> &previous,
                                      const QString &prefix)
{
    StructurePicture p;
    p.open = open;
    p.prefix = prefix;
    std::vector<int> mapping;
    p.graph =
        projectToDepth(moduleGraph, 1, false, &mapping, QSet<QString>(open.begin(), open.end()));
    p.modules.assign(std::size_t(p.graph.nodeCount()), 0);
    for (int v = 0; v < moduleGraph.nodeCount(); ++v) {
        if (mapping[std::size_t(v)] >= 0 && moduleGraph.node(v).file >= 0)
            ++p.modules[std::size_t(mapping[std::size_t(v)])];
    }
    p.metrics = computeMetrics(analysis, p.graph, metricsOptions, calls, options.measures.get());
    if (options.changes) {
        p.marks = changeMarks(moduleGraph, *options.changes, p.graph, mapping);
        p.heat =
            laterState(analysis, p.graph, p.marks, metricsOptions, calls, options.measures.get());
    }
    p.map = buildStructure(p.graph, metricsOptions.cycles.kinds);
    NestedLayoutRequest &request = p.request;
    request.headerHeight = ContainerItem::headerHeight();
    std::vector<int> containerBox(p.map.containers.size(), -1);
    std::vector<std::vector<int>> memberBox(p.map.containers.size());
    for (std::size_t c = 0; c < p.map.containers.size(); ++c) {
        const StructureContainer &container = p.map.containers[c];
        memberBox[c].assign(container.members.size(), -1);
        for (std::size_t m = 0; m < container.members.size(); ++m) {
            const StructureMember &member = container.members[m];
            NestedBox box;
            box.parent = containerBox[c];
            box.layer = member.layer;
            const QString &name = p.graph.node(member.node).name;
            const QString title = boxTitle(p.graph, container, member.node, p.prefix);
            box.order = title;
            QString key = name;
            if (member.container >= 0) {
                box.container = true;
                box.size = QSizeF(ContainerItem::titleWidth(title, membersText(p, member.node)), 0);
                key += QLatin1Char('/');
                containerBox[std::size_t(member.container)] = int(request.boxes.size());
            } else {
                box.size = NodeItem::sizeFor(title, boxMembers(p, container, member.node));
            }
            const auto old = previous.constFind(key);
            if (old != previous.constEnd())
                box.previousX = old->x();
            memberBox[c][m] = int(request.boxes.size());
            request.boxes.push_back(box);
            p.boxes.emplace_back(int(c), int(m));
        }
    }
    for (std::size_t c = 0; c < p.map.containers.size(); ++c) {
        const StructureContainer &container = p.map.containers[c];
        for (std::size_t e = 0; e < container.edges.size(); ++e) {
            const StructureEdge &edge = container.edges[e];
            const EdgeLook change = changeLook(p.marks, edge, {});
            const bool changed = change.change != Change::Kept || change.inNewCycle;
            if (edge.implied && !options.allImports && !changed) {
                ++p.hiddenEdges;
                continue;
            }
            request.edges.push_back(
                {memberBox[c][std::size_t(edge.from)], memberBox[c][std::size_t(edge.to)]});
            p.edges.emplace_back(int(c), int(e));
        }
    }
    p.layout = nestedLayout(request);
    return p;
}

GraphScene::GraphScene(const Analysis &analysis, const StructurePicture &picture,
                       const GraphPictureOptions &options, QObject *parent)
    : QGraphicsScene(parent), m_metric(options.metric),
      m_scale(MetricChoice::scale(
          options.metric, picture.heat ? picture.heat->metrics : picture.metrics,
          picture.heat ? picture.heat->graph : picture.graph, options.budget)),
      m_project(analysis.scan.projectName), m_engine(LayoutEngine::Fast), m_structure(true)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    const ImportGraph &graph = picture.graph;
    const Metrics &metrics = picture.metrics;
    const ImportGraph &heatGraph = picture.heat ? picture.heat->graph : graph;
    const Metrics &heat = picture.heat ? picture.heat->metrics : metrics;
    // The focus's box is ringed; its package's frame only where no box stands for it (an
    // opened package's own module is a box inside its frame, and is what a focus names).
    const int focused = options.focus.isEmpty() ? -1 : holderIn(graph, options.focus);
    const bool focusBoxed =
        std::any_of(picture.boxes.begin(), picture.boxes.end(), [&](const auto &box) {
            const StructureMember &member =
                picture.map.containers[std::size_t(box.first)].members[std::size_t(box.second)];
            return member.container < 0 && member.node == focused;
        });
    for (std::size_t b = 0; b < picture.boxes.size(); ++b) {
        const auto [c, m] = picture.boxes[b];
        const StructureContainer &container = picture.map.containers[std::size_t(c)];
        const StructureMember &member = container.members[std::size_t(m)];
        const QRectF rect = picture.layout.rects[b];
        const NodeMetrics &nm = metrics.nodes[std::size_t(member.node)];
        if (member.container >= 0) {
            ContainerLook look;
            look.name = graph.node(member.node).name;
            look.title = boxTitle(graph, container, member.node, picture.prefix);
            look.members = membersText(picture, member.node);
            look.inCycle = member.cycle >= 0;
            // Its own module says whether the package is new or gone; its members say where
            // the new cycles are (an outline round all of `django` would say nothing).
            look.change = picture.marks.node(member.node);
            look.focus = member.node == focused && !focusBoxed;
            for (int up = c; up > 0; up = picture.map.containers[std::size_t(up)].parent)
                ++look.depth;
            auto *item = new ContainerItem(member.node, std::move(look), rect);
            item->setToolTip(tr("%1: double-click its name to close it").arg(item->look().name));
            addItem(item);
            m_containers.push_back(item);
            continue;
        }
        NodeLook look;
        look.name = graph.node(member.node).name;
        look.primary = boxTitle(graph, container, member.node, picture.prefix);
        look.secondary = boxMembers(picture, container, member.node);
        look.members = look.secondary.isEmpty() ? 0 : picture.modules[std::size_t(member.node)];
        look.level = nm.level;
        look.layer = member.layer;
        look.inCycle = member.cycle >= 0;
        look.change = picture.marks.node(member.node);
        look.inNewCycle = picture.marks.nodeInCycle(member.node);
        look.focus = member.node == focused;
        look.value = MetricChoice::value(m_metric, heat, heatGraph, member.node);
        look.fill = look.value ? m_scale.colorAt(*look.value) : QColor(0xdc, 0xdc, 0xdc);
        look.text = look.value ? m_scale.textColorAt(*look.value) : QColor(Qt::black);
        auto *item = new NodeItem(member.node, std::move(look), rect.size());
        item->setToolTip(ChangeStyle::nodeTip(item->look()));
        item->setPos(rect.center());
        addItem(item);
        m_nodes.push_back(item);
    }
    for (std::size_t k = 0; k < picture.edges.size(); ++k) {
        const auto [c, e] = picture.edges[k];
        const StructureContainer &container = picture.map.containers[std::size_t(c)];
        const StructureEdge &edge = container.edges[std::size_t(e)];
        const int from = container.members[std::size_t(edge.from)].node;
        const int to = container.members[std::size_t(edge.to)].node;
        const EdgeLook look = changeLook(picture.marks, edge,
                                         {from, to, edge.sites, edge.inCycle && !edge.cut, edge.cut,
                                          edge.kinds == kindBit(ImportKind::TypeChecking)});
        auto *item = new EdgeItem(look, picture.layout.edges[k]);
        item->setData(0, QStringList{graph.node(from).name, graph.node(to).name});
        item->setToolTip(
            ChangeStyle::edgeTip(look, graph.node(from).name, graph.node(to).name, edge.sites));
        addItem(item);
        m_edges.push_back(item);
    }
    setSceneRect(itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin));
    m_changes = !picture.marks.empty();
    m_selectionWatch =
        connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::reportSelection);
}

} // namespace headroom
