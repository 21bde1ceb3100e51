#pragma once

#include "snapshot.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace headroom {

class MetricsFilterProxy;
class MetricsTableModel;

// The tables tab: packages, modules, classes and functions, every metric a sortable column,
// filtered by name, by "over budget" and by "in a cycle".
class TablesPane : public QWidget
{
    Q_OBJECT

public:
    explicit TablesPane(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    // Selects the row of `node` in the packages or modules table, without signalling.
    void revealNode(int node);
    [[nodiscard]] MetricsTableModel *model(int kind) const { return m_models[kind]; }

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);

private:
    static constexpr int Kinds = 4;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_overBudget = nullptr;
    QCheckBox *m_inCycles = nullptr;
    MetricsTableModel *m_models[Kinds] = {};
    MetricsFilterProxy *m_proxies[Kinds] = {};
    QTableView *m_views[Kinds] = {};
};

} // namespace headroom
