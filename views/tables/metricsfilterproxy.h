#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace headroom {

// Sorts and filters a MetricsTableModel: numbers sort as numbers (on its SortRole), empty
// cells stay at the bottom in either order, and rows can be narrowed by a name pattern and
// to those over the head budget or in an import cycle. Cells read as the model formats
// them (TextRole: "0.50", "85%", "1,234"); the numbers stay under the model's DisplayRole.
class MetricsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MetricsFilterProxy(QObject *parent = nullptr);

    // A case-insensitive substring of the name, or a wildcard pattern when it holds * or ?
    // ("*.models.*"). Empty shows every row.
    void setFilterText(const QString &text);
    void setOnlyOverBudget(bool only);
    void setOnlyInCycles(bool only);

    [[nodiscard]] QString filterText() const { return m_text; }
    [[nodiscard]] bool onlyOverBudget() const { return m_onlyOverBudget; }
    [[nodiscard]] bool onlyInCycles() const { return m_onlyInCycles; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QRegularExpression m_pattern; // valid only for a wildcard filter
    bool m_onlyOverBudget = false;
    bool m_onlyInCycles = false;
};

} // namespace headroom
