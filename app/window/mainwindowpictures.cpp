// The window's pictures: what to ask the controller for, the scenes made from its answer,
// packages opened and closed in place, and a node shown in them.
#include "mainwindow.h"

#include "cyclespanel.h"
#include "detailspanel.h"
#include "graphscene.h"
#include "graphview.h"
#include "matrixscene.h"
#include "nodeitem.h"
#include "structurepicture.h"
#include "treemapscene.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

namespace headroom {

const ImportGraph &MainWindow::pictureGraph() const
{
    static const ImportGraph none;
    return m_pictureGraph ? *m_pictureGraph : none;
}

void MainWindow::rebuildPictures()
{
    if (!m_snapshot)
        return;
    PictureRequest request;
    request.snapshot = m_snapshot;
    request.options.metric = m_view.metric;
    request.options.budget = m_snapshot->settings().metrics.budget;
    request.options.cycleKinds = m_snapshot->settings().metrics.cycles.kinds;
    request.depth = std::max(0, m_view.packageDepth);
    request.structure = showsStructureMap();
    if (m_view.packageDepth == -1 || m_view.packageDepth == -2)
        request.depth = m_view.packageDepth;
    request.options.allImports = m_view.allImports;
    request.expanded = QSet<QString>(m_view.expanded.begin(), m_view.expanded.end());
    request.focus = m_view.focus;
    request.options.focus = m_view.focus;
    request.hops = m_view.hops;
    request.fitFocus = m_fitFocus && request.structure && !request.focus.isEmpty();
    request.selected = m_selected;
    // Where the current picture's nodes sit, by name: unchanged nodes stay near there.
    request.projection = request.focus.isEmpty()
                             ? (request.structure ? QStringLiteral("structure")
                                                  : QStringLiteral("depth %1").arg(request.depth))
                             : QStringLiteral("focus %1 %2 %3")
                                   .arg(request.structure ? StructureLevel : request.depth)
                                   .arg(request.focus)
                                   .arg(request.hops);
    if (request.depth < 0 && m_selected >= 0) // a call graph is the selected module's
        request.projection += QLatin1Char(' ') + m_snapshot->graph().node(m_selected).name;
    if (auto *graph = qobject_cast<GraphScene *>(m_graphView->scene());
        graph && !m_shownProjection.isEmpty()) {
        QHash<QString, QPointF> &kept = m_positions[m_shownProjection];
        const QHash<QString, QPointF> now = graph->namedPositions();
        for (auto it = now.begin(); it != now.end(); ++it)
            kept.insert(it.key(), it.value());
    }
    request.previous = m_positions.value(request.projection);
    request.compareWith = m_compareWith;
    if (request.depth < 0 && (m_selected < 0 || !m_snapshot->calls)) {
        m_status->setText(m_selected < 0 ? tr("Select a module to see its classes or functions.")
                                         : tr("Classes and functions are drawn once the calls "
                                              "are resolved."));
        return;
    }
    m_controller->buildPictures(std::move(request));
}

// The scenes are made on the UI thread from what the controller computed.
void MainWindow::showPictures(const PictureDataPtr &d)
{
    m_picturedSnapshot = d->snapshot;
    const Analysis &a = *d->snapshot->analysis;
    // The same projection again (a cut, a re-analysis, a package opened in place): the
    // views keep their zoom and place instead of fitting anew.
    const bool same = !m_shownProjection.isEmpty() && m_shownProjection == d->projection;
    auto replace = [this, same](GraphView *view, QGraphicsScene *scene) {
        QGraphicsScene *old = view->scene();
        const QTransform zoom = view->transform();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        scene->setParent(view); // a view does not own its scene: the last one goes with it
        view->setScene(scene);
        const bool keep = same && old && view->isVisible();
        view->setProperty("needsFit", !view->isVisible());
        if (keep) {
            view->setTransform(zoom);
            view->centerOn(centre);
        } else if (view->isVisible()) {
            view->fitPicture();
        }
        // The old scene's teardown clears its selection: nobody here listens any more.
        if (old)
            old->disconnect(this);
        delete old;
    };
    auto *graph = d->structure ? new GraphScene(a, *d->structure, d->options)
                               : new GraphScene(a, d->unionGraph ? d->unionGraph->graph : d->graph,
                                                d->unionGraph ? d->unionGraph->metrics : d->metrics,
                                                d->options, d->layout);
    m_pictureGraph = std::shared_ptr<const ImportGraph>(d, &d->graph);
    m_shownProjection = d->projection;
    if (d->fittedFocus) { // the packages a new focus opened, worked out with its picture
        m_view.expanded = d->structure->open;
        m_fitFocus = false;
    }
    m_shownContainers.clear();
    if (d->structure) {
        for (const StructureContainer &c : d->structure->map.containers) {
            if (c.node >= 0)
                m_shownContainers.insert(d->graph.node(c.node).name);
        }
    }
    describePicture(d);
    connect(graph, &GraphScene::nodeActivated, this, &MainWindow::toggleExpanded);
    connect(graph, &GraphScene::importSelected, m_details, &DetailsPanel::showImport);
    connect(graph, &GraphScene::cutRequested, this, &MainWindow::cutBetween);
    connect(graph, &GraphScene::whyRequested, this, &MainWindow::showImportsBehind);
    graph->highlightImports(boxesOf(m_whyChain)); // a chain asked for stays shown
    connect(graph, &GraphScene::nodeSelected, this, [this](int node) {
        // Scene node ids are the projection's: map back by name.
        if (node >= 0 && node < pictureGraph().nodeCount() && m_snapshot)
            selectNode(m_snapshot->graph().find(pictureGraph().node(node).name));
    });
    replace(m_graphView, graph);
    if (!same && m_graphView->isVisible()) {
        // A picture too big to read whole opens legible around its focus, else at the top of
        // its longest chain.
        const int focus = m_view.focus.isEmpty() ? -1 : holderIn(d->graph, m_view.focus);
        const int at = focus >= 0                        ? focus
                       : d->metrics.longestChain.empty() ? -1
                                                         : d->metrics.longestChain.front();
        const NodeItem *item = at >= 0 ? graph->itemForNode(at) : nullptr;
        m_graphView->fitLegibly(item ? item->sceneBoundingRect().center()
                                     : graph->sceneRect().center());
    }
    Legend graphLegend(m_view.metric, graph->scale());
    const bool calls = m_view.packageDepth == -1 || m_view.packageDepth == -2;
    graphLegend.setShowsContainers(graph->isStructureMap() && !calls);
    graphLegend.setShowsCalls(calls);
    graphLegend.setGraphKey(graph->legendKey());
    if (graph->showsChanges())
        graphLegend.setChangesSince(m_compareLabel);
    m_graphView->setLegend(graphLegend);
    QGraphicsScene *matrix = makeMatrixScene(a, d->graph, d->metrics);
    auto *m = qobject_cast<MatrixScene *>(matrix);
    if (m) {
        // A cell opens its first import site; a header selects its module.
        connect(m, &MatrixScene::cellSelected, this, [this, m](int row, int col) {
            const int r = row >= 0 ? row : col;
            if (r < 0 || !m_snapshot)
                return;
            if (row >= 0 && col >= 0) {
                const std::vector<int> edges = m->edgesAt(row, col);
                if (!edges.empty() && !m->graph().edge(edges.front()).sites.empty()) {
                    const ImportSite &site = m->graph().edge(edges.front()).sites.front();
                    showSite({site.file, site.line});
                    return;
                }
            }
            const int node = m->model().row(r).node;
            if (node >= 0)
                selectNode(m_snapshot->graph().find(m->graph().node(node).name));
        });
        // Its key follows the aggregation the zoom or a collapsed package chooses.
        connect(m, &MatrixScene::groupsChanged, this, [this, m] {
            m_matrixView->setLegend(m->legend());
            showLegend();
        });
    }
    replace(m_matrixView, matrix);
    m_matrixView->setLegend(m ? std::optional<Legend>(m->legend()) : std::nullopt);
    // Laid out at the size it is shown, so that its names come out at their size.
    m_treemapView->setCaption(TreemapScene::colourTitle(m_view.metric));
    TreemapScene *treemap =
        makeTreemapScene(a, d->graph, d->metrics, m_view.metric,
                         TreemapScene::canvasFor(QSizeF(m_treemapView->pictureArea())));
    connect(treemap, &QGraphicsScene::selectionChanged, this, [this, treemap] {
        const QList<QGraphicsItem *> items = treemap->selectedItems();
        const int node = items.isEmpty() ? -1 : items.first()->data(TreemapScene::NodeKey).toInt();
        const int cls = items.isEmpty() ? -1 : items.first()->data(TreemapScene::ClassKey).toInt();
        if (node >= 0 && node < pictureGraph().nodeCount() && m_snapshot)
            selectNode(m_snapshot->graph().find(pictureGraph().node(node).name));
        if (cls >= 0) // a class's cell: the class in Details
            m_details->showClass(cls);
    });
    replace(m_treemapView, treemap);
    Legend treemapLegend(
        m_view.metric, MetricChoice::scale(m_view.metric, d->metrics, d->graph, d->options.budget));
    treemapLegend.setShowsEdges(false);
    treemapLegend.setShowsAggregates(treemap->hasAggregates());
    treemapLegend.setShowsMembers(treemap->hasMembers());
    m_treemapView->setLegend(treemapLegend);
    showLegend();
    if (!d->error.isEmpty())
        m_status->setText(tr("Layout problem: %1").arg(d->error));
    if (!m_stepShows.empty())
        fitStep(); // presentation mode: what the step presents, centred and fitted
    emit picturesBuilt();
}

// Double-clicking a collapsed package shows its members; double-clicking a member of an
// opened package closes it again.
void MainWindow::toggleExpanded(int pictureNode)
{
    if (!m_snapshot || pictureNode < 0 || pictureNode >= pictureGraph().nodeCount())
        return;
    const QString name = pictureGraph().node(pictureNode).name;
    if (showsStructureMap()) {
        // A closed package opens in place; an opened one (its header) closes with every
        // package opened inside it.
        const int moduleNode = m_snapshot->graph().find(name);
        if (m_view.expanded.contains(name)) {
            m_view.expanded.removeIf([&](const QString &open) { return isWithin(open, name); });
        } else if (moduleNode >= 0 && !m_snapshot->graph().node(moduleNode).children.empty()) {
            m_view.expanded << name;
        } else {
            return;
        }
        rebuildPictures();
        return;
    }
    if (m_view.packageDepth <= 0)
        return;
    const int moduleNode = m_snapshot->graph().find(name);
    const bool collapsed =
        moduleNode >= 0 && !m_snapshot->graph().node(moduleNode).children.empty() &&
        nameDepth(name) >= m_view.packageDepth && !m_view.expanded.contains(name);
    if (collapsed) {
        m_view.expanded << name;
    } else {
        QString parent = name;
        while (parent.contains(QLatin1Char('.'))) {
            parent.truncate(parent.lastIndexOf(QLatin1Char('.')));
            if (m_view.expanded.removeAll(parent) > 0)
                break;
        }
    }
    rebuildPictures();
}

bool MainWindow::showsStructureMap() const
{
    return m_view.packageDepth == StructureLevel ||
           (m_view.packageDepth == 0 && !m_view.focus.isEmpty());
}

// A focus at the structure or module level is a structure map of the module's
// neighbourhood, opened where the module and its neighbours are and folded farther out.
void MainWindow::focusOn(const QString &name)
{
    if (m_view.focus.isEmpty() && !name.isEmpty())
        m_expandedBeforeFocus = m_view.expanded;
    else if (!m_view.focus.isEmpty() && name.isEmpty())
        m_view.expanded = m_expandedBeforeFocus.value_or(
            m_view.packageDepth == StructureLevel && m_snapshot ? m_snapshot->firstOpen
                                                                : QStringList());
    m_view.focus = name;
    {
        const QSignalBlocker blocker(m_focusAction);
        m_focusAction->setChecked(!name.isEmpty());
    }
    // Which of its packages to open is worked out with its picture, off the UI thread.
    m_fitFocus = !name.isEmpty() && showsStructureMap();
    rebuildPictures();
}

void MainWindow::revealInPictures(int node)
{
    auto *graph = qobject_cast<GraphScene *>(m_graphView->scene());
    if (!graph || !m_snapshot || node < 0)
        return;
    // The module, or the package that holds it at the picture's level.
    const int shown = holderIn(pictureGraph(), m_snapshot->graph().node(node).name);
    {
        const QSignalBlocker blocker(graph);
        graph->selectNode(shown);
        if (NodeItem *item = shown >= 0 ? graph->itemForNode(shown) : nullptr)
            m_graphView->ensureVisible(item->sceneBoundingRect(), 80, 80);
    }
    if (auto *matrix = qobject_cast<MatrixScene *>(m_matrixView->scene())) {
        const int row = shown >= 0 ? matrix->model().rowOfNode(shown) : -1;
        const QSignalBlocker blocker(matrix);
        if (row >= 0) {
            matrix->selectCell(row, row);
            m_matrixView->ensureVisible(matrix->cellRect(row, row), 80, 80);
        }
    }
    if (auto *treemap = qobject_cast<TreemapScene *>(m_treemapView->scene())) {
        const QSignalBlocker blocker(treemap);
        treemap->clearSelection();
        if (QGraphicsItem *item = shown >= 0 ? treemap->itemForNode(shown) : nullptr)
            item->setSelected(true);
    }
}

// The panels and the status bar describe the picture on show: its boxes' own figures, its
// cycles, its depth. Call-graph pictures leave the panels to the modules; the status bar
// gives their own call depth and recursions.
void MainWindow::describePicture(const PictureDataPtr &d)
{
    PictureFactsPtr facts;
    const bool calls = m_view.packageDepth == -1 || m_view.packageDepth == -2;
    if (!calls) {
        auto f = std::make_shared<PictureFacts>();
        f->graph = std::shared_ptr<const ImportGraph>(d, &d->graph);
        f->metrics = std::shared_ptr<const Metrics>(d, &d->metrics);
        f->what = m_view.focus.isEmpty()
                      ? m_levelBox->currentText()
                      : tr("%1 around %2, %n import(s) away", nullptr, m_view.hops)
                            .arg(m_levelBox->currentText(), m_view.focus);
        f->layers.assign(std::size_t(d->graph.nodeCount()), -1);
        for (int v = 0; v < d->graph.nodeCount(); ++v) {
            if (d->structure) {
                const StructureMap &map = d->structure->map;
                const int c = map.boxContainer[std::size_t(v)];
                if (c >= 0)
                    f->layers[std::size_t(v)] =
                        map.containers[std::size_t(c)]
                            .members[std::size_t(map.boxMember[std::size_t(v)])]
                            .layer;
            } else {
                f->layers[std::size_t(v)] = d->metrics.nodes[std::size_t(v)].layer;
            }
        }
        facts = std::move(f);
    }
    m_facts = facts;
    m_details->setPicture(facts);
    m_cycles->setPicture(facts);
    const Analysis &a = *d->snapshot->analysis;
    const Metrics &m = d->metrics;
    // The project's counts first, then the picture's: the findings and problems are the
    // whole project's, whatever the picture shows.
    QString text = filesText(a) + QLatin1String(", ") +
                   tr("%n over budget", nullptr, int(d->snapshot->review.metrics.findings.size())) +
                   QLatin1String(", ") + tr("%n problem(s)", nullptr, int(a.diagnostics.size())) +
                   QLatin1String("; ") +
                   tr("this picture (%1): depth %2, %n cycle(s)", nullptr, int(m.cycles.size()))
                       .arg(facts ? facts->what : m_levelBox->currentText())
                       .arg(m.depth);
    // A structure map that could not be folded to fit (a flat project: the standard
    // library's 190 top-level modules have no package above them) says so, and where to look.
    if (!calls && m_view.focus.isEmpty() && d->structure &&
        d->structure->boxCount() > MaxFittingBoxes)
        text += tr("; %n boxes, no package to fold them into: the Matrix tab or a focus reads "
                   "them better",
                   nullptr, d->structure->boxCount());
    m_status->setText(text);
}

} // namespace headroom
