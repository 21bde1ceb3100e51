// "Why does A depend on B?": the shortest import chain, in the Why dock and in the picture;
// and the module imports behind one arrow of the picture.
#include "mainwindow.h"

#include "exporter.h"
#include "graphscene.h"
#include "graphview.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QTreeWidget>

namespace headroom {

QString MainWindow::boxOf(const QString &module) const
{
    const int box = holderIn(pictureGraph(), module);
    return box >= 0 ? pictureGraph().node(box).name : QString();
}

QString MainWindow::arrowEnd(const QString &module, const QString &other) const
{
    // In a structure map an arrow joins two members of the innermost opened package holding
    // both boxes: the box itself, or the opened package around it that is such a member.
    QString end = boxOf(module);
    const QString otherBox = boxOf(other);
    for (qsizetype dot = end.lastIndexOf(QLatin1Char('.')); dot > 0;
         dot = end.lastIndexOf(QLatin1Char('.'))) {
        const QString package = end.left(dot);
        if (!m_shownContainers.contains(package) || isWithin(otherBox, package))
            break;
        end = package;
    }
    return end;
}

bool MainWindow::isBehind(const QString &from, const QString &to, const QString &source,
                          const QString &target) const
{
    return arrowEnd(from, to) == source && arrowEnd(to, from) == target;
}

// Each import as the picture shows it: the arrow that carries it.
QList<QPair<QString, QString>>
MainWindow::boxesOf(const QList<QPair<QString, QString>> &imports) const
{
    QList<QPair<QString, QString>> boxes;
    for (const auto &[source, target] : imports)
        boxes.append({arrowEnd(source, target), arrowEnd(target, source)});
    return boxes;
}

void MainWindow::findPath()
{
    if (!m_snapshot)
        return;
    const ImportGraph &g = m_snapshot->graph();
    QStringList names;
    for (const Node &n : g.nodes()) {
        if (n.origin == Origin::Internal)
            names << n.name;
    }
    names.sort();
    bool ok = false;
    const QString from =
        QInputDialog::getItem(this, tr("Why does A depend on B?"), tr("Module A:"), names,
                              std::max<int>(0, names.indexOf(m_view.selected)), true, &ok);
    if (!ok)
        return;
    const QString to = QInputDialog::getItem(this, tr("Why does A depend on B?"), tr("Module B:"),
                                             names, 0, true, &ok);
    if (ok)
        showWhy(from, to);
}

bool MainWindow::showWhy(const QString &from, const QString &to)
{
    if (!m_snapshot)
        return false;
    const ImportGraph &g = m_snapshot->graph();
    const std::vector<int> chain = shortestImportChain(g, g.find(from), g.find(to));
    m_why->clear();
    m_whyChain.clear();
    m_whyDock->show();
    m_whyDock->raise();
    if (chain.empty()) {
        new QTreeWidgetItem(
            m_why, {tr("%1 does not import %2, directly or through other modules.").arg(from, to)});
        if (auto *graph = qobject_cast<GraphScene *>(m_graphView->scene()))
            graph->highlightImports({});
        return false;
    }
    auto *top = new QTreeWidgetItem(
        m_why,
        {tr("%1 depends on %2: the shortest import chain, %n import(s)", nullptr, int(chain.size()))
             .arg(from, to)});
    for (const int e : chain) {
        const Edge &edge = g.edge(e);
        const ImportSite &site = edge.sites.front();
        auto *step = new QTreeWidgetItem(
            top, {tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name),
                  siteText(*m_snapshot->analysis, site)});
        step->setData(0, Qt::UserRole, site.file);
        step->setData(0, Qt::UserRole + 1, site.line);
        m_whyChain.append({g.node(edge.source).name, g.node(edge.target).name});
    }
    top->setExpanded(true);
    if (auto *graph = qobject_cast<GraphScene *>(m_graphView->scene()))
        graph->highlightImports(boxesOf(m_whyChain));
    const ImportSite &first = g.edge(chain.front()).sites.front();
    showSite({first.file, first.line});
    return true;
}

bool MainWindow::showImportsBehind(const QString &source, const QString &target)
{
    if (!m_snapshot)
        return false;
    const ImportGraph &g = m_snapshot->graph();
    m_why->clear();
    m_whyChain.clear();
    m_whyDock->show();
    m_whyDock->raise();
    std::vector<int> behind;
    for (int e = 0; e < g.edgeCount(); ++e) {
        const Edge &edge = g.edge(e);
        if (isBehind(g.node(edge.source).name, g.node(edge.target).name, source, target))
            behind.push_back(e);
    }
    auto *graph = qobject_cast<GraphScene *>(m_graphView->scene());
    if (behind.empty()) {
        new QTreeWidgetItem(m_why,
                            {tr("%1 does not import %2 in this picture.").arg(source, target)});
        if (graph)
            graph->highlightImports({});
        return false;
    }
    auto *top = new QTreeWidgetItem(
        m_why, {tr("%1 imports %2 through %n module import(s)", nullptr, int(behind.size()))
                    .arg(source, target)});
    for (const int e : behind) {
        const Edge &edge = g.edge(e);
        auto *step = new QTreeWidgetItem(
            top, {tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name),
                  siteText(*m_snapshot->analysis, edge.sites.front())});
        step->setData(0, Qt::UserRole, edge.sites.front().file);
        step->setData(0, Qt::UserRole + 1, edge.sites.front().line);
        // Every further site of the same import one level down.
        for (std::size_t i = 1; i < edge.sites.size(); ++i) {
            auto *site = new QTreeWidgetItem(
                step, {QString(), siteText(*m_snapshot->analysis, edge.sites[i])});
            site->setData(0, Qt::UserRole, edge.sites[i].file);
            site->setData(0, Qt::UserRole + 1, edge.sites[i].line);
        }
        m_whyChain.append({g.node(edge.source).name, g.node(edge.target).name});
    }
    top->setExpanded(true);
    if (graph)
        graph->highlightImports(boxesOf(m_whyChain));
    return true;
}

} // namespace headroom
