#include "tablespane.h"

#include "frozencolumnview.h"
#include "metricsfilterproxy.h"
#include "metricstablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace headroom {

namespace {

bool hasOwnDetails(int kind)
{
    return kind == int(MetricsTableModel::Kind::Classes) ||
           kind == int(MetricsTableModel::Kind::Functions);
}

} // namespace

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
        m_views[k] = new FrozenColumnView(m_tabs);
        m_views[k]->setModel(m_proxies[k]);
        m_views[k]->setSortingEnabled(true);
        m_views[k]->sortByColumn(0, Qt::AscendingOrder);
        m_tabs->addTab(m_views[k], titles[k]);
        connect(m_views[k]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, k](const QModelIndex &current) {
                    if (k == m_tabs->currentIndex())
                        updateRowDetails();
                    if (!current.isValid())
                        return;
                    const int file = current.data(MetricsTableModel::FileRole).toInt();
                    const int line = current.data(MetricsTableModel::LineRole).toInt();
                    if (file >= 0 && line > 0)
                        emit siteActivated({file, line});
                    else if (current.data(MetricsTableModel::NodeIdRole).toInt() >= 0)
                        emit nodeActivated(current.data(MetricsTableModel::NodeIdRole).toInt());
                    if (const int c = current.data(MetricsTableModel::ClassIndexRole).toInt();
                        k == int(MetricsTableModel::Kind::Classes) && c >= 0)
                        emit classActivated(c);
                });
        connect(m_filter, &QLineEdit::textChanged, m_proxies[k],
                &MetricsFilterProxy::setFilterText);
        connect(m_overBudget, &QCheckBox::toggled, m_proxies[k],
                &MetricsFilterProxy::setOnlyOverBudget);
        connect(m_inCycles, &QCheckBox::toggled, m_proxies[k],
                &MetricsFilterProxy::setOnlyInCycles);
    }

    m_rowDetails = new QLabel(this);
    m_rowDetails->setObjectName(QStringLiteral("rowDetails"));
    m_rowDetails->setTextFormat(Qt::RichText);
    m_rowDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetails->setContentsMargins(4, 2, 4, 2);
    // Two lines always (name, figures), so that the table does not jump as rows change;
    // a long name is cut rather than widening the window.
    m_rowDetails->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_rowDetails->setFixedHeight(2 * m_rowDetails->fontMetrics().lineSpacing() + 4);

    connect(m_tabs, &QTabWidget::currentChanged, this, &TablesPane::updateRowDetails);
    m_tabs->setCurrentIndex(int(MetricsTableModel::Kind::Modules));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_rowDetails);
    updateRowDetails();
}

void TablesPane::setSnapshot(SnapshotPtr snapshot)
{
    for (int k = 0; k < Kinds; ++k) {
        m_models[k]->setSnapshot(snapshot);
        m_views[k]->fitColumns();
    }
    updatePackagesTitle();
    updateRowDetails();
}

void TablesPane::setRollups(const SnapshotPtr &of, std::shared_ptr<const PackageRollups> rollups)
{
    const int k = int(MetricsTableModel::Kind::Packages);
    m_models[k]->setRollups(of, std::move(rollups));
    m_views[k]->fitColumns();
    updatePackagesTitle();
    updateRowDetails();
}

void TablesPane::updatePackagesTitle()
{
    const int k = int(MetricsTableModel::Kind::Packages);
    m_tabs->setTabText(k, m_models[k]->rollupsPending() ? tr("Packages (measuring...)")
                                                        : tr("Packages"));
}

void TablesPane::showKind(int kind)
{
    if (kind >= 0 && kind < Kinds)
        m_tabs->setCurrentIndex(kind);
}

QString TablesPane::rowDetailsText(const QModelIndex &index)
{
    if (!index.isValid())
        return tr("Select a row to see all its figures here.");
    const QAbstractItemModel *model = index.model();
    auto title = [model](int column) {
        return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    };
    const QString name =
        index.siblingAtColumn(0).data(MetricsTableModel::QualifiedNameRole).toString();
    QStringList figures;
    for (int c = 1; c < model->columnCount(index.parent()); ++c) {
        const QString text = index.siblingAtColumn(c).data(MetricsTableModel::TextRole).toString();
        if (!text.isEmpty())
            figures << tr("%1 <b>%2</b>").arg(title(c).toHtmlEscaped(), text.toHtmlEscaped());
    }
    return tr("%1 <b>%2</b><br>%3")
        .arg(title(0).toHtmlEscaped(), name.toHtmlEscaped(),
             figures.join(QStringLiteral(" \u00b7 ")));
}

void TablesPane::updateRowDetails()
{
    const int kind = m_tabs->currentIndex();
    if (kind == int(MetricsTableModel::Kind::Packages) && m_models[kind]->rollupsPending()) {
        m_rowDetails->setVisible(true);
        m_rowDetails->setText(tr("Measuring each package as a unit among the packages of its "
                                 "depth (level, coupling, cycles)..."));
        return;
    }
    m_rowDetails->setVisible(hasOwnDetails(kind));
    if (kind < 0 || kind >= Kinds || !hasOwnDetails(kind))
        return;
    m_rowDetails->setText(rowDetailsText(m_views[kind]->selectionModel()->currentIndex()));
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
        // The selection model said nothing: both views repaint the new selection themselves.
        m_views[k]->viewport()->update();
        m_views[k]->frozenView()->viewport()->update();
        return;
    }
}

} // namespace headroom
