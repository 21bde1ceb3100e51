#include "cyclespanel.h"

#include "exporter.h"

#include <QHeaderView>

namespace headroom {

namespace {
enum Role
{
    NodeRole = Qt::UserRole + 1,
    FileRole,
    LineRole
};
}

CyclesPanel::CyclesPanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Cycle"), tr("Where")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant file = item->data(0, FileRole);
        if (file.isValid())
            emit siteActivated({file.toInt(), item->data(0, LineRole).toInt()});
        const QVariant node = item->data(0, NodeRole);
        if (node.isValid())
            emit nodeActivated(node.toInt());
    });
}

void CyclesPanel::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    setCycles(m_snapshot ? m_snapshot->review.metrics.cycles : std::vector<Cycle>{});
}

void CyclesPanel::setCycles(const std::vector<Cycle> &cycles)
{
    clear();
    if (!m_snapshot)
        return;
    const Analysis &a = *m_snapshot->analysis;
    const ImportGraph &g = m_snapshot->graph();
    auto siteItem = [&](QTreeWidgetItem *parent, const QString &text, const ImportSite &site) {
        auto *item = new QTreeWidgetItem(parent, {text, siteText(a, site)});
        item->setData(0, FileRole, site.file);
        item->setData(0, LineRole, site.line);
        return item;
    };
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        const Cycle &c = cycles[i];
        auto *top = new QTreeWidgetItem(
            this, {tr("Cycle %1: %n module(s)", nullptr, int(c.members.size())).arg(i + 1),
                   tr("cut %n import(s)", nullptr, int(c.breakingSet.size()))});
        top->setData(0, NodeRole, c.members.front());
        if (!c.chains.empty()) {
            auto *chain = new QTreeWidgetItem(top, {tr("Chain")});
            for (const int e : c.chains.front()) {
                const Edge &edge = g.edge(e);
                siteItem(
                    chain,
                    tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name),
                    edge.sites.front());
            }
            chain->setExpanded(true);
        }
        auto *cuts = new QTreeWidgetItem(
            top, {c.exact ? tr("Imports to cut") : tr("Imports to cut (heuristic)")});
        for (const int e : c.breakingSet) {
            const Edge &edge = g.edge(e);
            for (const ImportSite &site : edge.sites)
                siteItem(
                    cuts,
                    tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name),
                    site);
        }
        cuts->setExpanded(true);
        auto *members = new QTreeWidgetItem(top, {tr("Members")});
        for (const int m : c.members) {
            auto *item = new QTreeWidgetItem(members, {g.node(m).name});
            item->setData(0, NodeRole, m);
        }
    }
    if (cycles.empty())
        new QTreeWidgetItem(this, {tr("No import cycles")});
    else if (cycles.size() <= 3)
        expandToDepth(0);
}

} // namespace headroom
