#include "problemspanel.h"

#include "diagnostictext.h"

#include <QHeaderView>

namespace headroom {

namespace {
enum Role
{
    FileRole = Qt::UserRole + 1,
    LineRole
};
}

ProblemsPanel::ProblemsPanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    setRootIsDecorated(false);
    setSortingEnabled(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, FileRole).toInt() >= 0)
            emit siteActivated({item->data(0, FileRole).toInt(), item->data(0, LineRole).toInt()});
    });
}

void ProblemsPanel::setSnapshot(SnapshotPtr snapshot)
{
    clear();
    if (!snapshot)
        return;
    const Analysis &a = *snapshot->analysis;
    QHash<QString, int> fileIndex;
    for (int i = 0; i < int(a.scan.files.size()); ++i)
        fileIndex.insert(a.file(i).relativePath, i);
    for (const Diagnostic &d : reviewDiagnostics(a, snapshot->review)) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, d.file);
        if (d.line > 0)
            item->setData(1, Qt::DisplayRole, d.line);
        item->setText(2, DiagnosticText::message(d));
        item->setToolTip(2, item->text(2));
        item->setData(0, FileRole, fileIndex.value(d.file, -1));
        item->setData(0, LineRole, d.line);
        const Severity s = severityOf(d.code);
        item->setIcon(0, style()->standardIcon(s == Severity::Error ? QStyle::SP_MessageBoxCritical
                                               : s == Severity::Warning
                                                   ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_MessageBoxInformation));
    }
    sortByColumn(0, Qt::AscendingOrder);
}

} // namespace headroom
