#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// The selected module or package: its metrics, what it imports and what imports it, each
// import with its sites. An import's context menu can cut it for "what if".
class DetailsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    void showNode(int node);
    [[nodiscard]] int node() const { return m_node; }

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
    void cutRequested(int edge);

private:
    void addEdges(QTreeWidgetItem *parent, const std::vector<int> &edges, bool outgoing);
    void addUses(QTreeWidgetItem *parent, const Edge &edge);
    [[nodiscard]] static QString useKindText(CallEdgeKind kind);

    SnapshotPtr m_snapshot;
    int m_node = -1;
};

} // namespace headroom
