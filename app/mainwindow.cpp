#include "mainwindow.h"

#include "diagnostictext.h"
#include "moduletreemodel.h"
#include "report.h"

#include <QApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QGraphicsSvgItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QtConcurrent>

namespace headroom {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Headroom"));
    resize(1200, 800);

    m_tabs = new QTabWidget(this);
    m_graphScene = new QGraphicsScene(this);
    m_graphView = new QGraphicsView(m_graphScene, m_tabs);
    m_graphView->setDragMode(QGraphicsView::ScrollHandDrag);
    m_graphView->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_graphView->setBackgroundBrush(Qt::white);
    m_tabs->addTab(m_graphView, tr("Graph"));

    m_moduleModel = new ModuleTreeModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_moduleModel);
    sorted->setSortRole(Qt::DisplayRole);
    m_moduleView = new QTreeView(m_tabs);
    m_moduleView->setModel(sorted);
    m_moduleView->setSortingEnabled(true);
    m_moduleView->sortByColumn(ModuleTreeModel::Name, Qt::AscendingOrder);
    m_moduleView->header()->setSectionResizeMode(ModuleTreeModel::Name, QHeaderView::Stretch);
    m_moduleView->header()->setStretchLastSection(false);
    m_tabs->addTab(m_moduleView, tr("Modules"));

    m_problems = new QTreeWidget(m_tabs);
    m_problems->setHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_tabs->addTab(m_problems, tr("Problems"));
    setCentralWidget(m_tabs);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Folder..."), QKeySequence::Open, this, &MainWindow::chooseFolder);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelAnalysis);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);
}

MainWindow::~MainWindow()
{
    cancelAnalysis();
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Python project"));
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::cancelAnalysis()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void MainWindow::showProgress(int stage, int done, int total)
{
    m_progress->setMaximum(std::max(total, 0));
    m_progress->setValue(done);
    switch (Stage(stage)) {
    case Stage::Scanning: m_status->setText(tr("Finding Python files...")); break;
    case Stage::Parsing: m_status->setText(tr("Parsing %1 of %2 files...").arg(done).arg(total)); break;
    case Stage::Resolving: m_status->setText(tr("Resolving imports...")); break;
    case Stage::Measuring: m_status->setText(tr("Measuring...")); break;
    case Stage::Done: break;
    }
}

void MainWindow::openFolder(const QString &folder)
{
    cancelAnalysis();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    showProgress(int(Stage::Scanning), 0, 0);

    AnalysisOptions options;
    options.extract.cancel = m_cancel.get();
    // Progress arrives from worker threads; forward at most every 1% to the UI thread.
    auto lastPercent = std::make_shared<std::atomic_int>(-1);
    QPointer<MainWindow> self(this);
    ProgressFn progress = [self, lastPercent](Stage stage, int done, int total) {
        const int percent = total > 0 ? done * 100 / total : -1;
        if (stage == Stage::Parsing && lastPercent->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(qApp, [self, stage, done, total] {
            if (self)
                self->showProgress(int(stage), done, total);
        }, Qt::QueuedConnection);
    };
    auto cancel = m_cancel; // kept alive by the task
    auto future = QtConcurrent::run([folder, options, progress, cancel] {
        AnalysisPtr analysis = analyzeProject(folder, options, progress);
        QByteArray svg;
        if (analysis->scan.status == ScanStatus::Ok)
            svg = Report::svg(*analysis, nullptr);
        return std::make_pair(analysis, svg);
    });
    future.then(this, [this, generation](std::pair<AnalysisPtr, QByteArray> result) {
        if (generation != m_generation)
            return; // a newer analysis has started
        setBusy(false);
        showAnalysis(std::move(result.first), std::move(result.second));
    });
}

void MainWindow::showAnalysis(AnalysisPtr analysis, QByteArray svg)
{
    const ScanResult &scan = analysis->scan;
    switch (scan.status) {
    case ScanStatus::Ok: break;
    case ScanStatus::Missing: m_status->setText(tr("%1 does not exist.").arg(scan.folder)); return;
    case ScanStatus::NotADirectory: m_status->setText(tr("%1 is not a folder.").arg(scan.folder)); return;
    case ScanStatus::NoPython: m_status->setText(tr("%1 holds no Python files.").arg(scan.folder)); return;
    case ScanStatus::Cancelled: m_status->setText(tr("Analysis cancelled.")); return;
    }
    m_analysis = std::move(analysis);
    setWindowTitle(tr("%1 - Headroom").arg(scan.projectName));
    m_status->setText(tr("%1: %2 files, %3 import edges, %4 problems")
                          .arg(scan.projectName)
                          .arg(scan.files.size())
                          .arg(m_analysis->graph.edgeCount())
                          .arg(m_analysis->diagnostics.size()));

    m_graphScene->clear();
    auto *renderer = new QSvgRenderer(svg, m_graphScene);
    auto *item = new QGraphicsSvgItem;
    item->setSharedRenderer(renderer);
    m_graphScene->addItem(item);
    m_graphScene->setSceneRect(item->boundingRect());
    m_graphView->fitInView(item, Qt::KeepAspectRatio);

    m_moduleModel->setAnalysis(m_analysis);
    m_moduleView->expandToDepth(0);

    m_problems->clear();
    for (const Diagnostic &d : m_analysis->diagnostics) {
        auto *row = new QTreeWidgetItem(m_problems);
        row->setText(0, d.file);
        row->setText(1, d.line > 0 ? QString::number(d.line) : QString());
        row->setText(2, DiagnosticText::message(d));
    }
    m_tabs->setTabText(2, tr("Problems (%1)").arg(m_analysis->diagnostics.size()));
    emit analysisFinished();
}

} // namespace headroom
