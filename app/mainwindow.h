#pragma once

#include "analysis.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace headroom {

class ModuleTreeModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    [[nodiscard]] AnalysisPtr analysis() const { return m_analysis; }

signals:
    void analysisFinished();

private:
    void chooseFolder();
    void cancelAnalysis();
    void showAnalysis(AnalysisPtr analysis, QByteArray svg);
    void showProgress(int stage, int done, int total);
    void setBusy(bool busy);

    AnalysisPtr m_analysis;
    quint64 m_generation = 0; // results of older runs are dropped
    std::shared_ptr<std::atomic_bool> m_cancel;

    QTabWidget *m_tabs = nullptr;
    QGraphicsScene *m_graphScene = nullptr;
    QGraphicsView *m_graphView = nullptr;
    QTreeView *m_moduleView = nullptr;
    ModuleTreeModel *m_moduleModel = nullptr;
    QTreeWidget *m_problems = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace headroom
