#include "detailspanel.h"

#include "exporter.h"
#include "metricchoice.h"

#include <QHeaderView>
#include <QMenu>

namespace headroom {

namespace {
enum Role
{
    NodeRole = Qt::UserRole + 1,
    FileRole,
    LineRole,
    EdgeRole
};
}

DetailsPanel::DetailsPanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Property"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, FileRole).isValid())
            emit siteActivated({item->data(0, FileRole).toInt(), item->data(0, LineRole).toInt()});
        else if (item->data(0, NodeRole).isValid())
            emit nodeActivated(item->data(0, NodeRole).toInt());
    });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = itemAt(pos);
        if (!item || !item->data(0, EdgeRole).isValid())
            return;
        const int edge = item->data(0, EdgeRole).toInt();
        QMenu menu(this);
        menu.addAction(tr("Cut this import (what if)"), this,
                       [this, edge] { emit cutRequested(edge); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void DetailsPanel::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    const int node = m_node;
    m_node = -1;
    showNode(m_snapshot && node < m_snapshot->graph().nodeCount() ? node : -1);
}

void DetailsPanel::addEdges(QTreeWidgetItem *parent, const std::vector<int> &edges, bool outgoing)
{
    const Analysis &a = *m_snapshot->analysis;
    const ImportGraph &g = m_snapshot->graph();
    for (const int e : edges) {
        const Edge &edge = g.edge(e);
        const int other = outgoing ? edge.target : edge.source;
        auto *item = new QTreeWidgetItem(
            parent, {g.node(other).name, tr("%n site(s)", nullptr, edge.weight())});
        item->setData(0, NodeRole, other);
        item->setData(0, EdgeRole, e);
        for (const ImportSite &s : edge.sites) {
            auto *site = new QTreeWidgetItem(item, {siteText(a, s)});
            site->setData(0, FileRole, s.file);
            site->setData(0, LineRole, s.line);
        }
        addUses(item, edge);
    }
}

// What realises an import: the calls, instantiations, references, decorators and bases of
// the call graph whose caller is in the importer and callee in what it imports.
void DetailsPanel::addUses(QTreeWidgetItem *parent, const Edge &edge)
{
    const CallGraph *calls = m_snapshot->calls.get();
    const Analysis &a = *m_snapshot->analysis;
    const int importEdge = a.graph.findEdge(edge.source, edge.target);
    if (!calls || importEdge < 0 || std::size_t(importEdge) >= calls->importUses.size())
        return;
    const std::vector<int> &uses = calls->importUses[std::size_t(importEdge)];
    if (uses.empty()) {
        auto *none = new QTreeWidgetItem(
            parent, {tr("No call, instantiation, reference or base class behind this import (it "
                        "may only read values, or re-export)")});
        none->setForeground(0, palette().color(QPalette::PlaceholderText));
        return;
    }
    auto *group = new QTreeWidgetItem(
        parent, {tr("Used by %n call(s) or use(s)", nullptr, int(uses.size()))});
    constexpr std::size_t MaxShown = 50;
    for (std::size_t i = 0; i < uses.size() && i < MaxShown; ++i) {
        const CallEdge &e = calls->edges[std::size_t(uses[i])];
        auto *use =
            new QTreeWidgetItem(group, {tr("%1 → %2").arg(calls->node(e.caller).qualifiedName,
                                                          calls->node(e.callee).qualifiedName),
                                        useKindText(e.kind)});
        if (!e.sites.empty()) {
            use->setData(0, FileRole, e.sites.front().file);
            use->setData(0, LineRole, e.sites.front().line);
        }
    }
    if (uses.size() > MaxShown)
        new QTreeWidgetItem(group, {tr("%n more", nullptr, int(uses.size() - MaxShown))});
}

QString DetailsPanel::useKindText(CallEdgeKind kind)
{
    switch (kind) {
    case CallEdgeKind::Call:
        return tr("call");
    case CallEdgeKind::Instantiate:
        return tr("instantiation");
    case CallEdgeKind::Reference:
        return tr("reference");
    case CallEdgeKind::Decorator:
        return tr("decorator");
    case CallEdgeKind::Inherit:
        return tr("base class");
    case CallEdgeKind::Uses:
        return tr("use");
    }
    return {};
}

void DetailsPanel::showNode(int node)
{
    clear();
    m_node = node;
    if (!m_snapshot || node < 0)
        return;
    const ImportGraph &g = m_snapshot->graph();
    const Metrics &m = m_snapshot->review.metrics;
    const Node &n = g.node(node);
    auto row = [this](const QString &name, const QString &value) {
        return new QTreeWidgetItem(this, {name, value});
    };
    row(tr("Name"), n.name);
    if (n.file >= 0) {
        QTreeWidgetItem *file = row(tr("File"), m_snapshot->analysis->file(n.file).relativePath);
        file->setData(0, FileRole, n.file);
        file->setData(0, LineRole, 1);
    }
    if (g.isInternal(node)) {
        for (const Metric metric : MetricChoice::all()) {
            if (const auto v = MetricChoice::value(metric, m, g, node))
                row(MetricChoice::name(metric), MetricChoice::format(metric, *v))
                    ->setToolTip(0, MetricChoice::description(metric));
        }
        const int cycle = m.nodes[std::size_t(node)].cycle;
        if (cycle >= 0)
            row(tr("Cycle"), tr("in cycle %1 of %n module(s)", nullptr,
                                int(m.cycles[std::size_t(cycle)].members.size()))
                                 .arg(cycle + 1));
    }
    std::vector<int> out;
    std::vector<int> in;
    for (const int e : g.outEdges(node))
        out.push_back(e);
    for (const int e : g.inEdges(node))
        in.push_back(e);
    auto *imports = row(tr("Imports"), QString::number(out.size()));
    addEdges(imports, out, true);
    imports->setExpanded(true);
    auto *importedBy = row(tr("Imported by"), QString::number(in.size()));
    addEdges(importedBy, in, false);
    importedBy->setExpanded(true);
}

} // namespace headroom
