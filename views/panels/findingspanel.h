#pragma once

#include "snapshot.h"

#include <QTreeWidget>

namespace headroom {

// What has grown past the head budget, and every import-linter contract with the import
// chains that break it. The findings are grouped by the kind of check they failed, each
// group by excess and headed by its count (open when there are few findings); each names
// what is over and its value against the budget, and its tooltip says it whole with the
// excess. Long names lose their first components (DottedNameDelegate). Choosing a finding (or
// activating it) opens its source and selects its box, as a table's row does (a class's: the
// class).
class FindingsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,  // what is over its budget (or the contract, the chain, the import)
        CheckColumn, // the contract's type (hidden without contracts; findings are grouped)
        ValueColumn, // "value of budget" (or the contract's status)
    };

    // Up to this many findings every group shows open; past it the groups show their counts.
    static constexpr int OpenFindings = 40;

    explicit FindingsPanel(QWidget *parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);

signals:
    void nodeActivated(int node);
    void siteActivated(headroom::SourceLocation site);
    // A class's finding: after its module's node, the class (index into Metrics::classes).
    void classActivated(int classIndex);
};

} // namespace headroom
