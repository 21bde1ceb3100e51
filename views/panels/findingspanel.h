#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// What has grown past the head budget, by excess, and every import-linter contract with
// the import chains that break it. Each finding names what is over, the kind of check it
// failed and its value against the budget (the excess in its tooltip); long names are cut
// in the middle and shown whole in their tooltip. Choosing a finding (or activating it)
// opens its source and selects its box, as a table's row does.
class FindingsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,  // what is over its budget (or the contract, the chain, the import)
        CheckColumn, // the kind of finding (or the contract's type)
        ValueColumn, // "value of budget" (or the contract's status)
    };

    explicit FindingsPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
};

} // namespace headroom
