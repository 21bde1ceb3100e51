// The window under the offscreen platform: open the sample project, follow one selection
// through every view, cancel an analysis, open a missing folder, save and reopen a view,
// export from the window.
#include "analysiscontroller.h"
#include "cyclespanel.h"
#include "detailspanel.h"
#include "edgeitem.h"
#include "findingspanel.h"
#include "frozencolumnview.h"
#include "graphscene.h"
#include "graphview.h"
#include "legendpanel.h"
#include "mainwindow.h"
#include "matrixscene.h"
#include "metricchoice.h"
#include "metricstablemodel.h"
#include "moduletreemodel.h"
#include "nodeitem.h"
#include "picturesafter.h"
#include "pipeline.h"
#include "projectfixture.h"
#include "reviewwalk.h"
#include "sourceview.h"
#include "structure.h"
#include "tablespane.h"
#include "treemapscene.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

#include <algorithm>

#include <sched.h>

using namespace headroom;
using headroom::test::picturesAfter;

class TestWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openAndSelect();
    void cancel();
    void missingFolder();
    void saveAndReopenView();
    void whatIfCut();
    void importUses();
    void reviewWalk();
    void legendRemembered();
    void expandPackages();
    void structureMap();
    void panelsFollowThePicture();
    void crowdedStructureSaysSo();
    void cutFromTheCycles();
    void cycleShownInThePicture();
    void cutsOneRowPerImport();
    void detailsReadWhole();
    void findingChosen();
    void classDetails();
    void importsInThePicture();
    void callGraphPictures();
    void focusFoldsWhatIsFar();
    void importGraphBeforeCalls();
    void reanalyseOnChange();
    void exportPictures_data();
    void exportPictures();
    void moduleTreeModel();
    void menuMnemonics();

private:
    const QString m_sample = QStringLiteral(HEADROOM_SAMPLE_DIR);
};

void TestWindow::initTestCase()
{
    if (qEnvironmentVariableIsSet("HEADROOM_TEST_ONE_CORE")) {
        // Threads started from now on inherit the main thread's one allowed core.
        cpu_set_t allowed;
        CPU_ZERO(&allowed);
        QVERIFY(sched_getaffinity(0, sizeof allowed, &allowed) == 0);
        int first = 0;
        while (first < CPU_SETSIZE && !CPU_ISSET(first, &allowed))
            ++first;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(first, &one);
        QVERIFY(sched_setaffinity(0, sizeof one, &one) == 0);
    }
    qputenv("HEADROOM_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
}

void TestWindow::openAndSelect()
{
    MainWindow w;
    w.show();
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    QVERIFY(w.snapshot());
    QCOMPARE(w.snapshot()->analysis->scan.projectName, QStringLiteral("tinyshop"));

    // Select a module in the project tree: details, graph and source follow.
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("projectTree"));
    QVERIFY(tree);
    const int node = w.snapshot()->graph().find(QStringLiteral("tinyshop.domain.order"));
    QVERIFY(node >= 0);
    auto *model = qobject_cast<QSortFilterProxyModel *>(tree->model());
    auto *source = qobject_cast<ModuleTreeModel *>(model->sourceModel());
    tree->setCurrentIndex(model->mapFromSource(source->indexOfNode(node)));
    QCOMPARE(w.selectedNode(), node);
    QCOMPARE(w.findChild<DetailsPanel *>()->node(), node);
    QVERIFY(w.findChild<SourceView *>()->currentFile().endsWith(
        QLatin1String("tinyshop/domain/order.py")));
    auto *graph =
        qobject_cast<GraphScene *>(w.findChild<GraphView *>(QStringLiteral("graphView"))->scene());
    QVERIFY(graph);
    QVERIFY(graph->selectedNode() >= 0);
    auto *matrix = qobject_cast<MatrixScene *>(
        w.findChild<GraphView *>(QStringLiteral("matrixView"))->scene());
    QVERIFY(matrix);
    const int row =
        matrix->model().rowOfNode(matrix->graph().find(QStringLiteral("tinyshop.domain.order")));
    QVERIFY(row >= 0);
    QCOMPARE(matrix->selectedCell().row, row);
    auto *treemap = qobject_cast<TreemapScene *>(
        w.findChild<GraphView *>(QStringLiteral("treemapView"))->scene());
    QVERIFY(treemap);
    QVERIFY(!treemap->selectedItems().isEmpty());

    // A matrix header selects its module in the window.
    const int checkout = matrix->model().rowOfNode(
        matrix->graph().find(QStringLiteral("tinyshop.services.checkout")));
    emit matrix->cellSelected(checkout, -1);
    QCOMPARE(w.snapshot()->graph().node(w.selectedNode()).name,
             QStringLiteral("tinyshop.services.checkout"));
    w.selectNode(node);

    // Selecting in the graph selects in the window.
    const int pricing = w.snapshot()->graph().find(QStringLiteral("tinyshop.domain.pricing"));
    QSignalSpy sceneSelection(graph, &GraphScene::nodeSelected);
    for (NodeItem *item : graph->nodeItems()) {
        if (item->node() >= 0 && graph->itemForNode(item->node()) == item) {
            graph->selectNode(item->node());
            break;
        }
    }
    w.selectNode(pricing);
    QCOMPARE(w.findChild<DetailsPanel *>()->node(), pricing);

    // A site opens the source at its line.
    w.showSite({w.snapshot()->graph().node(pricing).file, 4});
    QCOMPARE(w.findChild<SourceView *>()->markedLine(), 4);
}

void TestWindow::cancel()
{
    // Files that are slow to parse (one long literal each) and cheap for every later stage:
    // parsing them all takes far longer than it takes Cancel to arrive.
    const QString data = QStringLiteral("DATA = [\n") +
                         QStringLiteral("    (1, 'two', 3.0),\n").repeated(2000) +
                         QStringLiteral("]\n");
    FileList files{{QStringLiteral("big/__init__.py"), QString()}};
    for (int i = 0; i < 300; ++i)
        files.append({QStringLiteral("big/m%1.py").arg(i),
                      QStringLiteral("import big.m%1\n").arg((i + 1) % 300) + data});
    ProjectFixture project(files);
    MainWindow w;
    AnalysisController *controller = w.controller();
    QSignalSpy progress(controller, &AnalysisController::progress);
    QSignalSpy cancelled(controller, &AnalysisController::cancelled);
    QSignalSpy finished(controller, &AnalysisController::finished);
    const auto stage = [](const QList<QVariant> &signal) { return signal.at(0).toInt(); };
    const auto isParsing = [&](const QList<QVariant> &s) {
        return stage(s) == int(Stage::Parsing);
    };
    const auto parsing = [&] { return std::any_of(progress.begin(), progress.end(), isParsing); };
    w.openFolder(project.path());
    // Cancel once the first files are parsed.
    while (!parsing() && progress.wait(60000)) {
    }
    QVERIFY(parsing());
    controller->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() + finished.count() > 0, 60000);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!controller->isRunning());
    QVERIFY(!w.snapshot());
    // The analysis stopped: parsing did not get through the files, and no later stage began.
    int parsed = 0;
    int total = 0;
    for (const QList<QVariant> &s : progress) {
        QVERIFY2(stage(s) <= int(Stage::Parsing),
                 qPrintable(QStringLiteral("stage %1 ran").arg(stage(s))));
        if (stage(s) == int(Stage::Parsing)) {
            parsed = std::max(parsed, s.at(1).toInt());
            total = s.at(2).toInt();
        }
    }
    QCOMPARE(total, 301);
    QVERIFY2(parsed < total,
             qPrintable(QStringLiteral("parsed %1 of %2 files").arg(parsed).arg(total)));
    // The window still works afterwards.
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
}

void TestWindow::missingFolder()
{
    MainWindow w;
    QSignalSpy failed(w.controller(), &AnalysisController::failed);
    // A missing folder fails at once, often before open() returns (on one core with a pool
    // thread already idle). The answer still comes later, from the event loop, never from
    // inside open(): a caller that waits after open() must not miss it.
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    for (int i = 0; i < 20; ++i) {
        w.openFolder(QStringLiteral("/nonexistent/headroom/project%1").arg(i));
        QCOMPARE(failed.count(), i);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), i + 1, 10000);
        QCOMPARE(failed.last().at(1).toInt(), int(ScanStatus::Missing));
    }
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    QVERIFY(!w.snapshot());
}

void TestWindow::saveAndReopenView()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("view.headroom.json"));
    ViewState saved;
    {
        MainWindow w;
        QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
        ViewState state = w.viewState();
        state.packageDepth = 2;
        state.metric = Metric::Instability;
        state.tab = 1;
        state.cuts = {
            {QStringLiteral("tinyshop.domain.order"), QStringLiteral("tinyshop.domain.pricing")}};
        state.selected = QStringLiteral("tinyshop.services.checkout");
        QVERIFY(picturesAfter(w, [&] { w.applyViewState(state); }));
        QString error;
        QVERIFY2(w.saveView(file, &error), qPrintable(error));
        saved = w.viewState();
    }
    MainWindow w;
    QString error;
    bool opened = false;
    QVERIFY(picturesAfter(w, [&] { opened = w.openView(file, &error); }));
    QVERIFY2(opened, qPrintable(error));
    const ViewState reopened = w.viewState();
    QCOMPARE(reopened.packageDepth, 2);
    QCOMPARE(reopened.metric, Metric::Instability);
    QCOMPARE(reopened.tab, 1);
    QCOMPARE(reopened.cuts, saved.cuts);
    QCOMPARE(reopened, saved);
    // The cut is applied: one cycle is left.
    QCOMPARE(int(w.snapshot()->review.metrics.cycles.size()), 1);
    QCOMPARE(w.snapshot()->graph().node(w.selectedNode()).name,
             QStringLiteral("tinyshop.services.checkout"));

    QVERIFY(!w.openView(dir.filePath(QStringLiteral("missing.json")), &error));
    ProjectFixture junk(FileList{{"not-a-view.json", "{\"format\": \"something else\"}"}});
    QVERIFY(!w.openView(junk.filePath(QStringLiteral("not-a-view.json")), &error));
}

void TestWindow::whatIfCut()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    QCOMPARE(int(w.snapshot()->review.metrics.cycles.size()), 2);
    const int depth = w.snapshot()->review.metrics.depth;
    const Cycle cycle = w.snapshot()->review.metrics.cycles.front();
    QSignalSpy built(&w, &MainWindow::picturesBuilt);
    for (const int e : cycle.breakingSet)
        w.cutImport(e);
    QTRY_VERIFY_WITH_TIMEOUT(int(w.snapshot()->review.metrics.cycles.size()) == 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(built.count() > 0, 60000);
    QCOMPARE(int(w.snapshot()->review.metrics.cycles.size()), 1);
    QVERIFY(w.snapshot()->review.metrics.depth >= depth); // a cycle unfolded into levels
    QCOMPARE(w.viewState().cuts.size(), int(cycle.breakingSet.size()));
}

// Details opens an import to the calls behind it, and marks an import nothing uses.
void TestWindow::importUses()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("tinyshop.web.views")));
    QStringList texts;
    auto *details = w.findChild<DetailsPanel *>();
    for (QTreeWidgetItemIterator it(details); *it; ++it)
        texts << (*it)->text(0);
    // views.py: Page.__init__ calls create_app, imported from tinyshop.web.app.
    QVERIFY2(texts.contains(
                 QStringLiteral("tinyshop.web.views.Page.__init__ → tinyshop.web.app.create_app")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    // db.py only reads config.CURRENCY: no call, instantiation, reference or base.
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("tinyshop.storage.db")));
    bool marked = false;
    for (QTreeWidgetItemIterator it(details); *it; ++it) {
        if ((*it)->parent() && (*it)->parent()->text(0) == QLatin1String("tinyshop.config"))
            marked |= (*it)->text(0).startsWith(QLatin1String("No call"));
    }
    QVERIFY(marked);
}

// Double-clicking a collapsed package in the graph opens it; a member closes it again.
void TestWindow::legendRemembered()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
        auto *graph = w.findChild<GraphView *>(QStringLiteral("graphView"));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("legend"));
        QVERIFY(graph && dock);
        // The dock's panel (each view has one of its own too, for when it stands beside it).
        auto *legend = dock->findChild<LegendPanel *>();
        QVERIFY(legend);
        dock->show();
        // The legend is the picture's, in a dock of its own: nothing of it is drawn over
        // the picture.
        QVERIFY(legend->legend().has_value());
        QCOMPARE(legend->legend()->title(), graph->legend()->title());
        QVERIFY(graph->legendGeometry().isEmpty());
        QVERIFY(!dock->geometry().intersects(w.centralWidget()->geometry()));
        // It follows the tab: the treemap's key shows no edges.
        w.findChild<QTabWidget *>()->setCurrentWidget(
            w.findChild<GraphView *>(QStringLiteral("treemapView")));
        QVERIFY(!legend->legend()->showsEdges());
        // The matrix's key: its cells and outlines.
        w.findChild<QTabWidget *>()->setCurrentWidget(
            w.findChild<GraphView *>(QStringLiteral("matrixView")));
        QVERIFY(legend->legend().has_value() && legend->legend()->matrix().has_value());
        // The tables' key: what their warm and tinted cells mean.
        w.findChild<QTabWidget *>()->setCurrentWidget(w.findChild<TablesPane *>());
        QVERIFY(legend->legend().has_value() && legend->legend()->isTableKey());
        w.findChild<QTabWidget *>()->setCurrentWidget(graph);
        // L hides it, and the window remembers.
        QTest::keyClick(graph, Qt::Key_L);
        QVERIFY(dock->isHidden());
        w.close();
    }
    {
        MainWindow w;
        w.show();
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("legend"));
        QVERIFY(dock->isHidden());
        QTest::keyClick(w.findChild<GraphView *>(QStringLiteral("graphView")), Qt::Key_L);
        QVERIFY(!dock->isHidden());
        w.close();
    }
    MainWindow w;
    w.show();
    QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("legend"))->isHidden());
}

void TestWindow::expandPackages()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    ViewState state = w.viewState();
    state.packageDepth = 1;
    state.expanded.clear();
    QVERIFY(picturesAfter(w, [&] { w.applyViewState(state); }));
    QCOMPARE(w.pictureGraph().find(QStringLiteral("tinyshop.domain")), -1);
    auto shown = [&](const char *name) { return w.pictureGraph().find(QLatin1String(name)) >= 0; };
    w.toggleExpanded(w.pictureGraph().find(QStringLiteral("tinyshop")));
    QTRY_VERIFY_WITH_TIMEOUT(shown("tinyshop.domain"), 30000);
    QVERIFY(!shown("tinyshop.domain.order"));
    w.toggleExpanded(w.pictureGraph().find(QStringLiteral("tinyshop.domain")));
    QTRY_VERIFY_WITH_TIMEOUT(shown("tinyshop.domain.order"), 30000);
    QCOMPARE(w.viewState().expanded, (QStringList{"tinyshop", "tinyshop.domain"}));
    w.toggleExpanded(w.pictureGraph().find(
        QStringLiteral("tinyshop.domain.order"))); // a member closes its package
    QTRY_VERIFY_WITH_TIMEOUT(!shown("tinyshop.domain.order"), 30000);
    QVERIFY(shown("tinyshop.domain"));
}

// A project opens on its structure map: packages opened in place until it fits; a
// container's header closes it with everything opened inside, a closed package reopens.
void TestWindow::structureMap()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    QCOMPARE(w.viewState().packageDepth, StructureLevel);
    QCOMPARE(w.viewState().expanded, w.snapshot()->firstOpen);
    QVERIFY(w.viewState().expanded.contains(QStringLiteral("tinyshop")));
    const auto scene = [&] {
        return qobject_cast<GraphScene *>(
            w.findChild<GraphView *>(QStringLiteral("graphView"))->scene());
    };
    QVERIFY(scene() && scene()->isStructureMap());
    QVERIFY(!scene()->containerItems().empty());
    QVERIFY(picturesAfter(
        w, [&] { w.toggleExpanded(w.pictureGraph().find(QStringLiteral("tinyshop"))); }));
    QVERIFY(w.viewState().expanded.isEmpty());
    QVERIFY(scene()->containerItems().empty());
    QCOMPARE(scene()->nodeItems().size(), std::size_t(1));
    QVERIFY(picturesAfter(
        w, [&] { w.toggleExpanded(w.pictureGraph().find(QStringLiteral("tinyshop"))); }));
    QCOMPARE(w.viewState().expanded, QStringList{QStringLiteral("tinyshop")});
    QCOMPARE(scene()->containerItems().size(), std::size_t(1));
}

// Details, Cycles and the status bar describe the picture on show: at package depth 2 a
// package box is a package of modules with the package graph's imports, the cycles are the
// packages' with the module cycles inside, and cutting a package import cuts every module
// import behind it.
void TestWindow::panelsFollowThePicture()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    ViewState state = w.viewState();
    state.packageDepth = 2;
    state.expanded.clear();
    QVERIFY(picturesAfter(w, [&] { w.applyViewState(state); }));
    auto *details = w.findChild<DetailsPanel *>();
    const auto value = [&](const QString &property) {
        for (int i = 0; i < details->topLevelItemCount(); ++i) {
            if (details->topLevelItem(i)->text(0) == property)
                return details->topLevelItem(i)->text(1);
        }
        return QString();
    };
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("tinyshop.domain")));
    QVERIFY2(value(QStringLiteral("Box")).contains(QLatin1String("4")),
             qPrintable(value(QStringLiteral("Box"))));
    const int box = w.pictureGraph().find(QStringLiteral("tinyshop.domain"));
    QCOMPARE(value(QStringLiteral("Imports")),
             QString::number(w.pictureGraph().outEdges(box).size()));
    QVERIFY(!value(QStringLiteral("Row in this picture")).isEmpty());
    // A module inside a closed package: its own figures, and which box holds it.
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("tinyshop.domain.order")));
    QVERIFY(value(QStringLiteral("Box")).contains(QLatin1String("tinyshop.domain")));
    // A module of a module cycle inside a closed package: its cycle is one of those the
    // Cycles panel lists under the picture's cycles, unnumbered, so Details numbers none.
    const Cycle &moduleCycle = w.snapshot()->review.metrics.cycles.front();
    const QString member = w.snapshot()->graph().node(moduleCycle.members.front()).name;
    QVERIFY(w.pictureGraph().find(member) < 0);
    w.selectNode(w.snapshot()->graph().find(member));
    QVERIFY2(
        value(QStringLiteral("Cycle"))
            .startsWith(
                QStringLiteral("in a module cycle of %1 module").arg(moduleCycle.members.size())),
        qPrintable(value(QStringLiteral("Cycle"))));

    auto *cycles = w.findChild<CyclesPanel *>();
    QVERIFY(cycles->shownGraph().find(QStringLiteral("tinyshop.domain")) >= 0);
    QVERIFY(cycles->shownGraph().find(QStringLiteral("tinyshop.domain.order")) < 0);
    bool inside = false;
    for (QTreeWidgetItemIterator it(cycles); *it; ++it)
        inside = inside || (*it)->text(0) == QLatin1String("Module cycles inside it");
    QVERIFY(inside);
    auto *status = w.statusBar()->findChild<QLabel *>();
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("this picture")), qPrintable(status->text()));

    // Cutting domain -> web at package level cuts the module import behind it.
    QSignalSpy derived(&w, &MainWindow::snapshotShown);
    w.cutBetween(QStringLiteral("tinyshop.domain"), QStringLiteral("tinyshop.web"));
    QVERIFY(w.viewState().cuts.contains(
        {QStringLiteral("tinyshop.domain.product"), QStringLiteral("tinyshop.web.formatting")}));
    QVERIFY(derived.wait(30000));
}

// A flat project's structure map cannot fold its top-level modules into packages: the status
// bar says how many boxes there are and where to look instead; a map that fits says nothing.
void TestWindow::crowdedStructureSaysSo()
{
    FileList files;
    for (int i = 0; i < MaxFittingBoxes + 5; ++i)
        files.append({QStringLiteral("m%1.py").arg(i, 2, 10, QLatin1Char('0')),
                      i > 0 ? QStringLiteral("import m%1\n").arg(i - 1, 2, 10, QLatin1Char('0'))
                            : QString()});
    const ProjectFixture flat(files);
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(flat.path()); }));
    const auto status = [&w] { return w.statusBar()->findChild<QLabel *>()->text(); };
    QVERIFY2(status().contains(QStringLiteral("; %1 boxes, no package").arg(MaxFittingBoxes + 5)),
             qPrintable(status()));
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    QVERIFY2(!status().contains(QLatin1String("boxes, no package")), qPrintable(status()));
}

// Delete on a cycle's row cuts its suggested imports: the cycle goes, the rows opened stay
// open, and undo brings the cycle back.
void TestWindow::cutFromTheCycles()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    auto *cycles = w.findChild<CyclesPanel *>();
    const int before = int(w.snapshot()->review.metrics.cycles.size());
    QCOMPARE(before, 2);
    QTreeWidgetItem *first = cycles->topLevelItem(0);
    QVERIFY(first->text(0).startsWith(QLatin1String("Cycle 1")));
    QTreeWidgetItem *second = cycles->topLevelItem(1);
    second->setExpanded(true);
    const auto membersOf = [](QTreeWidgetItem *cycle) -> QTreeWidgetItem * {
        for (int i = 0; i < cycle->childCount(); ++i) {
            if (cycle->child(i)->text(0) == QLatin1String("Members"))
                return cycle->child(i);
        }
        return nullptr;
    };
    QVERIFY(membersOf(second) && !membersOf(second)->isExpanded());
    membersOf(second)->setExpanded(true); // opened by hand: stays open after the cut
    cycles->setCurrentItem(first);
    QSignalSpy shown(&w, &MainWindow::snapshotShown);
    QTest::keyClick(cycles, Qt::Key_Delete);
    QVERIFY(shown.wait(30000));
    QCOMPARE(int(w.snapshot()->review.metrics.cycles.size()), before - 1);
    QVERIFY(w.canUndoCut());
    QCOMPARE(cycles->topLevelItemCount(), 1);
    QVERIFY(membersOf(cycles->topLevelItem(0)));
    QVERIFY(membersOf(cycles->topLevelItem(0))->isExpanded());
    w.undoCut();
    QVERIFY(shown.wait(30000));
    QCOMPARE(int(w.snapshot()->review.metrics.cycles.size()), before);
    QVERIFY(w.viewState().cuts.isEmpty());
    w.redoCut();
    QVERIFY(shown.wait(30000));
    QCOMPARE(int(w.snapshot()->review.metrics.cycles.size()), before - 1);
}

// Choosing a cycle in its panel highlights its chain's arrows in the picture; choosing one of
// its imports highlights that import alone.
void TestWindow::cycleShownInThePicture()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    auto *cycles = w.findChild<CyclesPanel *>();
    auto *graph =
        qobject_cast<GraphScene *>(w.findChild<GraphView *>(QStringLiteral("graphView"))->scene());
    QVERIFY(graph && cycles->topLevelItemCount() > 0);
    const auto highlighted = [graph] {
        QSet<QPair<int, int>> out;
        for (const EdgeItem *e : graph->edgeItems()) {
            if (e->isHighlighted())
                out.insert({e->look().source, e->look().target});
        }
        return out;
    };
    QVERIFY(highlighted().isEmpty());
    QTreeWidgetItem *cycle = cycles->topLevelItem(0);
    // A short list opens its cycles, with their chains and cuts.
    QVERIFY(cycles->topLevelItemCount() <= 3 && cycle->isExpanded());
    QCOMPARE(cycle->child(0)->text(0), QStringLiteral("Chain"));
    QVERIFY(cycle->child(0)->isExpanded());
    cycles->setCurrentItem(cycle);
    const QSet<QPair<int, int>> loop = highlighted();
    QVERIFY(loop.size() >= 2); // a cycle's chain goes round: at least there and back
    // Every highlighted arrow joins two of the cycle's boxes, and it closes: each box it
    // leaves it also enters.
    QSet<int> from;
    QSet<int> to;
    for (const auto &[source, target] : loop) {
        from.insert(source);
        to.insert(target);
    }
    QCOMPARE(from, to);
    // One import of its cuts: that arrow alone, one of the loop's or another of the cycle's.
    QTreeWidgetItem *cut = nullptr;
    for (int i = 0; i < cycle->childCount() && !cut; ++i) {
        if (cycle->child(i)->text(0).startsWith(QLatin1String("Imports to cut")))
            cut = cycle->child(i)->child(0);
    }
    QVERIFY(cut);
    cycles->setCurrentItem(cut);
    QCOMPARE(highlighted().size(), 1);
    cycles->setCurrentItem(nullptr);
    QVERIFY(highlighted().isEmpty());
}

// A cycle's cuts are listed one row per import, as many as its row says to cut; an import
// written in several places has them under it, each opening its file at its line.
void TestWindow::cutsOneRowPerImport()
{
    const ProjectFixture project(
        FileList{{QStringLiteral("p/__init__.py"), QString()},
                 {QStringLiteral("p/a.py"), QStringLiteral("import p.b\nfrom p.b import x\n")},
                 {QStringLiteral("p/b.py"), QStringLiteral("import p.a\nfrom p.a import y\n")}});
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(project.path()); }));
    auto *cycles = w.findChild<CyclesPanel *>();
    QCOMPARE(cycles->topLevelItemCount(), 1);
    QTreeWidgetItem *cycle = cycles->topLevelItem(0);
    QVERIFY2(cycle->text(1).startsWith(QLatin1String("cut 1 import")), qPrintable(cycle->text(1)));
    QTreeWidgetItem *cuts = nullptr;
    for (int i = 0; i < cycle->childCount(); ++i) {
        if (cycle->child(i)->text(0).startsWith(QLatin1String("Imports to cut")))
            cuts = cycle->child(i);
    }
    QVERIFY(cuts);
    QCOMPARE(cuts->childCount(), 1);
    QTreeWidgetItem *cut = cuts->child(0);
    QVERIFY2(cut->text(0) == QLatin1String("p.a imports p.b") ||
                 cut->text(0) == QLatin1String("p.b imports p.a"),
             qPrintable(cut->text(0)));
    QVERIFY2(cut->text(1).startsWith(QLatin1String("2 import statement")),
             qPrintable(cut->text(1)));
    QCOMPARE(cut->childCount(), 2);
    const QString file = cut->text(0).startsWith(QLatin1String("p.a")) ? QStringLiteral("p/a.py")
                                                                       : QStringLiteral("p/b.py");
    QCOMPARE(cut->child(0)->text(0), file + QLatin1String(":1"));
    // Where the dock hides the second column, the tooltip says it.
    QVERIFY(cut->toolTip(0).startsWith(cut->text(0) + QLatin1Char('\n') + cut->text(1)));
    QTreeWidgetItem *chainStep = cycle->child(0)->child(0);
    QCOMPARE(chainStep->toolTip(0), chainStep->text(0) + QLatin1Char('\n') + chainStep->text(1));
    QCOMPARE(cut->child(1)->text(0), file + QLatin1String(":2"));
    QSignalSpy opened(cycles, &CyclesPanel::siteActivated);
    emit cycles->itemActivated(cut->child(1), 0);
    QCOMPARE(opened.size(), 1);
}

// Details in a narrow dock: a long property name or value wraps onto more lines, its row as
// tall as they need, instead of losing its middle ("Distanc...m the ...").
void TestWindow::detailsReadWhole()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    auto *details = w.findChild<DetailsPanel *>();
    details->resize(300, 800);
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("tinyshop.domain.order")));
    QVERIFY(details->topLevelItemCount() > 5);
    const QFontMetrics metrics(details->font());
    const int oneLine = details->visualItemRect(details->topLevelItem(0)).height();
    int taller = 0;
    for (int i = 0; i < details->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = details->topLevelItem(i);
        const int height = details->visualItemRect(item).height();
        for (int column = 0; column < 2; ++column) {
            const int indent = column == 0 ? details->indentation() : 0;
            const int needed =
                metrics
                    .boundingRect(QRect(0, 0, details->columnWidth(column) - indent, 1 << 20),
                                  Qt::TextWordWrap, item->text(column))
                    .height();
            QVERIFY2(needed <= height, qPrintable(item->text(column)));
        }
        taller += height > oneLine ? 1 : 0;
    }
    QVERIFY(taller > 0); // "Distance from the main sequence" takes two lines
}

// Choosing a finding shows what it is about, as choosing a table's row does: a class's
// source, a package's or module's box.
void TestWindow::findingChosen()
{
    // A module of nine functions and a class of nine methods: both past the budget of 7.
    QString functions;
    QString methods = QStringLiteral("class Wide:\n");
    for (int i = 0; i < 9; ++i) {
        functions += QStringLiteral("def f%1():\n    pass\n").arg(i);
        methods += QStringLiteral("    def m%1(self):\n        pass\n").arg(i);
    }
    const ProjectFixture project(FileList{{QStringLiteral("p/__init__.py"), QString()},
                                          {QStringLiteral("p/many.py"), functions},
                                          {QStringLiteral("p/wide.py"), methods}});
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(project.path()); }));
    auto *findings = w.findChild<FindingsPanel *>();
    QVERIFY(findings && findings->topLevelItemCount() > 0);
    const Review &review = w.snapshot()->review;
    // The findings in the panel's order: by check, each check's by excess.
    QList<QTreeWidgetItem *> rows;
    QTreeWidgetItem *budget = findings->topLevelItem(0);
    for (int g = 0; g < budget->childCount(); ++g) {
        for (int i = 0; i < budget->child(g)->childCount(); ++i)
            rows << budget->child(g)->child(i);
    }
    QCOMPARE(rows.size(), int(review.metrics.findings.size()));
    // No contracts: no column for their types.
    QVERIFY(findings->isColumnHidden(FindingsPanel::CheckColumn));
    int checked = 0;
    for (QTreeWidgetItem *row : rows) {
        const auto f = std::find_if(
            review.metrics.findings.begin(), review.metrics.findings.end(), [&](const Finding &x) {
                return x.classIndex >= 0
                           ? review.metrics.classes[std::size_t(x.classIndex)].qualifiedName ==
                                 row->text(FindingsPanel::NameColumn)
                           : x.node >= 0 && w.snapshot()->graph().node(x.node).name ==
                                                row->text(FindingsPanel::NameColumn);
            });
        QVERIFY2(f != review.metrics.findings.end(),
                 qPrintable(row->text(FindingsPanel::NameColumn)));
        findings->setCurrentItem(row);
        if (f->classIndex >= 0) {
            const ClassMetrics &c = review.metrics.classes[std::size_t(f->classIndex)];
            QVERIFY(w.findChild<SourceView *>()->currentFile().endsWith(
                w.snapshot()->analysis->file(c.file).relativePath));
            ++checked;
        } else if (f->node >= 0) {
            QCOMPARE(w.viewState().selected, w.snapshot()->graph().node(f->node).name);
            ++checked;
        }
    }
    QCOMPARE(checked, 2);
}

// A class chosen in the Findings panel, the Classes table or the treemap shows as a class in
// Details: where it is, its methods, its LCOM4 with the parts a split would separate (the
// largest first) and its finding; choosing a module shows the module again.
void TestWindow::classDetails()
{
    // Nine methods: five share self.b, four self.a: LCOM4 2, past the budget of 7.
    QString methods = QStringLiteral("class Wide:\n");
    for (int i = 0; i < 9; ++i)
        methods += QStringLiteral("    def m%1(self):\n        return self.%2\n")
                       .arg(i)
                       .arg(i < 4 ? QStringLiteral("a") : QStringLiteral("b"));
    const ProjectFixture project(
        FileList{{QStringLiteral("p/__init__.py"), QString()},
                 {QStringLiteral("p/other.py"), QStringLiteral("from p.wide import Wide\n\n\n"
                                                               "def make():\n    return Wide()\n")},
                 {QStringLiteral("p/wide.py"), methods}});
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(project.path()); }));
    auto *details = w.findChild<DetailsPanel *>();
    const Review &review = w.snapshot()->review;
    int wide = -1;
    for (std::size_t i = 0; i < review.metrics.classes.size(); ++i) {
        if (review.metrics.classes[i].qualifiedName == QLatin1String("p.wide.Wide"))
            wide = int(i);
    }
    QVERIFY(wide >= 0);
    // The rows by their property, each with its children's texts.
    const auto rows = [details] {
        QHash<QString, QStringList> out;
        for (int i = 0; i < details->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = details->topLevelItem(i);
            QStringList texts{item->text(1)};
            for (int c = 0; c < item->childCount(); ++c)
                texts << item->child(c)->text(0) + u'=' + item->child(c)->text(1);
            out.insert(item->text(0), texts);
        }
        return out;
    };
    const auto showsWide = [&] {
        QCOMPARE(details->shownClass(), wide);
        const QHash<QString, QStringList> shown = rows();
        QCOMPARE(shown.value(DetailsPanel::tr("Class")).value(0), QStringLiteral("p.wide.Wide"));
        QCOMPARE(shown.value(DetailsPanel::tr("File")).value(0), QStringLiteral("p/wide.py:1"));
        QCOMPARE(shown.value(DetailsPanel::tr("Methods")).value(0), QStringLiteral("9"));
        const QStringList lcom = shown.value(MetricChoice::name(Metric::ClassLcom4));
        QCOMPARE(lcom.size(), 3);
        QCOMPARE(lcom[0], QStringLiteral("2"));
        QVERIFY2(lcom[1].startsWith(DetailsPanel::tr("Part %1").arg(1) + u'=') &&
                     lcom[1].contains(QStringLiteral("m4, m5, m6, m7, m8")) &&
                     lcom[1].contains(QStringLiteral("self.b")),
                 qPrintable(lcom[1]));
        QVERIFY2(lcom[2].contains(QStringLiteral("m0, m1, m2, m3")) &&
                     lcom[2].contains(QStringLiteral("self.a")),
                 qPrintable(lcom[2]));
        QVERIFY(shown.value(DetailsPanel::tr("Over the budget")).value(0).contains(u"9 of 7"));
        // Who uses it: p.other instantiates it.
        const QStringList users = shown.value(DetailsPanel::tr("Used from"));
        QCOMPARE(users.size(), 2);
        QVERIFY2(users[1].startsWith(QStringLiteral("p.other (1 use")), qPrintable(users[1]));
    };

    // From its finding.
    auto *findings = w.findChild<FindingsPanel *>();
    QTreeWidgetItem *finding = nullptr;
    for (QTreeWidgetItemIterator it(findings); *it; ++it) {
        if ((*it)->text(FindingsPanel::NameColumn) == QLatin1String("p.wide.Wide"))
            finding = *it;
    }
    QVERIFY(finding);
    findings->setCurrentItem(finding);
    showsWide();

    // A module chosen: the module again.
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("p.other")));
    QCOMPARE(details->shownClass(), -1);
    QVERIFY(!rows().contains(DetailsPanel::tr("Class")));

    // From its row in the Classes table.
    auto *tables = w.findChild<TablesPane *>();
    FrozenColumnView *classes = tables->view(int(MetricsTableModel::Kind::Classes));
    QModelIndex row;
    for (int r = 0; r < classes->model()->rowCount(); ++r) {
        const QModelIndex index = classes->model()->index(r, 0);
        if (index.data(MetricsTableModel::ClassIndexRole).toInt() == wide)
            row = index;
    }
    QVERIFY(row.isValid());
    classes->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    showsWide();

    // From its cell in the treemap.
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("p.other")));
    QCOMPARE(details->shownClass(), -1);
    auto *treemap = qobject_cast<TreemapScene *>(
        w.findChild<GraphView *>(QStringLiteral("treemapView"))->scene());
    QVERIFY(treemap && treemap->itemForClass(wide));
    treemap->clearSelection();
    treemap->itemForClass(wide)->setSelected(true);
    showsWide();
}

// An import in the picture is selectable (Details shows its sites) and "why does A depend on
// B" lists its chain in the Why dock and highlights it in the picture.
void TestWindow::importsInThePicture()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    auto *graph =
        qobject_cast<GraphScene *>(w.findChild<GraphView *>(QStringLiteral("graphView"))->scene());
    QVERIFY(graph && !graph->edgeItems().empty());
    EdgeItem *edge = graph->edgeItems().front();
    QVERIFY(edge->flags() & QGraphicsItem::ItemIsSelectable);
    edge->setSelected(true);
    auto *details = w.findChild<DetailsPanel *>();
    QVERIFY(details->topLevelItemCount() > 0);
    QCOMPARE(details->topLevelItem(0)->text(0), QStringLiteral("Import"));
    QVERIFY(details->topLevelItem(0)->text(1).contains(QStringLiteral("→")));

    QVERIFY(w.showWhy(QStringLiteral("tinyshop.web.admin"), QStringLiteral("tinyshop.config")));
    auto *why = w.findChild<QDockWidget *>(QStringLiteral("why"));
    QVERIFY(why && why->isVisibleTo(&w));
    auto *list = qobject_cast<QTreeWidget *>(why->widget());
    QVERIFY(list && list->topLevelItemCount() == 1);
    QVERIFY(list->topLevelItem(0)->childCount() >= 2);
    int highlighted = 0;
    for (const EdgeItem *e : graph->edgeItems())
        highlighted += e->isHighlighted() ? 1 : 0;
    QVERIFY(highlighted > 0);
    QVERIFY(!w.showWhy(QStringLiteral("tinyshop.config"), QStringLiteral("tinyshop.web.admin")));
    for (const EdgeItem *e : graph->edgeItems())
        QVERIFY(!e->isHighlighted());

    // Why an arrow of the picture: the module imports behind it, that arrow highlighted. Every
    // arrow has some, those from or to an opened package too.
    bool fromContainer = false;
    for (const EdgeItem *e : graph->edgeItems()) {
        const QStringList ends = e->data(0).toStringList();
        QVERIFY2(w.showImportsBehind(ends[0], ends[1]), qPrintable(ends.join(QLatin1Char(' '))));
        QVERIFY(e->isHighlighted());
        fromContainer = fromContainer || !graph->itemForNode(w.pictureGraph().find(ends[0])) ||
                        !graph->itemForNode(w.pictureGraph().find(ends[1]));
    }
    QVERIFY(fromContainer);
    // Between two module boxes: exactly the imports between the modules they hold.
    const auto leaves =
        std::find_if(graph->edgeItems().begin(), graph->edgeItems().end(), [&](const EdgeItem *e) {
            const QStringList ends = e->data(0).toStringList();
            return graph->itemForNode(w.pictureGraph().find(ends[0])) &&
                   graph->itemForNode(w.pictureGraph().find(ends[1]));
        });
    QVERIFY(leaves != graph->edgeItems().end());
    edge = *leaves;
    const QStringList ends = edge->data(0).toStringList();
    QVERIFY(w.showImportsBehind(ends[0], ends[1]));
    QCOMPARE(list->topLevelItemCount(), 1);
    const ImportGraph &g = w.snapshot()->graph();
    int behind = 0;
    for (const Edge &e : g.edges()) {
        behind +=
            holderIn(w.pictureGraph(), g.node(e.source).name) == w.pictureGraph().find(ends[0]) &&
            holderIn(w.pictureGraph(), g.node(e.target).name) == w.pictureGraph().find(ends[1]);
    }
    QVERIFY(behind > 0);
    QCOMPARE(list->topLevelItem(0)->childCount(), behind);
    QVERIFY(edge->isHighlighted());
    QVERIFY(!w.showImportsBehind(ends[1], QStringLiteral("nothing")));
}

// The classes and the functions of the selected module, from the call graph.
void TestWindow::callGraphPictures()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("tinyshop.services.checkout")));
    ViewState state = w.viewState();
    state.packageDepth = -2;
    w.applyViewState(state);
    const QString confirm = QStringLiteral("tinyshop.services.checkout.CheckoutManager.confirm");
    const QString connect = QStringLiteral("tinyshop.services.checkout.CheckoutManager.connect");
    QTRY_VERIFY_WITH_TIMEOUT(w.pictureGraph().find(confirm) >= 0, 30000);
    const ImportGraph &functions = w.pictureGraph();
    QVERIFY(functions.findEdge(functions.find(confirm), functions.find(connect)) >= 0);
    // notify.send, called from confirm, is drawn as a neighbour in another module.
    QVERIFY(functions.find(QStringLiteral("tinyshop.services.notify.send")) >= 0);
    // The status bar names this picture and gives its own depth, not the modules'.
    const QString status = w.statusBar()->findChild<QLabel *>()->text();
    QVERIFY2(status.contains(QLatin1String("this picture (Functions of the selected module)")),
             qPrintable(status));

    state = w.viewState();
    state.packageDepth = -1;
    w.applyViewState(state);
    const QString manager = QStringLiteral("tinyshop.services.checkout.CheckoutManager");
    QTRY_VERIFY_WITH_TIMEOUT(
        w.pictureGraph().find(manager) >= 0 && w.pictureGraph().find(confirm) < 0, 30000);
    const ImportGraph &classes = w.pictureGraph();
    QVERIFY(classes.findEdge(classes.find(manager),
                             classes.find(QStringLiteral("tinyshop.domain.order.Order"))) >= 0);
}

// Presentation mode's steps on the sample: depth, both cycles, the three-job class, budget.
// Focus with three hops around a hub: a structure map of the neighbourhood within the head
// budget, the hub and its importers boxes of their own, the far modules folded, the view
// fitted around the hub; focus off brings back the packages opened before.
void TestWindow::focusFoldsWhatIsFar()
{
    FileList files{{QStringLiteral("a/__init__.py"), QString()},
                   {QStringLiteral("a/hub.py"), QStringLiteral("X = 1\n")}};
    for (const QString &package : {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
        files.append({package + QStringLiteral("/__init__.py"), QString()});
    for (int i = 0; i < 36; ++i) {
        if (i < 12)
            files.append({QStringLiteral("b/m%1.py").arg(i), QStringLiteral("import a.hub\n")});
        files.append(
            {QStringLiteral("c/m%1.py").arg(i), QStringLiteral("import b.m%1\n").arg(i % 12)});
        files.append({QStringLiteral("d/m%1.py").arg(i), QStringLiteral("import c.m%1\n").arg(i)});
    }
    const ProjectFixture project(files);
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(picturesAfter(w, [&] { w.openFolder(project.path()); }));
    // Packages opened by hand before the focus come back after it.
    QVERIFY(
        picturesAfter(w, [&] { w.toggleExpanded(w.pictureGraph().find(QStringLiteral("a"))); }));
    const QStringList before = w.viewState().expanded;
    QVERIFY(before != w.snapshot()->firstOpen);
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("a.hub")));
    w.findChild<QSpinBox *>(QStringLiteral("hopsBox"))->setValue(3);
    QVERIFY(picturesAfter(w, [&] { w.focusOn(QStringLiteral("a.hub")); }));
    auto *view = w.findChild<GraphView *>(QStringLiteral("graphView"));
    auto *scene = qobject_cast<GraphScene *>(view->scene());
    QVERIFY(scene && scene->isStructureMap());
    QVERIFY2(int(scene->nodeItems().size()) <= MaxFittingBoxes,
             qPrintable(QString::number(scene->nodeItems().size())));
    const ImportGraph &picture = w.pictureGraph();
    for (const QString &name : {QStringLiteral("a.hub"), QStringLiteral("b.m0")})
        QVERIFY2(scene->itemForNode(picture.find(name)), qPrintable(name));
    QVERIFY(picture.find(QStringLiteral("d.m7")) < 0);
    QVERIFY(holderIn(picture, QStringLiteral("d.m7")) >= 0);
    const NodeItem *hub = scene->itemForNode(picture.find(QStringLiteral("a.hub")));
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(hub->sceneBoundingRect().center()));
    QVERIFY(picturesAfter(w, [&] { w.focusOn(QString()); }));
    QCOMPARE(w.viewState().expanded, before);
    QVERIFY(w.viewState().focus.isEmpty());
    // A saved view that comes with its focus: focus off shows the first picture's packages.
    ViewState saved = w.viewState();
    saved.focus = QStringLiteral("a.hub");
    saved.expanded = QStringList{QStringLiteral("b")};
    QVERIFY(picturesAfter(w, [&] { w.applyViewState(saved); }));
    QVERIFY(picturesAfter(w, [&] { w.focusOn(QString()); }));
    QCOMPARE(w.viewState().expanded, w.snapshot()->firstOpen);
}

void TestWindow::reviewWalk()
{
    MainWindow w;
    QVERIFY(picturesAfter(w, [&] { w.openFolder(m_sample); }));
    const std::vector<ReviewWalk::Step> steps = ReviewWalk::steps(*w.snapshot());
    QCOMPARE(int(steps.size()), 5);
    const ImportGraph &g = w.snapshot()->graph();
    QCOMPARE(g.node(steps[0].node).name, QStringLiteral("tinyshop.web.admin")); // top of the chain
    QVERIFY(steps[0].text.contains(QLatin1String("12")));
    QCOMPARE(steps[1].panel, ReviewWalk::Panel::Cycles);
    QCOMPARE(steps[2].panel, ReviewWalk::Panel::Cycles);
    QCOMPARE(steps[3].tab, 2);
    QCOMPARE(g.node(steps[3].node).name, QStringLiteral("tinyshop.services.checkout"));
    QVERIFY(steps[3].text.contains(QLatin1String("CheckoutManager")));
    QCOMPARE(steps[4].panel, ReviewWalk::Panel::Findings);

    QCOMPARE(steps[1].shows.size(), std::size_t(2)); // the cycle's two members

    const Metric before = w.viewState().metric;
    w.setPresentation(true);
    QVERIFY(w.isFullScreen());
    // The step's text above the pictures, wrapped, not over the status bar's.
    auto *banner = w.findChild<QLabel *>(QStringLiteral("presentationStep"));
    QVERIFY(banner && banner->isVisibleTo(&w));
    QVERIFY(banner->text().startsWith(QLatin1String("Step 1 of")));
    // The steps tell the picture's story: as many cycle steps as the Cycles panel lists.
    w.presentationStep(1);
    const int cyclesShown = int(w.findChild<CyclesPanel *>()->shownGraph().nodeCount() > 0
                                    ? w.findChild<CyclesPanel *>()->topLevelItemCount()
                                    : 0);
    QVERIFY2(banner->text().contains(QStringLiteral("Cycle 1 of %1,").arg(cyclesShown)),
             qPrintable(banner->text()));
    QVERIFY(banner->wordWrap());
    QVERIFY(w.statusBar()->currentMessage().isEmpty());
    w.presentationStep(4); // to the last step, the budget: coloured by budget excess
    QCOMPARE(w.viewState().metric, Metric::BudgetExcess);
    w.setPresentation(false);
    QVERIFY(!banner->isVisibleTo(&w));
    QCOMPARE(w.viewState().metric, before); // the colouring comes back
}

// The import graph is shown as soon as it is measured, before the calls are resolved; the
// packages table's roll-ups follow the pictures; the snapshot with calls keeps the view.
void TestWindow::importGraphBeforeCalls()
{
    MainWindow w;
    PipelineOptions options;
    options.callGraph = false;
    options.packageRollups = false; // as the window asks for them
    const SnapshotPtr first = runPipeline(m_sample, options);
    QVERIFY(first->ok() && !first->calls && !first->review.packageRollups);
    auto *packages = w.findChild<TablesPane *>()->model(int(MetricsTableModel::Kind::Packages));
    QSignalSpy shown(&w, &MainWindow::picturesBuilt);
    emit w.controller()->importGraphReady(first, false);
    QCOMPARE(w.snapshot(), first);
    QCOMPARE(w.viewState().packageDepth, StructureLevel); // a first look: the structure map
    QVERIFY(shown.wait(30000));
    QVERIFY(w.settled()); // no analysis runs here
    // An import's details say its calls come later.
    const ImportGraph &g = first->graph();
    const auto internal = std::find_if(g.edges().begin(), g.edges().end(), [&](const Edge &e) {
        return g.isInternal(e.source) && g.isInternal(e.target);
    });
    QVERIFY(internal != g.edges().end());
    auto *details = w.findChild<DetailsPanel *>();
    details->showImport(g.node(internal->source).name, g.node(internal->target).name);
    bool later = false;
    for (QTreeWidgetItemIterator it(details); *it; ++it)
        later = later || (*it)->text(0).startsWith(QLatin1String("The calls behind this import"));
    QVERIFY(later);
    QTRY_VERIFY_WITH_TIMEOUT(!packages->rollupsPending(), 30000);
    QVERIFY(packages->rowCount() > 0);
    QCOMPARE(packages->rowCount(),
             int(std::count_if(
                 first->graph().nodes().begin(), first->graph().nodes().end(), [](const Node &n) {
                     return n.origin == Origin::Internal &&
                            (n.kind == NodeKind::Package || n.kind == NodeKind::Namespace);
                 })));

    // The user moves on while the calls are resolved; the snapshot with them keeps the view.
    auto *level = w.findChild<QToolBar *>(QStringLiteral("viewbar"))->findChild<QComboBox *>();
    level->setCurrentIndex(level->findData(0));
    emit level->activated(level->currentIndex());
    QCOMPARE(w.viewState().packageDepth, 0);
    const SnapshotPtr second = runPipeline(m_sample, PipelineOptions{});
    QVERIFY(second->calls);
    emit w.controller()->finished(second, false);
    QCOMPARE(w.snapshot(), second);
    QCOMPARE(w.viewState().packageDepth, 0);
    QVERIFY(second->review.packageRollups); // reviewed with them: nothing to wait for
    QVERIFY(!packages->rollupsPending());

    // A re-analysis keeps what is shown, with its calls, until the new snapshot has them.
    emit w.controller()->importGraphReady(first, true);
    QCOMPARE(w.snapshot(), second);
}

// A file that changes on disk is re-analysed after a pause; the selection stays.
void TestWindow::reanalyseOnChange()
{
    ProjectFixture project({{"app/__init__.py", ""},
                            {"app/a.py", "import app.b\n"},
                            {"app/b.py", ""},
                            {"app/c.py", ""}});
    MainWindow w;
    QSignalSpy finished(w.controller(), &AnalysisController::finished);
    QVERIFY(picturesAfter(w, [&] { w.openFolder(project.path()); }));
    w.selectNode(w.snapshot()->graph().find(QStringLiteral("app.a")));
    const ImportGraph &before = w.snapshot()->graph();
    QCOMPARE(
        before.findEdge(before.find(QStringLiteral("app.b")), before.find(QStringLiteral("app.c"))),
        -1);
    project.write(QStringLiteral("app/b.py"), "import app.c\n");
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2 && finished.last().at(1).toBool(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        w.snapshot()->analysis == finished.last().at(0).value<SnapshotPtr>()->analysis, 30000);
    const ImportGraph &after = w.snapshot()->graph();
    QVERIFY(after.findEdge(after.find(QStringLiteral("app.b")),
                           after.find(QStringLiteral("app.c"))) >= 0);
    QCOMPARE(after.node(w.selectedNode()).name, QStringLiteral("app.a"));
}

void TestWindow::exportPictures_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("name");
    QTest::newRow("graph svg") << 0 << "graph.svg";
    QTest::newRow("graph slide png") << 0 << "graph.slide.png";
    QTest::newRow("graph dot") << 0 << "graph.dot";
    QTest::newRow("matrix pdf") << 1 << "matrix.pdf";
    QTest::newRow("treemap a4 svg") << 2 << "treemap.a4.svg";
}

void TestWindow::exportPictures()
{
    QFETCH(int, tab);
    QFETCH(QString, name);
    static MainWindow *w = nullptr;
    if (!w) {
        w = new MainWindow;
        QVERIFY(picturesAfter(*w, [&] { w->openFolder(m_sample); }));
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(name);
    QString error;
    QVERIFY2(w->exportPicture(tab, file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(64);
    if (name.endsWith(QLatin1String(".svg")))
        QVERIFY(head.contains("<?xml") || head.contains("<svg"));
    else if (name.endsWith(QLatin1String(".png")))
        QVERIFY(head.startsWith("\x89PNG"));
    else if (name.endsWith(QLatin1String(".pdf")))
        QVERIFY(head.startsWith("%PDF"));
    else
        QVERIFY(head.contains("digraph"));
    QVERIFY(!w->exportPicture(tab, dir.filePath(QStringLiteral("picture.bmp")), &error));
}

void TestWindow::moduleTreeModel()
{
    ModuleTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analyzeProject(m_sample));
    QVERIFY(model.rowCount() > 0);
    model.setAnalysis(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

// Alt and a letter reach one entry of each menu: no two entries share their letter.
void TestWindow::menuMnemonics()
{
    MainWindow w;
    const auto check = [](QMenu *menu, const auto &self) -> void {
        QSet<QChar> letters;
        for (QAction *a : menu->actions()) {
            if (a->menu())
                self(a->menu(), self);
            const QString text = a->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter),
                     qPrintable(menu->title() + QLatin1String(": ") + text));
            letters.insert(letter);
        }
    };
    QSet<QChar> top;
    for (QAction *a : w.menuBar()->actions()) {
        QVERIFY(a->menu());
        check(a->menu(), check);
        const QString text = a->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && !top.contains(text.at(amp + 1).toLower()), qPrintable(text));
        top.insert(text.at(amp + 1).toLower());
    }
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
