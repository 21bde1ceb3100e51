#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// What has grown past the head budget, by excess, and every import-linter contract with
// the import chains that break it.
class FindingsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
};

} // namespace headroom
