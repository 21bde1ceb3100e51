#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// Every import cycle: its members, its shortest chain as file:line imports, and the imports
// to cut (the breaking set). Activating a module selects it; activating an import opens its
// site.
class CyclesPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CyclesPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    // The cycles to show, when they differ from the review's (the "what if" cuts).
    void setCycles(const std::vector<Cycle> &cycles);

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);

private:
    SnapshotPtr m_snapshot;
};

} // namespace headroom
