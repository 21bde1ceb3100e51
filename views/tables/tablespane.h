#pragma once

#include "snapshot.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace headroom {

class FrozenColumnView;
class MetricsFilterProxy;
class MetricsTableModel;

// The tables tab: packages, modules, classes and functions, every metric a sortable column,
// filtered by name, by "over budget" and by "in a cycle". The name column stays in view when
// the figures scroll sideways. Packages and modules are nodes of the graph: picking one
// selects it in the window, whose Details show it. Classes and functions are not: picking
// one shows its source, and a strip under the table lists the row's own figures.
class TablesPane : public QWidget
{
    Q_OBJECT

public:
    explicit TablesPane(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    // The packages table's roll-ups for `of`, worked out after it was shown
    // (MetricsTableModel::setRollups()); until then the tab says they are being worked out.
    void setRollups(const SnapshotPtr &of, std::shared_ptr<const PackageRollups> rollups);
    // Selects the row of `node` in the packages or modules table, without signalling.
    void revealNode(int node);
    [[nodiscard]] MetricsTableModel *model(int kind) const { return m_models[kind]; }
    [[nodiscard]] FrozenColumnView *view(int kind) const { return m_views[kind]; }
    // Shows the table of that kind (MetricsTableModel::Kind).
    void showKind(int kind);
    // The strip of the current class's or function's figures (hidden for the other kinds).
    [[nodiscard]] QLabel *rowDetails() const { return m_rowDetails; }
    // The figures of a row as the strip shows them: its name, then "Column value" for every
    // cell that has one.
    [[nodiscard]] static QString rowDetailsText(const QModelIndex &index);

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
    // A row of the Classes table, after its site: the class (index into Metrics::classes).
    void classActivated(int classIndex);

private:
    void updateRowDetails();
    void updatePackagesTitle();

    static constexpr int Kinds = 4;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_overBudget = nullptr;
    QCheckBox *m_inCycles = nullptr;
    QLabel *m_rowDetails = nullptr;
    MetricsTableModel *m_models[Kinds] = {};
    MetricsFilterProxy *m_proxies[Kinds] = {};
    FrozenColumnView *m_views[Kinds] = {};
};

} // namespace headroom
