#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// The selected module or package (or class) as the picture on show has it: a package box is a
// package of many modules there, with its package-level coupling and cohesion, its level and its
// row in the picture; a module the picture holds inside a closed package is described at module
// level, saying which box holds it. Its metrics, what it imports and what imports it, each
// import with its sites and the calls behind it. An import's context menu can cut it for
// "what if" (an import between packages: every module import behind it).
class DetailsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    // The picture on show; null: describe the snapshot's module graph.
    void setPicture(PictureFactsPtr picture);
    void showNode(int node); // a node of the snapshot's graph
    // A class (index into the review's Metrics::classes): where it is, its size, its LCOM4
    // with the parts that make it up (what a split would separate), its findings and the
    // modules that use it.
    void showClass(int classIndex);
    [[nodiscard]] int shownClass() const { return m_class; }
    // The import between two boxes of the picture (names; the snapshot's modules without a
    // picture): its kinds, its sites and the calls behind it.
    void showImport(const QString &source, const QString &target);
    [[nodiscard]] int node() const { return m_node; }

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
    // Cut the import(s) from `source` to `target`: names of the boxes of the graph shown.
    void cutRequested(const QString &source, const QString &target);

protected:
    // Empty, it says how to fill it.
    void paintEvent(QPaintEvent *event) override;

private:
    void addEdges(QTreeWidgetItem *parent, const ImportGraph &g, const std::vector<int> &edges,
                  bool outgoing);
    void addUses(QTreeWidgetItem *parent, const ImportGraph &g, const Edge &edge);
    [[nodiscard]] static QString useKindText(CallEdgeKind kind);
    void fitRows();
    void addCohesionParts(QTreeWidgetItem *lcom, int classIndex);
    void addClassUsers(int classIndex);
    QTreeWidgetItem *addRow(const QString &label, const QString &value);

    SnapshotPtr m_snapshot;
    PictureFactsPtr m_picture;
    int m_node = -1;
    int m_class = -1;
};

} // namespace headroom
