#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// Every import cycle of the picture on show (the snapshot's modules without one): its
// members, its shortest chain as file:line imports, and the imports to cut (the breaking
// set); under a cycle of packages, the module cycles inside it. Activating a member selects
// it (nodeActivated gives a node of shownGraph()); activating an import opens its site.
// Choosing a row shows in the picture what it is about (importsChosen): an import row that
// import, any other row of a cycle the cycle's chain.
class CyclesPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CyclesPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    void setPicture(PictureFactsPtr picture);
    [[nodiscard]] const ImportGraph &shownGraph() const;
    // The cycles to show, when they differ from the review's (the "what if" cuts).
    void setCycles(const std::vector<Cycle> &cycles);

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
    // Cut these imports (names of shownGraph()'s ends): a cycle's suggested cuts from its
    // context menu or Delete, one import from its row's.
    void cutRequested(const QList<QPair<QString, QString>> &imports);
    // The imports (names of shownGraph()'s ends) the current row is about, empty for none.
    void importsChosen(const QList<QPair<QString, QString>> &imports);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addModuleCycles(QTreeWidgetItem *parent, const Cycle &packageCycle);
    [[nodiscard]] QList<QPair<QString, QString>> namesOf(const QVariant &edges) const;
    [[nodiscard]] QList<QPair<QString, QString>> importsOf(const QTreeWidgetItem *item) const;
    [[nodiscard]] QList<QPair<QString, QString>> shownBy(const QTreeWidgetItem *item) const;
    [[nodiscard]] static QString keyOf(const QTreeWidgetItem *item);

    SnapshotPtr m_snapshot;
    PictureFactsPtr m_picture;
};

} // namespace headroom
