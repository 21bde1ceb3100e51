#include "findingspanel.h"

#include "diagnostictext.h"
#include "exporter.h"
#include "metricchoice.h"

#include <QHeaderView>

namespace headroom {

namespace {
enum Role
{
    NodeRole = Qt::UserRole + 1,
    FileRole,
    LineRole
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
    setHeaderLabels({tr("Finding"), tr("Value"), tr("Over by")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, FileRole).isValid())
            emit siteActivated({item->data(0, FileRole).toInt(), item->data(0, LineRole).toInt()});
        if (item->data(0, NodeRole).isValid())
            emit nodeActivated(item->data(0, NodeRole).toInt());
    });
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
    for (const Finding &f : review.metrics.findings) {
        QString what = tr("the project");
        if (f.classIndex >= 0)
            what = review.metrics.classes[std::size_t(f.classIndex)].qualifiedName;
        else if (f.node >= 0)
            what = g.node(f.node).name;
        auto *item = new QTreeWidgetItem(
            budget, {tr("%1: %2").arg(what, FindingText::checkName(f.check)),
                     tr("%1 of %2").arg(f.value).arg(f.limit), QString::number(f.excess)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (f.node >= 0)
            item->setData(0, NodeRole, f.node);
        if (f.classIndex >= 0) {
            const ClassMetrics &c = review.metrics.classes[std::size_t(f.classIndex)];
            item->setData(0, FileRole, c.file);
            item->setData(0, LineRole,
                          a.facts[std::size_t(c.file)].definitions[std::size_t(c.definition)].line);
        }
    }
    budget->setExpanded(true);

    if (review.contracts.empty())
        return;
    auto *contracts = new QTreeWidgetItem(
        this, {tr("Import-linter contracts (%1)").arg(review.contractConfig.file)});
    for (const ContractResult &r : review.contracts) {
        auto *item = new QTreeWidgetItem(contracts, {r.config.name, statusText(r)});
        if (r.status == ContractStatus::Broken || r.status == ContractStatus::Invalid)
            item->setForeground(1, QColor(0xb2, 0x18, 0x2b));
        for (const ContractViolation &v : r.violations) {
            auto *violation =
                new QTreeWidgetItem(item, {tr("%1 must not import %2").arg(v.from, v.to)});
            for (const int e : v.chain) {
                const Edge &edge = g.edge(e);
                auto *step = new QTreeWidgetItem(
                    violation,
                    {tr("%1 imports %2").arg(g.node(edge.source).name, g.node(edge.target).name),
                     siteText(a, edge.sites.front())});
                step->setData(0, FileRole, edge.sites.front().file);
                step->setData(0, LineRole, edge.sites.front().line);
                step->setData(0, NodeRole, edge.source);
            }
        }
    }
    contracts->setExpanded(true);
}

} // namespace headroom
