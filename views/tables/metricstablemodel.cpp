#include "metricstablemodel.h"

#include "dottedname.h"
#include "metricchoice.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace headroom {

namespace {

// A vector from its elements, as a call (so that long lists stay compact).
template <typename T, typename... Args> std::vector<T> listOf(Args &&...args)
{
    return {T(std::forward<Args>(args))...};
}

QVariant count(std::optional<double> v)
{
    return v ? QVariant(int(std::lround(*v))) : QVariant();
}

// Ratios are shown with two decimals; rounding the value itself keeps sorting and display
// in agreement (0.333 and 0.334 sort as the equal texts they show).
QVariant ratio(std::optional<double> v)
{
    return v ? QVariant(std::round(*v * 100.0) / 100.0) : QVariant();
}

// A count where only a positive value says something (cycles, budget excess): 0 is empty.
QVariant unlessZero(int v)
{
    return v != 0 ? QVariant(v) : QVariant();
}

// The union of two scales of one metric (same kind and threshold, different extremes).
HeatScale widened(const std::optional<HeatScale> &a, const HeatScale &b)
{
    return a ? HeatScale(b.kind(), std::min(a->minimum(), b.minimum()),
                         std::max(a->maximum(), b.maximum()), b.threshold())
             : b;
}

// Cool up to `threshold` (a head budget, LCOM4 1), warm past it, darkest at `highest` or
// at `top` if that is higher.
HeatScale warnAbove(double threshold, double highest, double top)
{
    return HeatScale(HeatScale::Kind::Diverging, 0.0, std::max(highest, top), threshold);
}

QColor legibleOn(const QColor &fill)
{
    const double y = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return y > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

// Per graph node: the largest excess over the given budget checks.
std::vector<int> excessByNode(const Metrics &metrics, int nodes,
                              std::initializer_list<BudgetCheck> checks)
{
    std::vector<int> excess(std::size_t(std::max(nodes, 0)), 0);
    for (const Finding &f : metrics.findings) {
        if (f.node >= 0 && f.node < nodes &&
            std::find(checks.begin(), checks.end(), f.check) != checks.end())
            excess[std::size_t(f.node)] = std::max(excess[std::size_t(f.node)], f.excess);
    }
    return excess;
}

std::vector<int> nodeOfFile(const ImportGraph &graph, std::size_t files)
{
    std::vector<int> nodes(files, -1);
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const int file = graph.node(v).file;
        if (file >= 0 && std::size_t(file) < files)
            nodes[std::size_t(file)] = v;
    }
    return nodes;
}

} // namespace

MetricsTableModel::MetricsTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_columns(columnsFor(kind))
{
}

void MetricsTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rollups = m_snapshot ? m_snapshot->review.packageRollups : nullptr;
    rebuild();
    endResetModel();
}

void MetricsTableModel::setRollups(const SnapshotPtr &of,
                                   std::shared_ptr<const PackageRollups> rollups)
{
    if (!of || of != m_snapshot || m_kind != Kind::Packages)
        return;
    beginResetModel();
    m_rollups = std::move(rollups);
    rebuild();
    endResetModel();
}

bool MetricsTableModel::rollupsPending() const
{
    return m_kind == Kind::Packages && m_snapshot && m_snapshot->analysis &&
           m_snapshot->review.options.packageDepth == 0 && !m_rollups;
}

void MetricsTableModel::setAnalysis(const AnalysisPtr &analysis,
                                    const std::shared_ptr<const Metrics> &moduleMetrics,
                                    const MetricsOptions &options)
{
    if (!analysis) {
        setSnapshot(SnapshotPtr());
        return;
    }
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->analysis = analysis;
    snapshot->review.graph = analysis->graph;
    snapshot->review.options.settings.metrics = options;
    snapshot->review.metrics =
        moduleMetrics ? *moduleMetrics : computeMetrics(*analysis, analysis->graph, options);
    snapshot->review.packageRollups = packageRollupsOf(snapshot->review);
    setSnapshot(SnapshotPtr(std::move(snapshot)));
}

void MetricsTableModel::rebuild()
{
    m_columns = columnsFor(m_kind);
    m_rows.clear();
    // A snapshot reviewed at package depth has no module rows: show nothing then.
    if (!m_snapshot || !m_snapshot->analysis || m_snapshot->review.options.packageDepth != 0 ||
        metrics().nodes.size() != std::size_t(graph().nodeCount()))
        return;
    using Build = void (MetricsTableModel::*)();
    const Build builds[] = {&MetricsTableModel::buildPackages, &MetricsTableModel::buildModules,
                            &MetricsTableModel::buildClasses, &MetricsTableModel::buildFunctions};
    (this->*builds[int(m_kind)])(); // in Kind's order
    QStringList names;
    names.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        names << row.cells.front().toString();
    const std::vector<int> keep = uniqueSuffixLengths(names);
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        m_rows[r].uniqueSuffix = keep[r];
    // Metric columns the table did not scale itself: sizes and excess (3 over is red) over
    // what the table holds, the rest as the legend colours the module graph.
    for (int c = 0; c < int(m_columns.size()); ++c) {
        Column &column = m_columns[std::size_t(c)];
        if (column.scale || !column.metric)
            continue;
        if (*column.metric == Metric::Sloc)
            column.scale = HeatScale(HeatScale::Kind::Sequential, 0.0, std::max(columnMax(c), 1));
        else if (*column.metric == Metric::BudgetExcess)
            column.scale = warnAbove(0.0, columnMax(c), 3.0);
        else
            column.scale =
                MetricChoice::scale(*column.metric, metrics(), graph(), options().budget);
    }
}

std::vector<MetricsTableModel::Column> MetricsTableModel::columnsFor(Kind kind)
{
    auto plain = [](const QString &title, const QString &tip, Format format = Format::Count,
                    std::optional<Metric> metric = {}) {
        return Column{title, tip, format, metric, {}, {}};
    };
    auto metric = [&plain](const QString &title, Metric m, Format format = Format::Count) {
        return plain(title, MetricChoice::name(m) + u": "_s + MetricChoice::description(m), format,
                     m);
    };
    const Column location =
        plain(tr("Location"), tr("File and line of its definition."), Format::Location);
    const Column sloc = metric(tr("SLOC"), Metric::Sloc);
    const Column overBudget = metric(tr("Over budget"), Metric::BudgetExcess);
    const Column ca = metric(tr("Ca"), Metric::FanIn);
    const Column ce = metric(tr("Ce"), Metric::FanOut);
    const Column i = metric(tr("I"), Metric::Instability, Format::Ratio);
    Column a = metric(tr("A"), Metric::Abstractness, Format::Ratio);
    a.metric.reset(); // neither end of abstractness is a worry: no colour
    const Column d = metric(tr("D"), Metric::Distance, Format::Ratio);
    const QString packageLevel = tr("Level among the packages of its depth, 0 importing none of "
                                    "them; Ca, Ce and I count among them too.");
    const QString lcom4 = tr("Groups of methods that neither call each other nor share an "
                             "attribute; 1 is cohesive.");
    switch (kind) {
    case Kind::Packages:
        return listOf<Column>(
            plain(tr("Package"), tr("Dotted name of the package."), Format::Text),
            plain(tr("Members"), tr("Direct members: its modules and subpackages.")),
            plain(tr("Files"), tr("Python files in it and below it.")), sloc,
            plain(tr("Level"), packageLevel, Format::Count, Metric::Level), ca, ce, i, a, d,
            metric(tr("Cohesion"), Metric::RelationalCohesion, Format::Ratio),
            plain(tr("Cycles"), tr("Import cycles among the modules inside it.")), overBudget);
    case Kind::Modules:
        return listOf<Column>(
            plain(tr("Module"), tr("Dotted name; a package stands for its __init__."),
                  Format::Text),
            plain(tr("File"), tr("Source file, relative to the project."), Format::Text),
            metric(tr("Level"), Metric::Level),
            plain(tr("Cycle"), tr("The import cycle it is part of; empty when none.")), ca, ce, i,
            a, d, metric(tr("Parts"), Metric::ModuleCohesion), sloc,
            plain(tr("Definitions"), tr("Top-level functions and classes.")),
            metric(tr("Max CC"), Metric::Complexity),
            plain(tr("Mean CC"), tr("Mean cyclomatic complexity of its functions."), Format::Ratio,
                  Metric::Complexity),
            overBudget, metric(tr("Churn"), Metric::Churn), metric(tr("Hotspot"), Metric::Hotspot));
    case Kind::Classes: {
        Column cohesion = plain(tr("Cohesion"),
                                tr("Share of the instance attributes a method uses; n/a for a "
                                   "class without instance attributes or without methods "
                                   "besides its constructors."),
                                Format::Percent);
        cohesion.absent = tr("n/a");
        return listOf<Column>(
            plain(tr("Class"), tr("Module and qualified name of the class."), Format::Text),
            location, plain(tr("Methods"), tr("Methods defined in it, constructors included.")),
            plain(tr("LCOM4"), lcom4), cohesion,
            plain(tr("Abstract"), tr("Derives from ABC or Protocol, or has an abstract method."),
                  Format::Text),
            sloc, overBudget);
    }
    case Kind::Functions:
        return listOf<Column>(
            plain(tr("Function"), tr("Module and qualified name of the function."), Format::Text),
            plain(tr("Kind"), tr("Method: defined directly in a class."), Format::Text), location,
            metric(tr("CC"), Metric::Complexity), sloc,
            plain(tr("Async"), tr("Defined with async def."), Format::Text));
    }
    return {};
}

void MetricsTableModel::buildPackages()
{
    using C = PackageColumn;
    const ImportGraph &g = graph();
    const Metrics &m = metrics();
    if (!m_rollups)
        return;
    const PackageRollups &rollups = *m_rollups;
    const std::vector<int> excess = excessByNode(m, g.nodeCount(), {BudgetCheck::PackageMembers});
    for (const PackageRollup &r : rollups.packages) {
        const auto level = rollups.levels.find(r.depth);
        if (r.projected < 0 || level == rollups.levels.end())
            continue;
        const Node &node = g.node(r.node);
        const PackageLevel &at = level->second;
        const NodeMetrics &pm = at.metrics.nodes[std::size_t(r.projected)];
        const NodeMetrics &size = r.size;
        const double abstractness =
            size.classes > 0 ? double(size.abstractClasses) / size.classes : 0.0;
        const bool inCycle = pm.cycle >= 0 || r.cyclesInside > 0;
        Row row{r.node, node.file, 0, -1, -1, excess[std::size_t(r.node)], inCycle, node.name, {}};
        row.cells = listOf<QVariant>(
            node.name, int(node.children.size()), size.files,
            size.files > 0 ? QVariant(size.sloc) : QVariant(),
            count(MetricChoice::value(Metric::Level, at.metrics, at.graph, r.projected)), pm.ca,
            pm.ce, ratio(pm.instability), size.classes > 0 ? ratio(abstractness) : QVariant(),
            ratio(std::abs(abstractness + pm.instability - 1.0)),
            ratio(MetricChoice::value(Metric::RelationalCohesion, m, g, r.node)),
            unlessZero(r.cyclesInside), unlessZero(row.excess));
        m_rows.push_back(std::move(row));
    }
    // Colour each column over every depth measured, so that one colour means one value.
    for (const int c : {C::Ca, C::Ce, C::Level, C::Instability}) {
        Column &column = m_columns[std::size_t(c)];
        for (const auto &[depth, at] : rollups.levels)
            column.scale = widened(column.scale, MetricChoice::scale(*column.metric, at.metrics,
                                                                     at.graph, options().budget));
    }
    const int budget = options().budget.packageMembers;
    m_columns[C::Members].scale = warnAbove(budget, columnMax(C::Members), 2.0 * budget);
}

void MetricsTableModel::buildModules()
{
    using C = ModuleColumn;
    const ImportGraph &g = graph();
    const Metrics &m = metrics();
    const std::vector<int> excess = excessByNode(
        m, g.nodeCount(), {BudgetCheck::ModuleDefinitions, BudgetCheck::ModuleImports});
    for (int v = 0; v < g.nodeCount(); ++v) {
        const Node &node = g.node(v);
        if (!g.isInternal(v) || node.file < 0 || node.file >= int(analysis().scan.files.size()))
            continue;
        const NodeMetrics &nm = m.nodes[std::size_t(v)];
        auto value = [&](Metric metric) { return MetricChoice::value(metric, m, g, v); };
        Row row{v, node.file, 0, -1, -1, excess[std::size_t(v)], nm.cycle >= 0, node.name, {}};
        row.cells = listOf<QVariant>(
            node.name, analysis().file(node.file).relativePath, count(value(Metric::Level)),
            nm.cycle >= 0 ? QVariant(nm.cycle + 1) : QVariant(), nm.ca, nm.ce,
            ratio(value(Metric::Instability)), ratio(value(Metric::Abstractness)),
            ratio(value(Metric::Distance)), count(value(Metric::ModuleCohesion)), nm.sloc,
            nm.topLevelDefinitions, unlessZero(nm.maxComplexity),
            nm.meanComplexity > 0 ? ratio(nm.meanComplexity) : QVariant(), unlessZero(row.excess),
            count(value(Metric::Churn)), count(value(Metric::Hotspot)));
        m_rows.push_back(std::move(row));
    }
    const int budget = options().budget.moduleDefinitions;
    m_columns[C::Definitions].scale = warnAbove(budget, columnMax(C::Definitions), 2.0 * budget);
}

void MetricsTableModel::buildClasses()
{
    using C = ClassColumn;
    const Analysis &a = analysis();
    const Metrics &m = metrics();
    const std::vector<int> nodes = nodeOfFile(graph(), a.scan.files.size());
    std::vector<int> excess(m.classes.size(), 0);
    for (const Finding &f : m.findings) {
        if (f.check == BudgetCheck::ClassMethods && f.classIndex >= 0 &&
            f.classIndex < int(excess.size()))
            excess[std::size_t(f.classIndex)] = f.excess;
    }
    for (std::size_t ci = 0; ci < m.classes.size(); ++ci) {
        const ClassMetrics &c = m.classes[ci];
        if (c.file < 0 || c.file >= int(std::min(a.facts.size(), nodes.size())) ||
            c.definition < 0 ||
            c.definition >= int(a.facts[std::size_t(c.file)].definitions.size()))
            continue;
        const Definition &def = a.facts[std::size_t(c.file)].definitions[std::size_t(c.definition)];
        const int node = nodes[std::size_t(c.file)];
        const bool inCycle = node >= 0 && m.nodes[std::size_t(node)].cycle >= 0;
        Row row{node,       c.file,  def.line,        int(ci), c.definition,
                excess[ci], inCycle, c.qualifiedName, {}};
        row.cells = listOf<QVariant>(
            c.qualifiedName, location(c.file, def.line), c.methods,
            c.lcom4 > 0 ? QVariant(c.lcom4) : QVariant(),
            c.cohesion ? QVariant(int(std::lround(*c.cohesion * 100.0))) : QVariant(),
            c.abstract ? tr("abstract") : QString(), def.sloc, unlessZero(row.excess));
        m_rows.push_back(std::move(row));
    }
    const int budget = options().budget.classMethods;
    m_columns[C::Methods].scale = warnAbove(budget, columnMax(C::Methods), 2.0 * budget);
    m_columns[C::Lcom4].scale = warnAbove(1.0, columnMax(C::Lcom4), 3.0);
    m_columns[C::Cohesion].scale = HeatScale(HeatScale::Kind::Sequential, 0.0, 100.0);
}

void MetricsTableModel::buildFunctions()
{
    const Analysis &a = analysis();
    const std::size_t files = std::min(a.scan.files.size(), a.facts.size());
    const std::vector<int> nodes = nodeOfFile(graph(), files);
    for (std::size_t f = 0; f < files; ++f) {
        const QString &module = a.scan.files[f].module;
        const std::vector<Definition> &definitions = a.facts[f].definitions;
        const bool inCycle = nodes[f] >= 0 && metrics().nodes[std::size_t(nodes[f])].cycle >= 0;
        for (std::size_t d = 0; d < definitions.size(); ++d) {
            const Definition &def = definitions[d];
            if (def.kind == DefKind::Class)
                continue;
            const QString name =
                module.isEmpty() ? def.qualName.str() : module + u'.' + def.qualName;
            Row row{nodes[f], int(f), def.line, -1, int(d), 0, inCycle, name, {}};
            row.cells =
                listOf<QVariant>(name, def.kind == DefKind::Method ? tr("method") : tr("function"),
                                 location(int(f), def.line), def.complexity, def.sloc,
                                 def.isAsync ? tr("async") : QString());
            m_rows.push_back(std::move(row));
        }
    }
}

int MetricsTableModel::columnMax(int column) const
{
    int most = 0;
    for (const Row &row : m_rows)
        most = std::max(most, row.cells[std::size_t(column)].toInt());
    return most;
}

QString MetricsTableModel::location(int file, int line) const
{
    return analysis().file(file).relativePath + u':' + QString::number(line);
}

QString MetricsTableModel::cellText(const Column &column, const QVariant &value) const
{
    if (!value.isValid())
        return column.absent;
    switch (column.format) {
    case Format::Text:
    case Format::Location:
        return value.toString();
    case Format::Count:
        return QLocale().toString(value.toInt());
    case Format::Ratio:
        return QLocale().toString(value.toDouble(), 'f', 2);
    case Format::Percent:
        return tr("%1%").arg(QLocale().toString(value.toInt()));
    }
    return {};
}

int MetricsTableModel::rowOfNode(int node) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [node](const Row &row) { return row.node == node; });
    return node >= 0 && it != m_rows.end() ? int(it - m_rows.begin()) : -1;
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

Qt::ItemFlags MetricsTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemNeverHasChildren : flags;
}

// A table colours what needs a look: a diverging scale only past its threshold (over the
// budget or the customary limit), in the legend's colours, and a sequential scale as a
// pale tint of the legend's colour, so that a column of magnitudes stays calm to read.
std::optional<QColor> MetricsTableModel::cellColour(const HeatScale &scale, double value)
{
    if (scale.kind() == HeatScale::Kind::Diverging)
        return value > scale.threshold() ? std::optional<QColor>(scale.colorAt(value))
                                         : std::nullopt;
    constexpr float Tint = 0.45f;
    const QColor c = scale.colorAt(value);
    return QColor::fromRgbF(1.0f - Tint * (1.0f - c.redF()), 1.0f - Tint * (1.0f - c.greenF()),
                            1.0f - Tint * (1.0f - c.blueF()));
}

QVariant MetricsTableModel::alignment(const Column &column)
{
    const bool text = column.format == Format::Text || column.format == Format::Location;
    return QVariant::fromValue(Qt::AlignVCenter | (text ? Qt::AlignLeft : Qt::AlignRight));
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Column &column = m_columns[std::size_t(index.column())];
    const QVariant &value = row.cells[std::size_t(index.column())];
    const std::optional<QColor> heat = column.scale && value.isValid()
                                           ? cellColour(*column.scale, value.toDouble())
                                           : std::nullopt;
    static_assert(InCycleRole - NodeIdRole == 7, "identity roles in Row's order");
    if (role >= NodeIdRole && role <= InCycleRole) {
        const QVariant identity[] = {row.node,       row.file,          row.line,   row.classIndex,
                                     row.definition, row.qualifiedName, row.excess, row.inCycle};
        return identity[role - NodeIdRole];
    }
    switch (role) {
    case Qt::DisplayRole:
        return value;
    case TextRole:
        return cellText(column, value);
    case SortRole: // line numbers sort as numbers: pad them
        return column.format == Format::Location
                   ? QVariant(analysis().file(row.file).relativePath + u':' +
                              QStringLiteral("%1").arg(row.line, 9, 10, QLatin1Char('0')))
                   : value;
    case Qt::ToolTipRole:
        return index.column() == 0 ? row.qualifiedName : QVariant();
    case DottedNameDelegate::UniqueSuffixRole:
        return index.column() == 0 ? row.uniqueSuffix : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::BackgroundRole:
        return heat ? QVariant(QBrush(*heat)) : QVariant();
    case Qt::ForegroundRole:
        return heat ? QVariant(QBrush(legibleOn(*heat))) : QVariant();
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &column = m_columns[std::size_t(section)];
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::ToolTipRole)
        return column.toolTip;
    return role == Qt::TextAlignmentRole ? alignment(column) : QVariant();
}

} // namespace headroom
