#include "mainwindow.h"

#include "cyclespanel.h"
#include "detailspanel.h"
#include "diagnostictext.h"
#include "exporter.h"
#include "findingspanel.h"
#include "graphscene.h"
#include "graphview.h"
#include "legendpanel.h"
#include "matrixscene.h"
#include "matrixview.h"
#include "moduletreemodel.h"
#include "nodeitem.h"
#include "outputfile.h"
#include "pictureexport.h"
#include "problemspanel.h"
#include "reviewwalk.h"
#include "sourceview.h"
#include "tablespane.h"
#include "treemapscene.h"
#include "windowexport.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace headroom {

namespace {
constexpr int MaxRecent = 8;
enum Tab
{
    GraphTab,
    MatrixTab,
    TreemapTab,
    TablesTab
};
} // namespace

// What the parse has done and, once its pace can be read (after 3 seconds), about how long
// the rest takes at that pace: a big project parses for minutes.
QString MainWindow::parsingText(int done, int total, qint64 elapsedMs)
{
    const QLocale locale;
    const QString doneText = locale.toString(done);
    const QString totalText = locale.toString(total);
    if (done <= 0 || total <= done || elapsedMs < 3000)
        return tr("Parsing %1 of %2 files...").arg(doneText, totalText);
    const qint64 secondsLeft = elapsedMs * (total - done) / done / 1000;
    if (secondsLeft < 60)
        return tr("Parsing %1 of %2 files, under a minute left...").arg(doneText, totalText);
    const int minutes = int((secondsLeft + 30) / 60);
    return tr("Parsing %1 of %2 files, about %n minute(s) left...", nullptr, minutes)
        .arg(doneText, totalText);
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Headroom"));
    setAcceptDrops(true);
    resize(1400, 900);
    m_controller = new AnalysisController(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pictureTabs"));
    m_graphView = new GraphView(m_tabs);
    m_matrixView = new MatrixView(m_tabs);
    m_treemapView = new GraphView(m_tabs);
    m_graphView->setObjectName(QStringLiteral("graphView"));
    m_matrixView->setObjectName(QStringLiteral("matrixView"));
    m_treemapView->setObjectName(QStringLiteral("treemapView"));
    m_tables = new TablesPane(m_tabs);
    m_tabs->addTab(m_graphView, tr("&Graph"));
    m_tabs->addTab(m_matrixView, tr("&Matrix"));
    m_tabs->addTab(m_treemapView, tr("&Treemap"));
    m_tabs->addTab(m_tables, tr("Ta&bles"));
    // Presentation mode's step, above the pictures, wrapped: never over the status text.
    m_stepBanner = new QLabel(this);
    m_stepBanner->setObjectName(QStringLiteral("presentationStep"));
    m_stepBanner->setWordWrap(true);
    m_stepBanner->setMargin(8);
    m_stepBanner->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_stepBanner);
    column->addWidget(m_tabs);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_view.tab = tab;
        // A picture built while its tab was hidden is fitted when the tab first shows.
        auto *view = qobject_cast<GraphView *>(m_tabs->widget(tab));
        if (view && view->property("needsFit").toBool()) {
            view->setProperty("needsFit", false);
            view->fitPicture();
        }
    });

    buildDocks();
    buildToolBar();
    buildActions();

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &AnalysisController::cancel);

    connect(m_controller, &AnalysisController::started, this, [this](const QString &folder) {
        m_importGraphShown = false;
        m_progress->show();
        m_cancelButton->show();
        m_status->setText(tr("Analysing %1...").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_controller, &AnalysisController::progress, this,
            [this](Stage stage, int done, int total) {
                m_progress->setMaximum(std::max(total, 0));
                m_progress->setValue(done);
                switch (stage) {
                case Stage::Scanning:
                    m_status->setText(tr("Finding Python files..."));
                    break;
                case Stage::Parsing:
                    if (done == 0 || !m_parseClock.isValid())
                        m_parseClock.start();
                    m_status->setText(parsingText(done, total, m_parseClock.elapsed()));
                    break;
                case Stage::Resolving:
                    m_status->setText(tr("Resolving imports..."));
                    break;
                case Stage::Measuring:
                    m_status->setText(tr("Measuring..."));
                    break;
                case Stage::Calls:
                    if (!m_importGraphShown) // else the status names what is shown
                        m_status->setText(tr("Resolving calls..."));
                    break;
                case Stage::Done:
                    break;
                }
            });
    auto idle = [this] {
        m_parseClock.invalidate();
        m_progress->hide();
        m_cancelButton->hide();
    };
    // A project opened shows its import graph as soon as it is measured, while the calls are
    // resolved. A re-analysis does not: what is shown keeps its calls until the new ones come.
    connect(m_controller, &AnalysisController::importGraphReady, this,
            [this](const SnapshotPtr &snapshot, bool reanalysis) {
                if (reanalysis)
                    return;
                adoptBase(snapshot, false);
                m_importGraphShown = true;
            });
    connect(m_controller, &AnalysisController::derived, this, &MainWindow::showSnapshot);
    connect(m_controller, &AnalysisController::picturesReady, this, &MainWindow::showPictures);
    connect(m_controller, &AnalysisController::rollupsReady, this,
            [this](const SnapshotPtr &of, const std::shared_ptr<const PackageRollups> &rollups) {
                if (of == m_snapshot)
                    m_tables->setRollups(of, rollups);
            });
    connect(m_controller, &AnalysisController::earlierStateReady, this,
            &MainWindow::showEarlierState);
    connect(m_controller, &AnalysisController::cancelled, this, [this, idle] {
        idle();
        m_status->setText(tr("Analysis cancelled."));
    });
    connect(m_controller, &AnalysisController::failed, this,
            [this, idle](const QString &folder, ScanStatus status) {
                idle();
                QString why;
                switch (status) {
                case ScanStatus::Missing:
                    why = tr("%1 does not exist.").arg(folder);
                    break;
                case ScanStatus::NotADirectory:
                    why = tr("%1 is a file, not a folder.").arg(folder);
                    break;
                case ScanStatus::NoPython:
                    why = tr("%1 holds no Python files.").arg(folder);
                    break;
                case ScanStatus::TooLarge:
                    why = tr("%1 is too large to analyse in the memory this computer has "
                             "available. Open a part of it (a sub-folder), or analyse its "
                             "packages on the command line: headroom analyze --level package.")
                              .arg(folder);
                    break;
                default:
                    why = tr("%1 could not be analysed.").arg(folder);
                    break;
                }
                m_status->setText(why);
                if (isVisible() && !qEnvironmentVariableIsSet("HEADROOM_NO_DIALOGS"))
                    QMessageBox::warning(this, tr("Cannot open the project"), why);
            });
    connect(m_controller, &AnalysisController::finished, this,
            [this, idle](SnapshotPtr snapshot, bool reanalysis) {
                idle();
                if (!reanalysis) {
                    QSettings settings;
                    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
                    recent.removeAll(snapshot->analysis->scan.folder);
                    recent.prepend(snapshot->analysis->scan.folder);
                    settings.setValue(QStringLiteral("recent"), recent.mid(0, MaxRecent));
                    updateRecentMenu();
                }
                adoptBase(snapshot, reanalysis);
                m_keepView = false;
                m_importGraphShown = false;
            });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFolder(urls.first().toLocalFile());
}

void MainWindow::openFolder(const QString &folder)
{
    m_view.project = folder;
    m_view.cuts.clear();
    m_undoCuts.clear(); // another project's cuts cannot come back
    m_redoCuts.clear();
    m_view.focus.clear();
    m_expandedBeforeFocus.reset();
    m_view.expanded.clear();
    m_selected = -1;
    m_positions.clear(); // another project's arrangement says nothing about this one
    m_shownProjection.clear();
    m_compareWith.reset(); // another project's earlier state says nothing about this one
    m_compareLabel.clear();
    if (m_stopComparing)
        m_stopComparing->setEnabled(false);
    m_controller->open(folder);
}

void MainWindow::showLegend()
{
    const auto *view = qobject_cast<const GraphView *>(m_tabs->currentWidget());
    if (view)
        m_legend->setLegend(view->legend());
    else
        m_legend->setLegend(m_tabs->currentWidget() == m_tables && m_snapshot
                                ? std::optional<Legend>(Legend::forTables())
                                : std::nullopt);
}

void MainWindow::buildDocks()
{
    auto dock = [this](QWidget *widget, const QString &title, const char *name,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_projectModel = new ModuleTreeModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_projectModel);
    m_projectTree = new QTreeView(this);
    m_projectTree->setObjectName(QStringLiteral("projectTree"));
    m_projectTree->setModel(sorted);
    m_projectTree->setSortingEnabled(true);
    m_projectTree->sortByColumn(ModuleTreeModel::Name, Qt::AscendingOrder);
    // Deep names keep their room: the other columns take what they need, names elide in the
    // middle and nesting indents little.
    m_projectTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_projectTree->header()->setSectionResizeMode(ModuleTreeModel::Name, QHeaderView::Stretch);
    m_projectTree->header()->setStretchLastSection(false);
    m_projectTree->setTextElideMode(Qt::ElideMiddle);
    m_projectTree->setIndentation(12);
    connect(m_projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectNode(current.data(ModuleTreeModel::NodeIdRole).toInt());
            });
    QDockWidget *project = dock(m_projectTree, tr("Project"), "project", Qt::LeftDockWidgetArea);

    m_cycles = new CyclesPanel(this);
    m_findings = new FindingsPanel(this);
    m_problems = new ProblemsPanel(this);
    m_details = new DetailsPanel(this);
    m_source = new SourceView(this);
    m_cutsList = new QListWidget(this);
    QDockWidget *cycles = dock(m_cycles, tr("Cycles"), "cycles", Qt::LeftDockWidgetArea);
    QDockWidget *findings = dock(m_findings, tr("Findings"), "findings", Qt::LeftDockWidgetArea);
    QDockWidget *details = dock(m_details, tr("Details"), "details", Qt::RightDockWidgetArea);
    QDockWidget *source = dock(m_source, tr("Source"), "source", Qt::RightDockWidgetArea);
    QDockWidget *problems = dock(m_problems, tr("Problems"), "problems", Qt::BottomDockWidgetArea);
    QDockWidget *cuts = dock(m_cutsList, tr("What if"), "whatif", Qt::BottomDockWidgetArea);
    m_why = new QTreeWidget(this);
    m_why->setHeaderLabels({tr("Why"), tr("Where")});
    m_whyDock = dock(m_why, tr("Why"), "why", Qt::BottomDockWidgetArea);
    connect(m_why, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).isValid())
            showSite(
                {item->data(0, Qt::UserRole).toInt(), item->data(0, Qt::UserRole + 1).toInt()});
    });
    tabifyDockWidget(project, cycles);
    tabifyDockWidget(cycles, findings);
    project->raise();
    tabifyDockWidget(problems, cuts);
    tabifyDockWidget(cuts, m_whyDock);
    problems->raise();
    resizeDocks({problems}, {160}, Qt::Vertical);
    resizeDocks({project, details}, {300, 360}, Qt::Horizontal);
    // The legend of the picture on show, in a dock beside the pictures so that it never
    // covers a box; shown or hidden as the user left it (saveState), L toggles it.
    // It scrolls when the column is short, so that Details keeps room for what is chosen.
    m_legend = new LegendPanel(this);
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_legendDock = dock(legendScroll, tr("Legend"), "legend", Qt::RightDockWidgetArea);
    splitDockWidget(details, m_legendDock, Qt::Vertical);
    resizeDocks({details, m_legendDock, source}, {300, 320, 160}, Qt::Vertical);
    for (GraphView *view : {m_graphView, m_matrixView, m_treemapView}) {
        view->setLegendBeside(false);
        connect(view, &GraphView::legendToggleRequested, this,
                [this] { m_legendDock->setVisible(!m_legendDock->isVisible()); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showLegend);
    m_viewMenu = new QMenu(tr("&Docks"), this);
    for (QDockWidget *d :
         {project, cycles, findings, details, m_legendDock, source, problems, cuts, m_whyDock})
        m_viewMenu->addAction(d->toggleViewAction());

    connect(m_cycles, &CyclesPanel::nodeActivated, this, [this](int node) {
        // A member of the picture's cycles: the snapshot's node of that name.
        const ImportGraph &g = m_cycles->shownGraph();
        if (m_snapshot && node >= 0 && node < g.nodeCount())
            selectNode(m_snapshot->graph().find(g.node(node).name));
    });
    connect(m_findings, &FindingsPanel::nodeActivated, this, &MainWindow::selectNode);
    connect(m_findings, &FindingsPanel::classActivated, m_details, &DetailsPanel::showClass);
    connect(m_details, &DetailsPanel::nodeActivated, this, &MainWindow::selectNode);
    connect(m_cycles, &CyclesPanel::siteActivated, this, &MainWindow::showSite);
    connect(m_findings, &FindingsPanel::siteActivated, this, &MainWindow::showSite);
    connect(m_details, &DetailsPanel::siteActivated, this, &MainWindow::showSite);
    connect(m_problems, &ProblemsPanel::siteActivated, this, &MainWindow::showSite);
    connect(m_details, &DetailsPanel::cutRequested, this, &MainWindow::cutBetween);
    connect(m_cycles, &CyclesPanel::cutRequested, this, &MainWindow::cutImports);
    // A cycle chosen in its panel is shown in the picture: its chain's arrows highlighted.
    connect(m_cycles, &CyclesPanel::importsChosen, this,
            [this](const QList<QPair<QString, QString>> &imports) {
                if (auto *graph = qobject_cast<GraphScene *>(m_graphView->scene()))
                    graph->highlightImports(imports.isEmpty() ? boxesOf(m_whyChain)
                                                              : boxesOf(imports));
            });
    connect(m_tables, &TablesPane::nodeActivated, this, &MainWindow::selectNode);
    connect(m_tables, &TablesPane::siteActivated, this, &MainWindow::showSite);
    connect(m_tables, &TablesPane::classActivated, m_details, &DetailsPanel::showClass);
    connect(m_cutsList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_cutsList->row(item);
        if (row >= 0 && row < m_view.cuts.size()) {
            QList<QPair<QString, QString>> cuts = m_view.cuts;
            cuts.removeAt(row);
            setCuts(cuts);
        }
    });
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Python project"));
    if (!folder.isEmpty())
        openFolder(folder);
}

QString MainWindow::filesText(const Analysis &analysis)
{
    return tr("%1: %n file(s)", nullptr, int(analysis.scan.files.size()))
               .arg(analysis.scan.projectName) +
           DiagnosticText::excludedFiles(analysis.scan.excluded.size());
}

void MainWindow::showSnapshot(SnapshotPtr snapshot)
{
    const QString selectedName =
        !m_pendingSelection.isEmpty() ? m_pendingSelection
        : m_snapshot && m_selected >= 0 && m_selected < m_snapshot->graph().nodeCount()
            ? m_snapshot->graph().node(m_selected).name
            : QString();
    m_pendingSelection.clear();
    m_snapshot = std::move(snapshot);
    const Analysis &a = *m_snapshot->analysis;
    const Metrics &m = m_snapshot->review.metrics;
    setWindowTitle(tr("%1 - Headroom").arg(a.scan.projectName));
    const QString summary =
        filesText(a) + QLatin1String(", ") + tr("depth %1", nullptr).arg(m.depth) +
        QLatin1String(", ") + tr("%n cycle(s)", nullptr, int(m.cycles.size())) +
        QLatin1String(", ") + tr("%n over budget", nullptr, int(m.findings.size())) +
        QLatin1String(", ") + tr("%n problem(s)", nullptr, int(a.diagnostics.size()));
    // The import graph is shown while its calls are resolved: cohesion counts names until
    // then.
    m_status->setText(!m_snapshot->calls && m_controller->isRunning()
                          ? tr("%1; resolving calls...").arg(summary)
                          : summary);
    m_projectModel->setAnalysis(m_snapshot->analysis);
    m_projectTree->expandToDepth(0);
    m_cycles->setSnapshot(m_snapshot);
    m_findings->setSnapshot(m_snapshot);
    m_problems->setSnapshot(m_snapshot);
    m_details->setSnapshot(m_snapshot);
    m_tables->setSnapshot(m_snapshot);
    updateCutsList();

    QStringList names;
    for (const Node &n : m_snapshot->graph().nodes()) {
        if (n.origin == Origin::Internal)
            names << n.name;
    }
    auto *completer = new QCompleter(names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_search->completer();
    m_search->setCompleter(completer);

    m_selected = selectedName.isEmpty() ? -1 : m_snapshot->graph().find(selectedName);
    emit snapshotShown();
    rebuildPictures();
    // The packages table's roll-ups, queued behind the pictures.
    if (!m_snapshot->review.packageRollups)
        m_controller->rollUp(m_snapshot);
    if (m_selected >= 0)
        selectNode(m_selected);
}

bool MainWindow::settled() const
{
    return !m_controller->isRunning() && m_snapshot && m_picturedSnapshot == m_snapshot;
}

// The snapshot of an analysis (its import graph, then again with its calls) becomes the one
// every what-if derives from. The first look at a project opens the structure map that fits
// the budget; a later stage or a re-analysis keeps the view.
void MainWindow::adoptBase(const SnapshotPtr &snapshot, bool reanalysis)
{
    m_base = snapshot;
    if (!reanalysis && !m_keepView && !m_importGraphShown) {
        m_view.packageDepth = StructureLevel;
        m_view.expanded = snapshot->firstOpen;
        m_levelBox->setCurrentIndex(std::max(0, m_levelBox->findData(m_view.packageDepth)));
    }
    if (m_view.cuts.isEmpty() && m_view.shownKinds == AllImportKinds)
        showSnapshot(snapshot);
    else
        deriveSnapshot();
}

void MainWindow::deriveSnapshot()
{
    if (!m_base)
        return;
    updateCutsList();
    m_controller->derive(m_base, m_view.cuts, m_view.shownKinds);
}

void MainWindow::cutImport(int edge)
{
    if (!m_snapshot || edge < 0 || edge >= m_snapshot->graph().edgeCount())
        return;
    const Edge &e = m_snapshot->graph().edge(edge);
    cutImports(
        {{m_snapshot->graph().node(e.source).name, m_snapshot->graph().node(e.target).name}});
}

void MainWindow::cutBetween(const QString &source, const QString &target)
{
    cutImports({{source, target}});
}

// Each import names two boxes of the picture: every module import behind it is cut (an
// import between packages stands for all of theirs).
void MainWindow::cutImports(const QList<QPair<QString, QString>> &imports)
{
    if (!m_snapshot)
        return;
    const ImportGraph &g = m_snapshot->graph();
    QList<QPair<QString, QString>> cuts = m_view.cuts;
    for (const Edge &e : g.edges()) {
        const QString &from = g.node(e.source).name;
        const QString &to = g.node(e.target).name;
        const bool wanted = std::any_of(imports.begin(), imports.end(), [&](const auto &i) {
            return i == QPair<QString, QString>{from, to} || isBehind(from, to, i.first, i.second);
        });
        if (wanted && !cuts.contains({from, to}))
            cuts.append({from, to});
    }
    if (cuts != m_view.cuts)
        setCuts(cuts);
}

void MainWindow::setCuts(const QList<QPair<QString, QString>> &cuts)
{
    m_undoCuts.append(m_view.cuts);
    m_redoCuts.clear();
    m_view.cuts = cuts;
    deriveSnapshot();
}

void MainWindow::undoCut()
{
    if (m_undoCuts.isEmpty())
        return;
    m_redoCuts.append(m_view.cuts);
    m_view.cuts = m_undoCuts.takeLast();
    deriveSnapshot();
}

void MainWindow::redoCut()
{
    if (m_redoCuts.isEmpty())
        return;
    m_undoCuts.append(m_view.cuts);
    m_view.cuts = m_redoCuts.takeLast();
    deriveSnapshot();
}

void MainWindow::updateCutsList()
{
    m_cutsList->clear();
    const AnalysisPtr a = m_base ? m_base->analysis : nullptr;
    for (const auto &[source, target] : m_view.cuts) {
        QStringList sites;
        if (a) {
            const int e = a->graph.findEdge(a->graph.find(source), a->graph.find(target));
            if (e >= 0) {
                for (const ImportSite &s : a->graph.edge(e).sites)
                    sites << a->file(s.file).relativePath + QLatin1Char(':') +
                                 QString::number(s.line);
            }
        }
        auto *item = new QListWidgetItem(tr("Remove the import of %1 from %2 (%3)")
                                             .arg(target, source, sites.join(QLatin1String(", "))),
                                         m_cutsList);
        item->setToolTip(tr("Activate to put this import back"));
    }
    if (m_view.cuts.isEmpty())
        new QListWidgetItem(
            tr("No imports cut. Right-click an import in Details to see what cutting it would do."),
            m_cutsList);
}

void MainWindow::selectNode(int node)
{
    if (!m_snapshot || node < 0 || node >= m_snapshot->graph().nodeCount())
        return;
    m_selected = node;
    m_view.selected = m_snapshot->graph().node(node).name;
    m_details->showNode(node);
    revealInPictures(node);
    m_tables->revealNode(node);
    // The project tree: select without re-entering selectNode.
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_projectTree->model());
    const QModelIndex index = proxy->mapFromSource(m_projectModel->indexOfNode(node));
    if (index.isValid() && m_projectTree->currentIndex() != index) {
        const QSignalBlocker blocker(m_projectTree->selectionModel());
        m_projectTree->setCurrentIndex(index);
        m_projectTree->scrollTo(index);
    }
    const Node &n = m_snapshot->graph().node(node);
    if (n.file >= 0) {
        const QString path = m_snapshot->analysis->pathOf(n.file);
        if (m_source->currentFile() != path)
            m_source->showFile(path, 0);
    }
    if (m_focusAction->isChecked()) {
        focusOn(n.name);
    } else if ((m_view.packageDepth == -1 || m_view.packageDepth == -2) && n.file >= 0) {
        rebuildPictures(); // the classes or functions of the newly selected module
    }
}

void MainWindow::showSite(SourceLocation site)
{
    if (!m_snapshot || site.file < 0 || site.file >= int(m_snapshot->analysis->scan.files.size()))
        return;
    const SourceFile &file = m_snapshot->analysis->file(site.file);
    m_source->showFile(m_snapshot->analysis->scan.pathOf(file), site.line);
    if (auto *dock = qobject_cast<QDockWidget *>(m_source->parentWidget())) {
        dock->show();
        dock->raise();
    }
    const int node = m_snapshot->graph().find(file.module);
    if (node >= 0 && node != m_selected)
        selectNode(node);
}

ViewState MainWindow::viewState() const
{
    ViewState s = m_view;
    if (m_snapshot)
        s.project = m_snapshot->analysis->scan.folder;
    return s;
}

void MainWindow::applyViewState(const ViewState &state)
{
    const bool sameProject = m_snapshot && m_snapshot->analysis->scan.folder == state.project;
    m_view = state;
    m_expandedBeforeFocus.reset();
    m_levelBox->setCurrentIndex(std::max(0, m_levelBox->findData(state.packageDepth)));
    m_metricBox->setCurrentIndex(std::max(0, m_metricBox->findData(int(state.metric))));
    m_hopsBox->setValue(state.hops);
    m_tabs->setCurrentIndex(state.tab);
    {
        const QSignalBlocker a(m_focusAction), b(m_hideTypeChecking), c(m_hideFunctionLocal),
            d(m_hideConditional), e(m_allImports);
        m_allImports->setChecked(state.allImports);
        m_focusAction->setChecked(!state.focus.isEmpty());
        m_hideTypeChecking->setChecked(!(state.shownKinds & kindBit(ImportKind::TypeChecking)));
        m_hideFunctionLocal->setChecked(!(state.shownKinds & kindBit(ImportKind::FunctionLocal)));
        m_hideConditional->setChecked(!(state.shownKinds & kindBit(ImportKind::Conditional)));
    }
    m_pendingSelection = state.selected;
    m_keepView = true;
    if (sameProject) {
        deriveSnapshot();
    } else {
        m_controller->open(state.project); // its result is derived with the view's cuts
    }
}

bool MainWindow::saveView(const QString &file, QString *error) const
{
    return writeOutput(file, viewStateToJson(viewState()), error);
}

bool MainWindow::openView(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    const std::optional<ViewState> state = viewStateFromJson(in.read(1024 * 1024), error);
    if (!state)
        return false;
    applyViewState(*state);
    return true;
}

bool MainWindow::exportPicture(int tab, const QString &file, QString *error)
{
    GraphView *views[] = {m_graphView, m_matrixView, m_treemapView};
    if (tab < 0 || tab > 2 || !views[tab]->scene() || !m_snapshot) {
        *error = tr("there is no picture to export yet");
        return false;
    }
    return WindowExport::write(*views[tab]->scene(), views[tab]->legend(), tab,
                               m_snapshot->analysis->scan.projectName, file, error);
}

void MainWindow::exportDialog()
{
    const int tab = std::min(m_tabs->currentIndex(), 2);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the picture"), QString(),
                                     tr("SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT "
                                        "(*.dot);;Slide SVG (*.slide.svg);;A4 PDF (*.a4.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPicture(tab, path, &error))
        QMessageBox::warning(this, tr("Cannot export"), error);
}

} // namespace headroom
