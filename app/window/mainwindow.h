#pragma once

#include "analysiscontroller.h"
#include "metricchoice.h"
#include "snapshot.h"
#include "viewstate.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QTreeWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace headroom {

class CyclesPanel;
class DetailsPanel;
class FindingsPanel;
class GraphView;
class LegendPanel;
class MetricsTableModel;
class ModuleTreeModel;
class ProblemsPanel;
class SourceView;
class TablesPane;

// The window: pictures as tabs (graph, matrix, treemap, tables), panels as docks (project,
// cycles, findings, details, source, problems, what if). One selection is shared by all:
// selecting a module anywhere selects, highlights and reveals it everywhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // The status line while files are parsed: done of total, and the time left at the pace
    // of the first `elapsedMs` milliseconds.
    [[nodiscard]] static QString parsingText(int done, int total, qint64 elapsedMs);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    [[nodiscard]] SnapshotPtr snapshot() const { return m_snapshot; }
    [[nodiscard]] AnalysisController *controller() const { return m_controller; }
    // The analysis has finished (calls resolved) and the pictures show its snapshot.
    [[nodiscard]] bool settled() const;
    [[nodiscard]] int selectedNode() const { return m_selected; }
    [[nodiscard]] const ImportGraph &pictureGraph() const;
    [[nodiscard]] ViewState viewState() const;
    void applyViewState(const ViewState &state);
    bool saveView(const QString &file, QString *error) const;
    bool openView(const QString &file, QString *error);
    // The picture of `tab` (0 graph, 1 matrix, 2 treemap) to a file, as the export dialog does.
    bool exportPicture(int tab, const QString &file, QString *error);

public slots:
    void selectNode(int node);
    // The legend dock follows the picture on show.
    void showLegend();
    void showSite(headroom::SourceLocation site);
    void cutImport(int edge);
    // Cuts the imports between two boxes of the picture (names): every module import
    // behind an import between packages; two modules' names are one import.
    void cutBetween(const QString &source, const QString &target);
    void cutImports(const QList<QPair<QString, QString>> &imports);
    // The what-if cuts step back and forth (Ctrl+Z, Ctrl+Shift+Z).
    void undoCut();
    void redoCut();
    [[nodiscard]] bool canUndoCut() const { return !m_undoCuts.isEmpty(); }
    void describePicture(const PictureDataPtr &d);
    // "Why does A depend on B": the shortest import chain from module A to module B, listed
    // with its sites in the Why dock and highlighted in the picture. False when there is none.
    bool showWhy(const QString &from, const QString &to);
    // Why one box of the picture imports another (names): every module import behind the
    // arrow with its sites, in the Why dock and highlighted. False when there is none.
    bool showImportsBehind(const QString &source, const QString &target);
    void toggleExpanded(int pictureNode);
    // Shows only a module's neighbourhood ("" for the whole picture again), as Focus does.
    void focusOn(const QString &name);
    void setPresentation(bool on);
    void presentationStep(int delta); // Page Down / Page Up in presentation mode
    // Pictures of a change: the graph marks what changed since git revision `revision`, or
    // since the state a JSON written by `headroom analyze` describes, until stopComparing().
    // Read off the UI thread; an error is said in a message box and the status bar.
    void compareWithRevision(const QString &revision);
    void compareWithBaseline(const QString &file);
    void stopComparing();
    [[nodiscard]] bool isComparing() const { return m_compareWith != nullptr; }
    [[nodiscard]] QString comparisonLabel() const { return m_compareLabel; }

signals:
    void snapshotShown(); // the panels and pictures show a new snapshot
    void picturesBuilt();
    void comparisonFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // "django: 859 files", and how many an exclude pattern left out: the status bar's start.
    [[nodiscard]] static QString filesText(const Analysis &analysis);
    void buildActions();
    void buildCompareActions(QMenu *menu);
    void showEarlierState(const EarlierState &state);
    void buildDocks();
    void buildToolBar();
    void showSnapshot(SnapshotPtr snapshot);
    void adoptBase(const SnapshotPtr &snapshot, bool reanalysis);
    void deriveSnapshot(); // re-review after cuts or hidden kinds change
    void rebuildPictures();
    void showPictures(const PictureDataPtr &pictures);
    void updateCutsList();
    void updateRecentMenu();
    void chooseFolder();
    void findPath();
    void exportDialog();
    void revealInPictures(int node);
    [[nodiscard]] bool showsStructureMap() const;

    AnalysisController *m_controller = nullptr;
    SnapshotPtr m_snapshot;
    SnapshotPtr m_base; // the analysis's own snapshot, which what-if snapshots derive from
    int m_selected = -1;
    QString m_pendingSelection; // a node name to select once a snapshot arrives
    ViewState m_view;
    // The graph the pictures show (a projection, cuts applied), shared with the pictures'
    // data: no copy on the UI thread.
    std::shared_ptr<const ImportGraph> m_pictureGraph;
    // Where the boxes of each projection's last picture sat (GraphScene::namedPositions()):
    // coming back to a projection, or re-analysing, keeps its arrangement.
    QHash<QString, QHash<QString, QPointF>> m_positions;
    QList<QList<QPair<QString, QString>>> m_undoCuts; // earlier cut lists, the last on top
    QList<QList<QPair<QString, QString>>> m_redoCuts;
    void setCuts(const QList<QPair<QString, QString>> &cuts); // remembered for undo
    QString m_shownProjection;
    QSet<QString> m_shownContainers; // the packages the picture shows opened, as containers
    bool m_keepView = false;         // the next snapshot keeps the view's level (a saved view)
    SnapshotPtr m_picturedSnapshot;  // what the pictures were made from
    bool m_importGraphShown = false; // this run's import graph is shown; its calls are not
    int m_presentationStep = -1;
    QLabel *m_stepBanner = nullptr;
    // What the window showed before presenting, given back when it ends.
    std::optional<ViewState> m_beforePresentation;
    int m_beforePresentationTab = 0;
    std::vector<int> m_stepShows; // the modules the current step presents: fitted when drawn
    PictureFactsPtr m_facts;      // the picture on show as the panels describe it
    void fitStep();

    QTabWidget *m_tabs = nullptr;
    GraphView *m_graphView = nullptr;
    GraphView *m_matrixView = nullptr;
    GraphView *m_treemapView = nullptr;
    TablesPane *m_tables = nullptr;
    QTreeView *m_projectTree = nullptr;
    ModuleTreeModel *m_projectModel = nullptr;
    CyclesPanel *m_cycles = nullptr;
    FindingsPanel *m_findings = nullptr;
    DetailsPanel *m_details = nullptr;
    LegendPanel *m_legend = nullptr;
    QDockWidget *m_legendDock = nullptr;
    SourceView *m_source = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QListWidget *m_cutsList = nullptr;
    QComboBox *m_levelBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QSpinBox *m_hopsBox = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QElapsedTimer m_parseClock; // since parsing began: what is left, from the pace so far
    QPushButton *m_cancelButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_focusAction = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_hideTypeChecking = nullptr;
    QAction *m_hideFunctionLocal = nullptr;
    QAction *m_allImports = nullptr;
    QTreeWidget *m_why = nullptr;
    QDockWidget *m_whyDock = nullptr;
    // The packages open before a focus opened its own; none after a saved view came with
    // its focus (the first picture's then).
    std::optional<QStringList> m_expandedBeforeFocus;
    bool m_fitFocus = false;                   // the next focus picture opens the packages that fit
    QList<QPair<QString, QString>> m_whyChain; // the chain's module imports, highlighted
    // The picture's box that holds a module: itself, or the closest enclosing package shown.
    [[nodiscard]] QString boxOf(const QString &module) const; // empty when none
    // The end at `module` of the arrow that carries an import between `module` and `other`.
    [[nodiscard]] QString arrowEnd(const QString &module, const QString &other) const;
    // Whether the import of module `to` by module `from` is one the picture draws as the arrow
    // from box `source` to box `target` (an opened package's arrow stands for its members').
    [[nodiscard]] bool isBehind(const QString &from, const QString &to, const QString &source,
                                const QString &target) const;
    [[nodiscard]] QList<QPair<QString, QString>>
    boxesOf(const QList<QPair<QString, QString>> &imports) const;
    QAction *m_hideConditional = nullptr;
    std::shared_ptr<const StateOutline> m_compareWith; // the earlier state compared with
    QString m_compareLabel;                            // how the legend names it
    QString m_lastRevision = QStringLiteral("HEAD~1"); // the dialog's next suggestion
    QAction *m_stopComparing = nullptr;
};

} // namespace headroom
