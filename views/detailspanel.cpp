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
    }
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
