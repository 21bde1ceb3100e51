#include "cyclespanel.h"

#include "exporter.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace headroom {

namespace {
enum Role
{
    NodeRole = Qt::UserRole + 1,
    FileRole,
    LineRole,
    ImportsRole, // QList<int>: the shown graph's edges a cut on this row removes
    ChainRole    // QList<int>: on a cycle's row, the shown graph's edges of its chain
};
} // namespace

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
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { emit importsChosen(shownBy(item)); });
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTreeWidgetItem *item = itemAt(pos);
        const QList<QPair<QString, QString>> imports = importsOf(item);
        if (imports.isEmpty())
            return;
        QMenu menu(this);
        const bool cycle = item && !item->parent();
        menu.addAction(cycle ? tr("Cut the suggested imports (what if)")
                             : tr("Cut this import (what if)"),
                       QKeySequence::Delete, this, [this, imports] { emit cutRequested(imports); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void CyclesPanel::keyPressEvent(QKeyEvent *event)
{
    const QList<QPair<QString, QString>> imports = importsOf(currentItem());
    if (event->matches(QKeySequence::Delete) && !imports.isEmpty()) {
        emit cutRequested(imports);
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

// These edges of shownGraph() by the names of their ends.
QList<QPair<QString, QString>> CyclesPanel::namesOf(const QVariant &edges) const
{
    QList<QPair<QString, QString>> imports;
    const ImportGraph &g = shownGraph();
    for (const int e : edges.value<QList<int>>()) {
        if (e >= 0 && e < g.edgeCount())
            imports.append({g.node(g.edge(e).source).name, g.node(g.edge(e).target).name});
    }
    return imports;
}

// A cycle's row (its suggested cuts) or an import's row (that import); else nothing.
QList<QPair<QString, QString>> CyclesPanel::importsOf(const QTreeWidgetItem *item) const
{
    return item ? namesOf(item->data(0, ImportsRole)) : QList<QPair<QString, QString>>();
}

// An import's row: that import; any other row of a cycle: the cycle's chain.
QList<QPair<QString, QString>> CyclesPanel::shownBy(const QTreeWidgetItem *item) const
{
    if (!item)
        return {};
    if (item->parent() && item->data(0, ImportsRole).isValid())
        return importsOf(item);
    const QTreeWidgetItem *top = item;
    while (top->parent())
        top = top->parent();
    return namesOf(top->data(0, ChainRole));
}

// What identifies a row across rebuilds: its text and its parents' (a cycle by its members,
// which a cut elsewhere does not change, and which another picture's cycles do not share).
QString CyclesPanel::keyOf(const QTreeWidgetItem *item)
{
    QStringList parts;
    for (; item; item = item->parent())
        parts.prepend(item->parent() ? item->text(0) : item->data(1, Qt::UserRole).toString());
    return parts.join(QLatin1Char('/'));
}

void CyclesPanel::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_picture.reset(); // the next picture comes with it
    setCycles(m_snapshot ? m_snapshot->review.metrics.cycles : std::vector<Cycle>{});
}

void CyclesPanel::setPicture(PictureFactsPtr picture)
{
    m_picture = picture && picture->graph && picture->metrics ? std::move(picture) : nullptr;
    if (!m_snapshot)
        return;
    setCycles(m_picture ? m_picture->metrics->cycles : m_snapshot->review.metrics.cycles);
}

const ImportGraph &CyclesPanel::shownGraph() const
{
    static const ImportGraph none;
    return m_picture ? *m_picture->graph : m_snapshot ? m_snapshot->graph() : none;
}

// The module cycles whose members all lie in the package cycle's members.
void CyclesPanel::addModuleCycles(QTreeWidgetItem *parent, const Cycle &packageCycle)
{
    const ImportGraph &modules = m_snapshot->graph();
    const ImportGraph &g = shownGraph();
    const auto inside = [&](const QString &name) {
        return std::any_of(packageCycle.members.begin(), packageCycle.members.end(),
                           [&](int p) { return isWithin(name, g.node(p).name); });
    };
    QTreeWidgetItem *group = nullptr;
    const std::vector<Cycle> &cycles = m_snapshot->review.metrics.cycles;
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        const Cycle &c = cycles[i];
        if (!std::all_of(c.members.begin(), c.members.end(),
                         [&](int m) { return inside(modules.node(m).name); }))
            continue;
        if (!group)
            group = new QTreeWidgetItem(parent, {tr("Module cycles inside it")});
        QStringList names;
        for (const int m : c.members)
            names << modules.node(m).name;
        auto *item = new QTreeWidgetItem(group, {tr("%n module(s)", nullptr, int(c.members.size())),
                                                 names.join(QLatin1String(", "))});
        item->setToolTip(1, names.join(QLatin1Char('\n')));
    }
}

void CyclesPanel::setCycles(const std::vector<Cycle> &cycles)
{
    // Rows opened before (and where the list was scrolled) stay so: cutting one cycle's
    // imports must not fold the others away.
    QHash<QString, bool> expanded; // by every row's key: whether it was open
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        expanded.insert(keyOf(*it), (*it)->isExpanded());
    const bool restore = topLevelItemCount() > 0;
    const int scrolled = verticalScrollBar()->value();
    clear();
    if (!m_snapshot)
        return;
    const auto finish = qScopeGuard([&] {
        if (!restore)
            return;
        // Rows not shown before (another picture's cycles) open as a first list does.
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            if (const auto was = expanded.constFind(keyOf(*it)); was != expanded.cend())
                (*it)->setExpanded(*was);
        }
        verticalScrollBar()->setValue(scrolled);
    });
    const Analysis &a = *m_snapshot->analysis;
    const ImportGraph &g = shownGraph();
    // A row of an import and where it is: the dock is narrow, so its tooltip says both, the
    // second column being off-screen.
    auto importItem = [](QTreeWidgetItem *parent, const QString &text, const QString &where) {
        auto *item = new QTreeWidgetItem(parent, {text, where});
        item->setToolTip(0, text + QLatin1Char('\n') + where);
        return item;
    };
    // A row that opens the import's place; `text` empty: the place is its text.
    auto siteItem = [&](QTreeWidgetItem *parent, const QString &text, const ImportSite &site) {
        const QString where = siteText(a, site);
        auto *item =
            text.isEmpty() ? new QTreeWidgetItem(parent, {where}) : importItem(parent, text, where);
        item->setData(0, FileRole, site.file);
        item->setData(0, LineRole, site.line);
        return item;
    };
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        const Cycle &c = cycles[i];
        auto *top = new QTreeWidgetItem(
            this, {tr("Cycle %1: %n member(s)", nullptr, int(c.members.size())).arg(i + 1),
                   tr("cut %n import(s)", nullptr, int(c.breakingSet.size()))});
        top->setData(0, NodeRole, c.members.front());
        QStringList memberNames;
        for (const int m : c.members)
            memberNames << g.node(m).name;
        top->setData(1, Qt::UserRole, memberNames.join(QLatin1Char(' ')));
        top->setData(0, ImportsRole,
                     QVariant::fromValue(QList<int>(c.breakingSet.begin(), c.breakingSet.end())));
        top->setToolTip(0, tr("Right-click or Delete: cut the suggested imports (what if)"));
        if (!c.chains.empty()) {
            top->setData(
                0, ChainRole,
                QVariant::fromValue(QList<int>(c.chains.front().begin(), c.chains.front().end())));
            auto *chain = new QTreeWidgetItem(top, {tr("Chain")});
            for (const int e : c.chains.front()) {
                const Edge &edge = g.edge(e);
                siteItem(
                    chain,
                    tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name),
                    edge.sites.front())
                    ->setData(0, ImportsRole, QVariant::fromValue(QList<int>{e}));
            }
            chain->setExpanded(true);
        }
        auto *cuts = new QTreeWidgetItem(
            top, {c.exact ? tr("Imports to cut") : tr("Imports to cut (heuristic)")});
        // One row per import of the picture, as the cycle's count says; where it is written
        // in more than one place, those places under it.
        for (const int e : c.breakingSet) {
            const Edge &edge = g.edge(e);
            const QString text =
                tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name);
            QTreeWidgetItem *item = nullptr;
            if (edge.sites.size() == 1) {
                item = siteItem(cuts, text, edge.sites.front());
            } else {
                item = importItem(cuts, text,
                                  tr("%n import statement(s)", nullptr, int(edge.sites.size())));
                for (const ImportSite &site : edge.sites)
                    siteItem(item, QString(), site)
                        ->setData(0, ImportsRole, QVariant::fromValue(QList<int>{e}));
            }
            item->setData(0, ImportsRole, QVariant::fromValue(QList<int>{e}));
        }
        cuts->setExpanded(true);
        auto *members = new QTreeWidgetItem(top, {tr("Members")});
        for (const int m : c.members) {
            auto *item = new QTreeWidgetItem(members, {g.node(m).name});
            item->setData(0, NodeRole, m);
        }
        if (m_picture && &g != &m_snapshot->graph())
            addModuleCycles(top, c);
    }
    if (cycles.empty())
        new QTreeWidgetItem(this, {tr("No import cycles")});
    else if (cycles.size() <= 3) {
        // Opened one by one: expandToDepth() would fold the chains and cuts opened above.
        for (int i = 0; i < topLevelItemCount(); ++i)
            topLevelItem(i)->setExpanded(true);
    }
}

} // namespace headroom
