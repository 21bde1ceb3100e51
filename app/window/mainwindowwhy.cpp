// "Why does A depend on B?": the shortest import chain, in the Why dock and in the picture.
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

// Each import as the picture shows it: between the boxes that hold its two modules.
QList<QPair<QString, QString>>
MainWindow::boxesOf(const QList<QPair<QString, QString>> &imports) const
{
    QList<QPair<QString, QString>> boxes;
    for (const auto &[source, target] : imports)
        boxes.append({boxOf(source), boxOf(target)});
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

} // namespace headroom
