#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// Every diagnostic of the analysis: unreadable files, syntax errors, unresolved imports.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);

signals:
    void siteActivated(headroom::SourceLocation site);
};

} // namespace headroom
