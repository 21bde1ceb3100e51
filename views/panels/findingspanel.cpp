#include "findingspanel.h"

#include "diagnostictext.h"
#include "dottedname.h"
#include "exporter.h"
#include "metricchoice.h"

#include <QHeaderView>

#include <map>

namespace headroom {

namespace {
enum Role
{
    NodeRole = Qt::UserRole + 1,
    FileRole,
    LineRole,
    ClassRole
};

QString statusText(const ContractResult &r)
{
    switch (r.status) {
    case ContractStatus::Kept:
        return FindingsPanel::tr("kept");
    case ContractStatus::Broken:
        return FindingsPanel::tr("broken by %n chain(s)", nullptr, int(r.violations.size()));
    case ContractStatus::NotChecked:
        return FindingsPanel::tr("type %1 not checked").arg(r.reason);
    case ContractStatus::Invalid:
        return FindingsPanel::tr("invalid: %1 missing").arg(r.reason);
    }
    return {};
}
} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Finding"), tr("Check"), tr("Value")});
    // Dotted names differ at their ends: a long one loses whole components from its start
    // ("…models.sql.query.Query"), other texts their middle. The dock is narrow, so the name
    // gets every pixel the check and the value leave.
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegateForColumn(NameColumn, new DottedNameDelegate(this));
    setIndentation(fontMetrics().height() * 3 / 4);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    // Choosing a finding shows it, as choosing a table's row does: its source and its box.
    const auto show = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (item->data(0, FileRole).isValid())
            emit siteActivated({item->data(0, FileRole).toInt(), item->data(0, LineRole).toInt()});
        if (item->data(0, NodeRole).isValid())
            emit nodeActivated(item->data(0, NodeRole).toInt());
        if (item->data(0, ClassRole).isValid())
            emit classActivated(item->data(0, ClassRole).toInt());
    };
    connect(this, &QTreeWidget::itemActivated, this, show);
    connect(this, &QTreeWidget::currentItemChanged, this, show);
}

void FindingsPanel::setSnapshot(SnapshotPtr snapshot)
{
    clear();
    if (!snapshot)
        return;
    const Analysis &a = *snapshot->analysis;
    const Review &review = snapshot->review;
    const ImportGraph &g = snapshot->graph();

    auto *budget = new QTreeWidgetItem(
        this, {tr("Over the head budget (%1)").arg(review.metrics.findings.size())});
    budget->setFirstColumnSpanned(true);
    // One group per kind of check (packages, modules, classes, the project), the one with the
    // largest excess first, each by excess: a project of hundreds of findings reads first as
    // how many of each kind are over.
    std::map<BudgetCheck, QTreeWidgetItem *> groups;
    for (const Finding &f : review.metrics.findings) {
        QTreeWidgetItem *&group = groups[f.check];
        if (!group) {
            group = new QTreeWidgetItem(budget);
            group->setFirstColumnSpanned(true);
        }
        QString what = tr("the project");
        if (f.classIndex >= 0)
            what = review.metrics.classes[std::size_t(f.classIndex)].qualifiedName;
        else if (f.node >= 0)
            what = g.node(f.node).name;
        auto *item =
            new QTreeWidgetItem(group, {what, QString(), tr("%1 of %2").arg(f.value).arg(f.limit)});
        const QString says = tr("%1 has %2 %3, %4 over the budget of %5")
                                 .arg(what)
                                 .arg(f.value)
                                 .arg(FindingText::checkName(f.check))
                                 .arg(f.excess)
                                 .arg(f.limit);
        item->setToolTip(NameColumn, says);
        item->setToolTip(ValueColumn, says);
        item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (f.node >= 0)
            item->setData(0, NodeRole, f.node);
        if (f.classIndex >= 0) {
            const ClassMetrics &c = review.metrics.classes[std::size_t(f.classIndex)];
            item->setData(0, FileRole, c.file);
            item->setData(0, LineRole,
                          a.facts[std::size_t(c.file)].definitions[std::size_t(c.definition)].line);
            item->setData(0, ClassRole, f.classIndex);
        }
    }
    // A short list shows whole; a long one first says how many of each kind.
    const bool open = review.metrics.findings.size() <= std::size_t(OpenFindings);
    for (const auto &[check, group] : groups) {
        group->setText(NameColumn,
                       tr("%1 (%2)").arg(FindingText::checkTitle(check)).arg(group->childCount()));
        group->setExpanded(open);
        // Names alike at their end (five backends' DatabaseOperations) keep what tells them
        // apart when the column is too narrow for them whole.
        QStringList names;
        for (int i = 0; i < group->childCount(); ++i)
            names << group->child(i)->text(NameColumn);
        const std::vector<int> keep = uniqueSuffixLengths(names);
        for (int i = 0; i < group->childCount(); ++i)
            group->child(i)->setData(NameColumn, DottedNameDelegate::UniqueSuffixRole,
                                     keep[std::size_t(i)]);
    }
    budget->setExpanded(true);
    // The groups name the check: the column only holds the contracts' types.
    setColumnHidden(CheckColumn, review.contracts.empty());

    if (review.contracts.empty())
        return;
    auto *contracts = new QTreeWidgetItem(
        this, {tr("Import-linter contracts (%1)").arg(review.contractConfig.file)});
    contracts->setFirstColumnSpanned(true);
    for (const ContractResult &r : review.contracts) {
        auto *item = new QTreeWidgetItem(contracts, {r.config.name, r.config.type, statusText(r)});
        item->setToolTip(NameColumn, r.config.name);
        if (r.status == ContractStatus::Broken || r.status == ContractStatus::Invalid)
            item->setForeground(ValueColumn, QColor(0xb2, 0x18, 0x2b));
        for (const ContractViolation &v : r.violations) {
            auto *violation =
                new QTreeWidgetItem(item, {tr("%1 must not import %2").arg(v.from, v.to)});
            violation->setFirstColumnSpanned(true);
            violation->setToolTip(NameColumn, violation->text(NameColumn));
            for (const int e : v.chain) {
                const Edge &edge = g.edge(e);
                const QString imports =
                    tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name);
                auto *step = new QTreeWidgetItem(
                    violation, {tr("%1 (%2)").arg(imports, siteText(a, edge.sites.front()))});
                step->setFirstColumnSpanned(true);
                step->setToolTip(NameColumn, step->text(NameColumn));
                step->setData(0, FileRole, edge.sites.front().file);
                step->setData(0, LineRole, edge.sites.front().line);
                step->setData(0, NodeRole, edge.source);
            }
        }
    }
    contracts->setExpanded(true);
}

} // namespace headroom
