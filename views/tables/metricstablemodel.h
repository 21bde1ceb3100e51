#pragma once

#include "metricchoice.h"
#include "snapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

namespace headroom {

// One table of the snapshot: its packages, modules, classes or functions with every metric
// as a column. An adapter over one snapshot: setSnapshot() resets it. Numbers come back as
// numbers under Qt::DisplayRole (ints, ratios as doubles rounded to two decimals, cohesion
// as a whole percentage) so that a proxy sorts them numerically; TextRole has them formatted.
// A cell is empty (invalid) where its metric does not apply, and where a zero says nothing
// (no budget excess, no cycles); TextRole says "n/a" for a class cohesion that measures
// nothing. Column 0 is always the full dotted name.
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Packages,
        Modules,
        Classes,
        Functions
    };

    enum Role
    {
        // Graph node of the module graph: the package or module itself; for classes and
        // functions the module of their file. -1 when there is none.
        NodeIdRole = Qt::UserRole + 1,
        FileRole,          // index into scan.files, -1 without a file (namespace packages)
        LineRole,          // first line of the definition, 0 for packages and modules
        ClassIndexRole,    // index into Metrics::classes (classes only), else -1
        DefinitionRole,    // index into facts[file].definitions, -1 for packages and modules
        QualifiedNameRole, // full dotted name
        OverBudgetRole,    // head budget excess of the row (0 when within budget)
                        // bool: the module (of a class or function) is in a cycle; a package is in
                        // one at its depth or holds one
        InCycleRole,
        TextRole, // the cell as the user reads it ("0.50", "85%", "a/b.py:12")
        SortRole, // the value sorted by (DisplayRole, but locations sort by line)
    };

    // Column numbers per kind; column 0 is the name everywhere.
    struct PackageColumn
    {
        enum : int
        {
            Name,
            Members,
            Files,
            Sloc,
            Level,
            Ca,
            Ce,
            Instability,
            Abstractness,
            Distance,
            RelationalCohesion,
            CyclesInside,
            OverBudget,
            Count
        };
    };
    struct ModuleColumn
    {
        enum : int
        {
            Name,
            File,
            Level,
            Cycle,
            Ca,
            Ce,
            Instability,
            Abstractness,
            Distance,
            Cohesion,
            Sloc,
            Definitions,
            MaxComplexity,
            MeanComplexity,
            OverBudget,
            Churn,
            Hotspot,
            Count
        };
    };
    struct ClassColumn
    {
        enum : int
        {
            Name,
            Location,
            Methods,
            Lcom4,
            Cohesion,
            Abstract,
            Sloc,
            OverBudget,
            Count
        };
    };
    struct FunctionColumn
    {
        enum : int
        {
            Name,
            Kind,
            Location,
            Complexity,
            Sloc,
            Async,
            Count
        };
    };

    explicit MetricsTableModel(Kind kind, QObject *parent = nullptr);

    // Measures the snapshot's module graph (what-if cuts and hidden kinds taken out) with
    // its review's metrics. Packages are measured on the projection of that graph to their
    // own depth (one computation per depth), so that a package's coupling and level are
    // those of everything below it. A null snapshot empties the table.
    void setSnapshot(SnapshotPtr snapshot);
    // The packages table's roll-ups, worked out after `of` was shown (packageRollupsOf());
    // ignored unless `of` is this model's snapshot. Until a snapshot has them the packages
    // table is empty and rollupsPending() says so.
    void setRollups(const SnapshotPtr &of, std::shared_ptr<const PackageRollups> rollups);
    [[nodiscard]] bool rollupsPending() const;
    // The same for a bare analysis: its module graph, measured here unless `moduleMetrics`
    // (computeMetrics(*analysis, analysis->graph, options)) are given.
    void setAnalysis(const AnalysisPtr &analysis,
                     const std::shared_ptr<const Metrics> &moduleMetrics = {},
                     const MetricsOptions &options = {});

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] SnapshotPtr snapshot() const { return m_snapshot; }
    // The colour of a cell holding `value` in a column of `scale` (Qt::BackgroundRole):
    // a diverging scale colours only what lies past its threshold, a sequential one tints.
    [[nodiscard]] static std::optional<QColor> cellColour(const HeatScale &scale, double value);
    // The first row whose NodeIdRole is `node` (packages, modules), -1 when none.
    [[nodiscard]] int rowOfNode(int node) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum class Format
    {
        Text,
        Location,
        Count,
        Ratio,
        Percent
    };

    struct Column
    {
        QString title;
        QString toolTip;
        Format format = Format::Text;
        std::optional<Metric> metric;   // what the cells measure, for their colour scale
        std::optional<HeatScale> scale; // heat colour of the cells, none for plain columns
        // What an empty cell says: "n/a" where every row has the metric but some cannot be
        // measured (class cohesion without instance attributes), nothing elsewhere.
        QString absent;
    };

    struct Row
    {
        int node = -1;
        int file = -1;
        int line = 0;
        int classIndex = -1;
        int definition = -1;
        int excess = 0;
        bool inCycle = false;
        QString qualifiedName;
        std::vector<QVariant> cells; // one per column, invalid where the metric does not apply
        int uniqueSuffix = 1;        // of the name column's text among the table's (dottedname.h)
    };

    [[nodiscard]] static std::vector<Column> columnsFor(Kind kind);
    void rebuild();
    void buildPackages();
    void buildModules();
    void buildClasses();
    void buildFunctions();
    [[nodiscard]] const Analysis &analysis() const { return *m_snapshot->analysis; }
    [[nodiscard]] const ImportGraph &graph() const { return m_snapshot->graph(); }
    [[nodiscard]] const Metrics &metrics() const { return m_snapshot->review.metrics; }
    [[nodiscard]] const MetricsOptions &options() const
    {
        return m_snapshot->review.options.settings.metrics;
    }
    [[nodiscard]] int columnMax(int column) const;
    [[nodiscard]] QString location(int file, int line) const;
    [[nodiscard]] QString cellText(const Column &column, const QVariant &value) const;
    [[nodiscard]] static QVariant alignment(const Column &column);

    const Kind m_kind;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const PackageRollups> m_rollups; // the snapshot's, or set later
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace headroom
