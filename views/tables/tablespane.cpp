#include "tablespane.h"

#include "metricsfilterproxy.h"
#include "metricstablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom {

TablesPane::TablesPane(QWidget *parent) : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_overBudget = new QCheckBox(tr("Only over budget"), this);
    m_inCycles = new QCheckBox(tr("Only in cycles"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_overBudget);
    filters->addWidget(m_inCycles);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    const QString titles[Kinds] = {tr("Packages"), tr("Modules"), tr("Classes"), tr("Functions")};
    for (int k = 0; k < Kinds; ++k) {
        m_models[k] = new MetricsTableModel(MetricsTableModel::Kind(k), this);
        m_proxies[k] = new MetricsFilterProxy(this);
        m_proxies[k]->setSourceModel(m_models[k]);
        m_views[k] = new QTableView(m_tabs);
        m_views[k]->setModel(m_proxies[k]);
        m_views[k]->setSortingEnabled(true);
        m_views[k]->sortByColumn(0, Qt::AscendingOrder);
        m_views[k]->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_views[k]->setSelectionMode(QAbstractItemView::SingleSelection);
        m_views[k]->verticalHeader()->hide();
        m_views[k]->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tabs->addTab(m_views[k], titles[k]);
        connect(m_views[k]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    const int file = current.data(MetricsTableModel::FileRole).toInt();
                    const int line = current.data(MetricsTableModel::LineRole).toInt();
                    if (file >= 0 && line > 0)
                        emit siteActivated({file, line});
                    else if (current.data(MetricsTableModel::NodeIdRole).toInt() >= 0)
                        emit nodeActivated(current.data(MetricsTableModel::NodeIdRole).toInt());
                });
        connect(m_filter, &QLineEdit::textChanged, m_proxies[k],
                &MetricsFilterProxy::setFilterText);
        connect(m_overBudget, &QCheckBox::toggled, m_proxies[k],
                &MetricsFilterProxy::setOnlyOverBudget);
        connect(m_inCycles, &QCheckBox::toggled, m_proxies[k],
                &MetricsFilterProxy::setOnlyInCycles);
    }
    m_tabs->setCurrentIndex(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
}

void TablesPane::setSnapshot(SnapshotPtr snapshot)
{
    for (int k = 0; k < Kinds; ++k) {
        m_models[k]->setSnapshot(snapshot);
        m_views[k]->resizeColumnsToContents();
        m_views[k]->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void TablesPane::revealNode(int node)
{
    for (const int k :
         {int(MetricsTableModel::Kind::Modules), int(MetricsTableModel::Kind::Packages)}) {
        const int row = m_models[k]->rowOfNode(node);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxies[k]->mapFromSource(m_models[k]->index(row, 0));
        if (!index.isValid())
            continue;
        const QSignalBlocker blocker(m_views[k]->selectionModel());
        m_views[k]->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        m_views[k]->scrollTo(index);
        return;
    }
}

} // namespace headroom
