#include "moduletreemodel.h"

#include <algorithm>

namespace headroom {

ModuleTreeModel::ModuleTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ModuleTreeModel::setAnalysis(AnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_topLevel.clear();
    m_row.clear();
    m_totals.clear();
    if (m_analysis) {
        const ImportGraph &g = m_analysis->graph;
        m_row.assign(std::size_t(g.nodeCount()), 0);
        m_totals.assign(std::size_t(g.nodeCount()), {});
        for (int i = 0; i < g.nodeCount(); ++i) {
            if (g.isInternal(i) && g.node(i).parent < 0)
                m_topLevel.push_back(i);
        }
        std::sort(m_topLevel.begin(), m_topLevel.end(),
                  [&g](int a, int b) { return g.node(a).name < g.node(b).name; });
        for (std::size_t r = 0; r < m_topLevel.size(); ++r)
            m_row[std::size_t(m_topLevel[r])] = int(r);
        for (const Node &n : g.nodes()) {
            for (std::size_t r = 0; r < n.children.size(); ++r)
                m_row[std::size_t(n.children[r])] = int(r);
        }
        // Sum sizes up the package chain of each file's node.
        for (int i = 0; i < g.nodeCount(); ++i) {
            const int file = g.node(i).file;
            if (file < 0)
                continue;
            const FileFacts &facts = m_analysis->facts[std::size_t(file)];
            for (int n = i; n >= 0; n = g.node(n).parent) {
                ++m_totals[std::size_t(n)].files;
                m_totals[std::size_t(n)].sloc += facts.sloc;
            }
        }
    }
    endResetModel();
}

const std::vector<int> &ModuleTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_topLevel : m_analysis->graph.node(node).children;
}

QModelIndex ModuleTreeModel::indexOfNode(int node) const
{
    if (!m_analysis || node < 0 || node >= int(m_row.size()) || !m_analysis->graph.isInternal(node))
        return {};
    return createIndex(m_row[std::size_t(node)], 0, quintptr(node));
}

QModelIndex ModuleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_analysis || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<int> &children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex ModuleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_analysis)
        return {};
    return indexOfNode(m_analysis->graph.node(int(child.internalId())).parent);
}

int ModuleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_analysis || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ModuleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ModuleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis)
        return {};
    const int id = int(index.internalId());
    const Node &n = m_analysis->graph.node(id);
    if (role == NodeIdRole)
        return id;
    if (role == Qt::TextAlignmentRole && index.column() >= Files)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return role == Qt::ToolTipRole ? n.name : n.name.section(QLatin1Char('.'), -1);
    case Kind:
        switch (n.kind) {
        case NodeKind::Package:
            return tr("package");
        case NodeKind::Namespace:
            return tr("namespace package");
        case NodeKind::Module:
            return tr("module");
        case NodeKind::External:
            return tr("external");
        }
        return {};
    case Files:
        return m_totals[std::size_t(id)].files;
    case Sloc:
        return m_totals[std::size_t(id)].sloc;
    case FanIn:
        return int(m_analysis->graph.inEdges(id).size());
    case FanOut:
        return int(m_analysis->graph.outEdges(id).size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ModuleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Files:
        return tr("Files");
    case Sloc:
        return tr("SLOC");
    case FanIn:
        return tr("Imported by");
    case FanOut:
        return tr("Imports");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace headroom
