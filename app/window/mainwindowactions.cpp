// The window's toolbar and menus: what each command does lives in mainwindow.cpp.
#include "mainwindow.h"

#include "graphview.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolBar>

namespace headroom {

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewbar"));
    bar->addWidget(new QLabel(tr("Level:"), bar));
    m_levelBox = new QComboBox(bar);
    m_levelBox->addItem(tr("Structure (fits the head budget)"), StructureLevel);
    m_levelBox->addItem(tr("Modules"), 0);
    for (int depth = 1; depth <= 6; ++depth)
        m_levelBox->addItem(tr("Packages, depth %1").arg(depth), depth);
    m_levelBox->addItem(tr("Classes of the selected module"), -1);
    m_levelBox->addItem(tr("Functions of the selected module"), -2);
    bar->addWidget(m_levelBox);
    connect(m_levelBox, &QComboBox::activated, this, [this] {
        m_view.packageDepth = m_levelBox->currentData().toInt();
        m_view.expanded.clear();
        if (m_view.packageDepth == StructureLevel && m_snapshot)
            m_view.expanded = m_snapshot->firstOpen;
        if (!m_view.focus.isEmpty()) { // the focus again, at the new level
            m_view.focus.clear();
            focusOn(m_snapshot && m_selected >= 0 ? m_snapshot->graph().node(m_selected).name
                                                  : QString());
            return;
        }
        rebuildPictures();
    });
    bar->addWidget(new QLabel(tr("Colour by:"), bar));
    m_metricBox = new QComboBox(bar);
    for (const Metric m : MetricChoice::all())
        m_metricBox->addItem(MetricChoice::name(m), int(m));
    bar->addWidget(m_metricBox);
    connect(m_metricBox, &QComboBox::activated, this, [this] {
        m_view.metric = Metric(m_metricBox->currentData().toInt());
        rebuildPictures();
    });
    bar->addSeparator();
    m_focusAction = bar->addAction(tr("Focus"));
    m_focusAction->setCheckable(true);
    m_focusAction->setToolTip(tr("Show only the selected module and its neighbours"));
    connect(m_focusAction, &QAction::toggled, this, [this](bool on) {
        focusOn(on && m_snapshot && m_selected >= 0 ? m_snapshot->graph().node(m_selected).name
                                                    : QString());
    });
    m_hopsBox = new QSpinBox(bar);
    m_hopsBox->setObjectName(QStringLiteral("hopsBox"));
    m_hopsBox->setRange(1, 10);
    m_hopsBox->setPrefix(tr("hops: "));
    bar->addWidget(m_hopsBox);
    connect(m_hopsBox, &QSpinBox::valueChanged, this, [this](int hops) {
        m_view.hops = hops;
        if (!m_view.focus.isEmpty())
            focusOn(m_view.focus);
    });
    bar->addSeparator();
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find a module (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_snapshot)
            return;
        const int node = m_snapshot->graph().find(m_search->text().trimmed());
        if (node >= 0)
            selectNode(node);
        else
            m_status->setText(tr("No module named %1.").arg(m_search->text().trimmed()));
    });
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Folder..."), QKeySequence::Open, this, &MainWindow::chooseFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Save View..."), QKeySequence::Save, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the view"), QString(),
                                                          tr("Headroom views (*.headroom.json)"));
        QString error;
        if (!path.isEmpty() && !saveView(path, &error))
            QMessageBox::warning(this, tr("Cannot save the view"), error);
    });
    file->addAction(tr("Open &View..."), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a saved view"), QString(),
                                         tr("Headroom views (*.headroom.json *.json)"));
        QString error;
        if (!path.isEmpty() && !openView(path, &error))
            QMessageBox::warning(this, tr("Cannot open the view"), error);
    });
    file->addAction(tr("&Export Picture..."), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] {
        if (auto *v = qobject_cast<GraphView *>(m_tabs->currentWidget()))
            v->zoomBy(1.25);
    });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] {
        if (auto *v = qobject_cast<GraphView *>(m_tabs->currentWidget()))
            v->zoomBy(0.8);
    });
    view->addAction(tr("&Fit"), QKeySequence(tr("Ctrl+0")), this, [this] {
        if (auto *v = qobject_cast<GraphView *>(m_tabs->currentWidget()))
            v->fitPicture();
    });
    view->addAction(tr("Find &Module"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    view->addSeparator();
    auto hide = [&](const QString &text, ImportKind kind) {
        QAction *a = view->addAction(text);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this, kind](bool on) {
            m_view.shownKinds = on ? ImportKindSet(m_view.shownKinds & ~kindBit(kind))
                                   : ImportKindSet(m_view.shownKinds | kindBit(kind));
            deriveSnapshot();
        });
        return a;
    };
    m_hideTypeChecking = hide(tr("Hide &Type-Checking Imports"), ImportKind::TypeChecking);
    m_hideFunctionLocal = hide(tr("Hide Function-&Local Imports"), ImportKind::FunctionLocal);
    m_hideConditional = hide(tr("Hide &Conditional Imports"), ImportKind::Conditional);
    m_allImports = view->addAction(tr("Show &Every Import"));
    m_allImports->setCheckable(true);
    m_allImports->setToolTip(
        tr("Structure maps draw only the imports that no other path implies; show all"));
    connect(m_allImports, &QAction::toggled, this, [this](bool on) {
        m_view.allImports = on;
        rebuildPictures();
    });
    view->addSeparator();
    view->addMenu(m_viewMenu);
    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QStringList codes{QString(),
                            QStringLiteral("en"),
                            QStringLiteral("de"),
                            QStringLiteral("fr"),
                            QStringLiteral("es"),
                            QStringLiteral("ja"),
                            QStringLiteral("zh_CN")};
    for (const QString &code : codes) {
        // Each language by its own name, as people look for it.
        QString name = code.isEmpty() ? tr("System Language") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            m_status->setText(tr("The language changes when Headroom starts again."));
        });
    }
    view->addSeparator();
    m_presentAction = view->addAction(tr("&Presentation Mode"), QKeySequence(Qt::Key_F11), this,
                                      [this](bool on) { setPresentation(on); });
    m_presentAction->setCheckable(true);
    view->addAction(tr("Next Review Step"), QKeySequence(Qt::Key_PageDown), this,
                    [this] { presentationStep(1); });
    view->addAction(tr("Previous Review Step"), QKeySequence(Qt::Key_PageUp), this,
                    [this] { presentationStep(-1); });

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Re-analyse"), QKeySequence::Refresh, m_controller,
                        &AnalysisController::reanalyze);
    analysis->addAction(tr("&Cancel"), QKeySequence(Qt::Key_Escape), m_controller,
                        &AnalysisController::cancel);
    analysis->addAction(tr("&Why Does A Depend on B?..."), QKeySequence(tr("Ctrl+P")), this,
                        &MainWindow::findPath);
    analysis->addAction(tr("C&lear the What-If Cuts"), this, [this] {
        if (!m_view.cuts.isEmpty())
            setCuts({});
    });
    analysis->addAction(tr("&Undo Cut"), QKeySequence::Undo, this, &MainWindow::undoCut);
    analysis->addAction(tr("Re&do Cut"), QKeySequence::Redo, this, &MainWindow::redoCut);
    buildCompareActions(analysis);
    QAction *watch = analysis->addAction(tr("Re-analyse When &Files Change"));
    watch->setCheckable(true);
    watch->setChecked(true);
    connect(watch, &QAction::toggled, m_controller, &AnalysisController::setWatching);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &folder : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this,
                                [this, folder] { openFolder(folder); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace headroom
