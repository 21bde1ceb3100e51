#include "metricsfilterproxy.h"

#include "metricstablemodel.h"

namespace headroom {

MetricsFilterProxy::MetricsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MetricsTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MetricsFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_pattern = {};
    if (m_text.contains(u'*') || m_text.contains(u'?'))
        m_pattern =
            QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                   m_text, QRegularExpression::UnanchoredWildcardConversion),
                               QRegularExpression::CaseInsensitiveOption);
    invalidateFilter();
}

void MetricsFilterProxy::setOnlyOverBudget(bool only)
{
    if (only == m_onlyOverBudget)
        return;
    m_onlyOverBudget = only;
    invalidateFilter();
}

void MetricsFilterProxy::setOnlyInCycles(bool only)
{
    if (only == m_onlyInCycles)
        return;
    m_onlyInCycles = only;
    invalidateFilter();
}

QVariant MetricsFilterProxy::data(const QModelIndex &index, int role) const
{
    return QSortFilterProxyModel::data(
        index, role == Qt::DisplayRole ? int(MetricsTableModel::TextRole) : role);
}

bool MetricsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyOverBudget &&
        sourceModel()->data(index, MetricsTableModel::OverBudgetRole).toInt() <= 0)
        return false;
    if (m_onlyInCycles && !sourceModel()->data(index, MetricsTableModel::InCycleRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString name =
        sourceModel()->data(index, MetricsTableModel::QualifiedNameRole).toString();
    return m_pattern.isValid() && !m_pattern.pattern().isEmpty()
               ? m_pattern.match(name).hasMatch()
               : name.contains(m_text, Qt::CaseInsensitive);
}

bool MetricsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool hasLeft = sourceModel()->data(left, sortRole()).isValid();
    const bool hasRight = sourceModel()->data(right, sortRole()).isValid();
    // Empty cells ("does not apply") go last whichever way the column is sorted.
    if (hasLeft != hasRight)
        return sortOrder() == Qt::AscendingOrder ? hasLeft : hasRight;
    if (!hasLeft)
        return false;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace headroom
