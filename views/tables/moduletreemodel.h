#pragma once

#include "analysis.h"

#include <QAbstractItemModel>

namespace headroom {

// The project's packages and modules as a tree, with size and coupling columns. An adapter
// over one analysis snapshot: setAnalysis() resets it.
class ModuleTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Files,
        Sloc,
        FanIn,
        FanOut,
        ColumnCount
    };
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1
    };

    explicit ModuleTreeModel(QObject *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    [[nodiscard]] AnalysisPtr analysis() const { return m_analysis; }
    [[nodiscard]] QModelIndex indexOfNode(int node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Totals
    {
        int files = 0;
        int sloc = 0;
    };
    [[nodiscard]] const std::vector<int> &childrenOf(int node) const;

    AnalysisPtr m_analysis;
    std::vector<int> m_topLevel;  // internal nodes without a parent, by name
    std::vector<int> m_row;       // per node: its row under its parent
    std::vector<Totals> m_totals; // per node: summed over the files below it
};

} // namespace headroom
