#include "graphscene.h"

#include "changestyle.h"
#include "containeritem.h"
#include "edgeitem.h"
#include "nodeitem.h"
#include "structure.h"

#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace headroom {

namespace {

constexpr double BandPadding = 14.0;
constexpr double LabelGap = 24.0;

const QColor NoValueFill(0xdc, 0xdc, 0xdc);
const QColor BandFill(0xf1, 0xf3, 0xf6);
const QColor BandLabel(0x4d, 0x55, 0x5e);

std::vector<int> shownNodes(const ImportGraph &graph, const GraphPictureOptions &options)
{
    std::vector<int> shown;
    if (options.nodes.empty()) {
        for (int i = 0; i < graph.nodeCount(); ++i) {
            if (graph.isInternal(i))
                shown.push_back(i);
        }
        return shown;
    }
    for (const int i : options.nodes) {
        if (i >= 0 && i < graph.nodeCount() && graph.isInternal(i))
            shown.push_back(i);
    }
    std::sort(shown.begin(), shown.end());
    shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    return shown;
}

// The dotted prefix every shown name shares ("django." for Django's modules): labels leave
// it out. The root package itself keeps its whole name.
QString commonPrefix(const ImportGraph &graph, const std::vector<int> &shown)
{
    QStringList prefix;
    bool first = true;
    for (const int i : shown) {
        const QStringList parts = graph.node(i).name.split(QLatin1Char('.'));
        if (parts.size() < 2)
            continue;
        if (first) {
            prefix = parts.mid(0, parts.size() - 1);
            first = false;
        }
        qsizetype k = 0;
        while (k < prefix.size() && k + 1 < parts.size() && prefix[k] == parts[k])
            ++k;
        prefix.resize(k);
    }
    const QString joined = prefix.join(QLatin1Char('.'));
    for (const int i : shown) {
        const QString &name = graph.node(i).name;
        if (name != joined && !name.startsWith(joined + QLatin1Char('.')))
            return {};
    }
    return joined.isEmpty() ? QString() : joined + QLatin1Char('.');
}

struct Label
{
    QString primary;
    QString secondary;
    int members = 0;
};

// The name without the shared prefix; a collapsed package says how many modules it holds.
Label labelFor(const ImportGraph &graph, const Metrics &metrics, int node, const QString &prefix,
               const ChangeMarks &marks)
{
    const QString &name = graph.node(node).name;
    Label label;
    label.primary = name.startsWith(prefix) ? name.mid(prefix.size()) : name;
    const NodeKind kind = graph.node(node).kind;
    const int files = metrics.nodes[std::size_t(node)].files;
    if ((kind == NodeKind::Package || kind == NodeKind::Namespace) && files > 1) {
        label.members = files;
        label.secondary = GraphScene::tr("(%1)").arg(files);
    }
    label.secondary += ChangeStyle::inside(marks, node);
    return label;
}

bool typeCheckingOnly(const Edge &edge)
{
    return edge.kinds == kindBit(ImportKind::TypeChecking);
}

const ChangeMarks &noMarks()
{
    static const ChangeMarks none;
    return none;
}

quint64 edgeKey(int source, int target)
{
    return (quint64(quint32(source)) << 32) | quint32(target);
}

// Layout rows, higher above: the model's layers (NodeMetrics::layer), so a cycle spreads
// over the layers its breaking set leaves it, inside its level's band. Layers no shown node
// sits on (around a focus neighbourhood) are left out; the order stays.
std::vector<int> layoutRows(const Metrics &metrics, const std::vector<int> &shown,
                            std::size_t nodeCount)
{
    std::vector<int> layers;
    for (const int v : shown)
        layers.push_back(metrics.nodes[std::size_t(v)].layer);
    std::sort(layers.begin(), layers.end());
    layers.erase(std::unique(layers.begin(), layers.end()), layers.end());
    std::vector<int> row(nodeCount, -1);
    for (const int v : shown) {
        const int layer = metrics.nodes[std::size_t(v)].layer;
        row[std::size_t(v)] =
            int(std::lower_bound(layers.begin(), layers.end(), layer) - layers.begin());
    }
    return row;
}

} // namespace

LayoutRequest GraphScene::layoutRequest(const ImportGraph &graph, const Metrics &metrics,
                                        const GraphPictureOptions &options)
{
    LayoutRequest request;
    request.engine = options.engine;
    // Close enough that a dozen rows, or Django's packages, fit a slide at labels of 11 pt.
    request.rankSeparation = 29;
    request.nodeSeparation = 9;
    const std::vector<int> shown = shownNodes(graph, options);
    const QString prefix = commonPrefix(graph, shown);
    const ChangeMarks &marks = options.marks ? *options.marks : noMarks();
    int maxSloc = 1;
    for (const int i : shown)
        maxSloc = std::max(maxSloc, metrics.nodes[std::size_t(i)].sloc);
    std::vector<char> isShown(std::size_t(graph.nodeCount()), 0);
    for (const int i : shown)
        isShown[std::size_t(i)] = 1;
    for (const int i : shown) {
        const Label label = labelFor(graph, metrics, i, prefix, marks);
        QSizeF size = NodeItem::sizeFor(label.primary, label.secondary);
        if (options.sizeBySloc)
            size.rwidth() +=
                std::round(60.0 * std::sqrt(double(metrics.nodes[std::size_t(i)].sloc) / maxSloc));
        request.nodes.push_back({i, graph.node(i).name, size.width(), size.height(), -1});
    }
    // The transitive reduction of the layered imports unless every import is asked for: an
    // import a longer path already implies is left out (the scene draws what is laid out).
    const std::vector<char> implied =
        options.allImports || !options.nodes.empty()
            ? std::vector<char>(std::size_t(graph.edgeCount()), 0)
            : impliedEdges(graph, metrics.upwardEdges, options.cycleKinds);
    for (int i = 0; i < graph.edgeCount(); ++i) {
        const Edge &e = graph.edge(i);
        if (e.source != e.target && isShown[std::size_t(e.source)] &&
            isShown[std::size_t(e.target)] &&
            (!implied[std::size_t(i)] || marks.edge(i) != Change::Kept || marks.edgeInCycle(i)))
            request.edges.push_back({e.source, e.target, double(e.weight())});
    }
    // One row per layer, as many as the cycles need: past dot's work limit the fast layered
    // layout places them (computeLayout).
    const std::vector<int> rows = layoutRows(metrics, shown, std::size_t(graph.nodeCount()));
    for (LayoutNode &n : request.nodes)
        n.rank = rows[std::size_t(n.id)];
    return request;
}

GraphScene::GraphScene(const Analysis &analysis, const ImportGraph &graph, const Metrics &metrics,
                       const GraphPictureOptions &options, const LayoutResult &layout,
                       QObject *parent)
    : QGraphicsScene(parent), m_metric(options.metric),
      m_scale(options.heat ? MetricChoice::scale(options.metric, options.heat->metrics,
                                                 options.heat->graph, options.budget)
                           : MetricChoice::scale(options.metric, metrics, graph, options.budget)),
      m_project(analysis.scan.projectName), m_engine(layout.engine)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    const std::vector<int> shown = shownNodes(graph, options);
    const QString prefix = commonPrefix(graph, shown);
    const ChangeMarks &marks = options.marks ? *options.marks : noMarks();
    m_changes = !marks.empty();
    QHash<int, const NodePlacement *> placed;
    for (const NodePlacement &p : layout.nodes)
        placed.insert(p.id, &p);
    std::set<int> cycleEdges;
    for (const Cycle &c : metrics.cycles)
        cycleEdges.insert(c.edges.begin(), c.edges.end());
    const std::set<int> upward(metrics.upwardEdges.begin(), metrics.upwardEdges.end());

    const int focused = options.focus.isEmpty() ? -1 : holderIn(graph, options.focus);
    QRectF nodesRect;
    for (const int i : shown) {
        const NodePlacement *p = placed.value(i);
        if (!p)
            continue;
        const Label label = labelFor(graph, metrics, i, prefix, marks);
        NodeLook look;
        look.name = graph.node(i).name;
        look.primary = label.primary;
        look.secondary = label.secondary;
        look.members = label.members;
        look.level = metrics.nodes[std::size_t(i)].level;
        look.layer = metrics.nodes[std::size_t(i)].layer;
        look.inCycle = metrics.nodes[std::size_t(i)].cycle >= 0;
        look.change = marks.node(i);
        look.inNewCycle = marks.nodeInCycle(i);
        look.focus = i == focused;
        look.value = options.heat ? MetricChoice::value(m_metric, options.heat->metrics,
                                                        options.heat->graph, i)
                                  : MetricChoice::value(m_metric, metrics, graph, i);
        look.fill = look.value ? m_scale.colorAt(*look.value) : NoValueFill;
        look.text = look.value ? m_scale.textColorAt(*look.value) : QColor(Qt::black);
        auto *item = new NodeItem(i, std::move(look), p->size);
        item->setToolTip(ChangeStyle::nodeTip(item->look()));
        item->setPos(p->centre);
        addItem(item);
        m_nodes.push_back(item);
        nodesRect = nodesRect.united(item->mapRectToScene(item->rect()));
    }

    QHash<quint64, const EdgeRoute *> routes;
    for (const EdgeRoute &r : layout.edges)
        routes.insert(edgeKey(r.source, r.target), &r);
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        const EdgeRoute *route = routes.value(edgeKey(edge.source, edge.target));
        if (!route || edge.source == edge.target)
            continue;
        EdgeLook look{edge.source,         edge.target,
                      edge.weight(),       cycleEdges.count(e) > 0,
                      upward.count(e) > 0, typeCheckingOnly(edge)};
        look.change = marks.edge(e);
        look.inNewCycle = marks.edgeInCycle(e);
        auto *item = new EdgeItem(look, *route);
        item->setData(0, QStringList{graph.node(edge.source).name, graph.node(edge.target).name});
        item->setToolTip(ChangeStyle::edgeTip(look, graph.node(edge.source).name,
                                              graph.node(edge.target).name, edge.weight()));
        addItem(item);
        m_edges.push_back(item);
        nodesRect = nodesRect.united(item->boundingRect());
    }
    buildBands(nodesRect);
    m_selectionWatch =
        connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::reportSelection);
}

void GraphScene::reportSelection()
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
            const QStringList ends = edge->data(0).toStringList();
            if (ends.size() == 2) {
                emit importSelected(ends[0], ends[1]);
                return;
            }
        }
    }
    emit nodeSelected(selectedNode());
}

void GraphScene::highlightImports(const QList<QPair<QString, QString>> &imports)
{
    QHash<int, QString> names;
    for (const NodeItem *n : m_nodes)
        names.insert(n->node(), n->look().name);
    for (const ContainerItem *c : m_containers)
        names.insert(c->node(), c->look().name);
    std::vector<bool> chosen(m_edges.size());
    bool any = false;
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const EdgeItem *e = m_edges[i];
        chosen[i] =
            imports.contains({names.value(e->look().source), names.value(e->look().target)});
        any = any || chosen[i];
    }
    // The others fade while some are highlighted: in a picture dense with a cycle's red, a
    // chain stands out only so.
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        m_edges[i]->setHighlighted(chosen[i]);
        m_edges[i]->setOpacity(any && !chosen[i] ? FadedOpacity : 1.0);
    }
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        auto *edge = qgraphicsitem_cast<EdgeItem *>(item);
        if (!edge)
            continue;
        const QStringList ends = edge->data(0).toStringList();
        if (ends.size() != 2)
            return;
        QMenu menu;
        menu.addAction(tr("Cut this import (what if)"), this,
                       [this, ends] { emit cutRequested(ends[0], ends[1]); });
        menu.addAction(tr("Why does %1 import %2?").arg(ends[0], ends[1]), this,
                       [this, ends] { emit whyRequested(ends[0], ends[1]); });
        menu.addAction(tr("Show its sites and calls"), this, [this, edge, ends] {
            clearSelection();
            edge->setSelected(true);
            emit importSelected(ends[0], ends[1]);
        });
        menu.exec(event->screenPos());
        event->accept();
        return;
    }
    QGraphicsScene::contextMenuEvent(event);
}

// QGraphicsScene's destructor clears the selection once this part is gone: stop listening
// first, so nothing is called on a half-destroyed scene.
GraphScene::~GraphScene()
{
    disconnect(m_selectionWatch);
}

void GraphScene::buildBands(const QRectF &nodesRect)
{
    QRectF sceneBox = nodesRect.adjusted(-BandPadding, -BandPadding, BandPadding, BandPadding);
    const bool rows = m_engine == LayoutEngine::Layered || m_engine == LayoutEngine::Fast;
    if (!rows || m_nodes.empty()) {
        setSceneRect(sceneBox);
        return;
    }
    // Vertical extent of every level's row.
    std::map<int, std::pair<double, double>> extent;
    for (const NodeItem *n : m_nodes) {
        const QRectF r = n->mapRectToScene(n->rect());
        auto [it, fresh] = extent.try_emplace(n->look().level, r.top(), r.bottom());
        if (!fresh) {
            it->second.first = std::min(it->second.first, r.top());
            it->second.second = std::max(it->second.second, r.bottom());
        }
    }
    std::vector<std::pair<int, std::pair<double, double>>> byY(extent.begin(), extent.end());
    std::sort(byY.begin(), byY.end(),
              [](const auto &a, const auto &b) { return a.second.first < b.second.first; });

    QFont font = NodeItem::primaryFont();
    const QFontMetricsF fm(font);
    double labelWidth = 0;
    for (const auto &[level, span] : byY)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tr("Level %1").arg(level)));
    const double left = nodesRect.left() - LabelGap - labelWidth - BandPadding;
    const double right = nodesRect.right() + BandPadding;
    for (std::size_t k = 0; k < byY.size(); ++k) {
        const double top = k == 0 ? byY[k].second.first - BandPadding
                                  : (byY[k - 1].second.second + byY[k].second.first) / 2;
        const double bottom = k + 1 == byY.size()
                                  ? byY[k].second.second + BandPadding
                                  : (byY[k].second.second + byY[k + 1].second.first) / 2;
        Band band;
        band.level = byY[k].first;
        band.rect = QRectF(left, top, right - left, bottom - top);
        band.label.setText(tr("Level %1").arg(band.level));
        band.label.setTextFormat(Qt::PlainText);
        band.label.prepare(QTransform(), font);
        m_bands.push_back(std::move(band));
        sceneBox = sceneBox.united(m_bands.back().rect);
    }
    setSceneRect(sceneBox);
}

void GraphScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    painter->setFont(NodeItem::primaryFont());
    painter->setPen(BandLabel);
    for (std::size_t k = 0; k < m_bands.size(); ++k) {
        const Band &band = m_bands[k];
        if (!band.rect.intersects(rect))
            continue;
        if (k % 2 == 0)
            painter->fillRect(band.rect, BandFill);
        const QPointF at(band.rect.left() + BandPadding,
                         band.rect.center().y() - band.label.size().height() / 2);
        painter->drawStaticText(at, band.label);
    }
}

Legend::GraphKey GraphScene::legendKey() const
{
    Legend::GraphKey key{.imports = false,
                         .cycleImports = false,
                         .cuts = false,
                         .typeChecking = false,
                         .cycleMembers = false,
                         .packages = false,
                         .containers = !m_containers.empty(),
                         .focus = false};
    for (const EdgeItem *e : m_edges) {
        const EdgeLook &look = e->look();
        key.typeChecking = key.typeChecking || look.typeCheckingOnly;
        key.cuts = key.cuts || look.upward;
        key.cycleImports = key.cycleImports || (look.inCycle && !look.upward);
        key.imports = key.imports || (!look.inCycle && !look.upward && !look.typeCheckingOnly);
    }
    for (const NodeItem *n : m_nodes) {
        key.cycleMembers = key.cycleMembers || n->look().inCycle;
        key.packages = key.packages || n->look().members > 0;
        key.focus = key.focus || n->look().focus;
    }
    for (const ContainerItem *c : m_containers) {
        key.cycleMembers = key.cycleMembers || c->look().inCycle;
        key.focus = key.focus || c->look().focus;
    }
    return key;
}

NodeItem *GraphScene::itemForNode(int node) const
{
    for (NodeItem *item : m_nodes) {
        if (item->node() == node)
            return item;
    }
    return nullptr;
}

QHash<QString, QPointF> GraphScene::namedPositions() const
{
    QHash<QString, QPointF> out;
    for (const NodeItem *item : m_nodes)
        out.insert(item->look().name, item->pos());
    for (const ContainerItem *item : m_containers)
        out.insert(item->look().name + QLatin1Char('/'), item->rect().center());
    return out;
}

int GraphScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->node();
    }
    return -1;
}

void GraphScene::selectNode(int node)
{
    clearSelection();
    if (NodeItem *item = itemForNode(node))
        item->setSelected(true);
}

std::unique_ptr<GraphScene> makeGraphScene(const Analysis &analysis, const ImportGraph &graph,
                                           const Metrics &metrics,
                                           const GraphPictureOptions &options, QString *error,
                                           QStringList *warnings)
{
    const LayoutRequest request = GraphScene::layoutRequest(graph, metrics, options);
    // Nothing to show is an empty picture, not an error.
    const LayoutResult layout = request.nodes.empty() ? LayoutResult{} : computeLayout(request);
    if (warnings)
        *warnings += layout.warnings;
    if (!layout.ok()) {
        if (error)
            *error = layout.error;
        return nullptr;
    }
    return std::make_unique<GraphScene>(analysis, graph, metrics, options, layout);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            emit nodeActivated(node->node());
            event->accept();
            return;
        }
        auto *container = qgraphicsitem_cast<ContainerItem *>(item);
        if (container && container->headerRect().contains(event->scenePos())) {
            emit nodeActivated(container->node());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace headroom
