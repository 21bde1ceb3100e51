#include "treemapscene.h"

#include "treemapitem.h"
#include "treemaplayout.h"

#include <QGraphicsItem>

#include <algorithm>
#include <functional>
#include <numeric>

namespace headroom {

namespace {

constexpr double PackageHeader = TreemapItem::HeaderPixelSize + 7;
constexpr double ModuleHeader = TreemapItem::LabelPixelSize + 5;
constexpr double Padding = 3;
constexpr double SceneMargin = 4; // around the canvas, so that outer borders show whole
const QSizeF MinimumCanvas(480, 300);

QColor packageShade(int depth)
{
    static const int greys[] = {0x33, 0x55, 0x77, 0x99, 0xb0};
    const int g = greys[std::clamp(depth, 0, 4)];
    return QColor(g, g, g);
}

QString lastComponent(const QString &dotted)
{
    return dotted.mid(dotted.lastIndexOf(QLatin1Char('.')) + 1);
}

// Which of the first `candidates` weights would get a cell smaller than a visible one when
// all `weights` share `area`: the ones to draw as one aggregate cell. Never just one: a single
// member keeps its own cell, however small.
std::vector<std::size_t> tooSmall(const std::vector<double> &weights, std::size_t candidates,
                                  double area)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<std::size_t> small;
    if (!(sum > 0) || !(area > 0))
        return small;
    for (std::size_t i = 0; i < candidates; ++i) {
        if (weights[i] > 0 && weights[i] / sum * area < TreemapScene::MinimumCellArea)
            small.push_back(i);
    }
    if (small.size() < 2)
        small.clear();
    return small;
}

// Each weight in `small` moves into one more weight at the end, the aggregate's.
void mergeWeights(std::vector<double> &weights, const std::vector<std::size_t> &small)
{
    if (small.empty())
        return;
    double merged = 0;
    for (const std::size_t i : small) {
        merged += weights[i];
        weights[i] = 0;
    }
    weights.push_back(merged);
}

// Sums over a graph's subtrees (a node and its internal members, all the way down), each
// worked out once: lines, the modules they stand for, the worst LCOM4.
class Subtrees
{
public:
    // `ownLines` and `ownLcom4`: of the node's own file(s).
    Subtrees(const ImportGraph &graph, std::function<int(int)> ownLines,
             std::function<int(int)> ownLcom4)
        : m_graph(graph), m_ownLines(std::move(ownLines)), m_ownLcom4(std::move(ownLcom4)),
          m_lines(std::size_t(graph.nodeCount()), -1.0), m_worst(std::size_t(graph.nodeCount()), -1)
    {
    }
    [[nodiscard]] int ownLines(int node) const { return m_ownLines(node); }
    [[nodiscard]] double lines(int node)
    {
        double &t = m_lines[std::size_t(node)];
        if (t < 0) {
            t = m_ownLines(node);
            forEachMember(node, [&t, this](int child) { t += lines(child); });
        }
        return t;
    }
    // Itself, or a package's __init__ and its members' modules.
    [[nodiscard]] int modules(int node)
    {
        int count = 0;
        forEachMember(node, [&count, this](int child) {
            if (lines(child) > 0)
                count += modules(child);
        });
        return count == 0 || m_ownLines(node) > 0 ? count + 1 : count;
    }
    [[nodiscard]] int worstLcom4(int node)
    {
        int &w = m_worst[std::size_t(node)];
        if (w < 0) {
            w = m_ownLcom4(node);
            forEachMember(node, [&w, this](int child) { w = std::max(w, worstLcom4(child)); });
        }
        return w;
    }

private:
    // Calls `fn` with each of the node's members inside the project.
    template <typename Fn> void forEachMember(int node, Fn fn) const
    {
        for (const int child : m_graph.node(node).children) {
            if (m_graph.isInternal(child))
                fn(child);
        }
    }

    const ImportGraph &m_graph;
    std::function<int(int)> m_ownLines;
    std::function<int(int)> m_ownLcom4;
    std::vector<double> m_lines;
    std::vector<int> m_worst;
};

// A package's members and its own __init__ (last) laid out in `content`: their weights (a
// member too small to show at 0, their sum in one more weight after the __init__'s), which
// members are too small, and the rectangles in the weights' order.
struct MemberCells
{
    std::vector<double> weights;
    std::vector<std::size_t> small;
    std::vector<QRectF> rects;
};

MemberCells memberCells(Subtrees &sizes, const std::vector<int> &members, int package,
                        const QRectF &content)
{
    MemberCells cells;
    for (const int m : members)
        cells.weights.push_back(sizes.lines(m));
    cells.weights.push_back(sizes.ownLines(package));
    cells.small = tooSmall(cells.weights, members.size(), content.width() * content.height());
    mergeWeights(cells.weights, cells.small);
    cells.rects = squarify(cells.weights, content);
    return cells;
}

} // namespace

// Lays the graph out into the scene, package by package.
class TreemapBuilder
{
public:
    TreemapBuilder(TreemapScene &scene, const Analysis &analysis, const ImportGraph &graph,
                   const Metrics &metrics)
        : m_scene(scene), m_analysis(analysis), m_graph(graph), m_metrics(metrics),
          m_shown(
              graph, [this](int node) { return ownSloc(node); },
              [this](int node) { return m_ownLcom4[std::size_t(node)]; }),
          m_full(
              analysis.graph,
              [this](int node) {
                  const int file = m_analysis.graph.node(node).file;
                  return file >= 0 && std::size_t(file) < m_analysis.facts.size()
                             ? m_analysis.facts[std::size_t(file)].sloc
                             : 0;
              },
              [this](int node) { return m_fullOwnLcom4[std::size_t(node)]; })
    {
    }
    void build();

private:
    [[nodiscard]] double total(int node) { return m_shown.lines(node); }
    [[nodiscard]] int ownSloc(int node) const;
    [[nodiscard]] const Definition *definitionOf(int classIndex) const;
    [[nodiscard]] std::optional<double> valueOf(int node, bool ownFileOnly) const;
    [[nodiscard]] QString toolTip(int node, const QString &name, int sloc,
                                  bool ownFileOnly = false) const;
    void addPackage(int node, const QRectF &rect, int depth);
    void addModule(int node, const QRectF &rect, const QString &label);
    void addClasses(int node, const QRectF &content, const QColor &moduleFill);
    [[nodiscard]] std::vector<int> closedMembers(int node, int *inFull);
    void addMembers(int node, int inFull, const std::vector<int> &members, const QRectF &content,
                    const TreemapStyle &packageStyle);
    QGraphicsItem *addAggregate(int node, const QRectF &rect, int count, double sloc, bool classes);
    QGraphicsItem *addSmallMembers(int node, const MemberCells &cells,
                                   const std::vector<int> &members, Subtrees &sizes);
    void showIn(int node, QGraphicsItem *item);
    QGraphicsItem *add(const QRectF &rect, const QString &label, const TreemapStyle &style,
                       int node, int classIndex, TreemapScene::Kind kind);

    TreemapScene &m_scene;
    const Analysis &m_analysis;
    const ImportGraph &m_graph;
    const Metrics &m_metrics;
    std::vector<std::vector<int>> m_classes; // per node: its top-level classes
    std::vector<int> m_ownLcom4;             // per node: the worst LCOM4 of its own files
    // Per node of the analysis's graph (for the members of packages the picture shows closed):
    // the worst LCOM4 of its own file.
    std::vector<int> m_fullOwnLcom4;
    std::vector<int> m_classFullNode; // per class: the analysis's node of its module, -1 none
    Subtrees m_shown;                 // the picture's graph
    Subtrees m_full;                  // the analysis's
};

int TreemapBuilder::ownSloc(int node) const
{
    return std::size_t(node) < m_metrics.nodes.size() ? m_metrics.nodes[std::size_t(node)].sloc : 0;
}

const Definition *TreemapBuilder::definitionOf(int classIndex) const
{
    const ClassMetrics &c = m_metrics.classes[std::size_t(classIndex)];
    if (c.file < 0 || std::size_t(c.file) >= m_analysis.facts.size())
        return nullptr;
    const FileFacts &facts = m_analysis.facts[std::size_t(c.file)];
    if (c.definition < 0 || std::size_t(c.definition) >= facts.definitions.size())
        return nullptr;
    return &facts.definitions[std::size_t(c.definition)];
}

void TreemapBuilder::build()
{
    m_classes.assign(std::size_t(m_graph.nodeCount()), {});
    m_ownLcom4.assign(std::size_t(m_graph.nodeCount()), 0);
    const ImportGraph &full = m_analysis.graph;
    m_fullOwnLcom4.assign(std::size_t(full.nodeCount()), 0);
    m_classFullNode.assign(m_metrics.classes.size(), -1);
    // A file belongs to the node of its module, or of the module's nearest ancestor.
    for (int i = 0; i < int(m_metrics.classes.size()); ++i) {
        const ClassMetrics &c = m_metrics.classes[std::size_t(i)];
        const Definition *def = definitionOf(i);
        if (!def || c.file >= int(m_analysis.scan.files.size()))
            continue;
        QString name = m_analysis.scan.files[std::size_t(c.file)].module;
        if (const int own = full.find(name); own >= 0 && full.isInternal(own)) {
            m_classFullNode[std::size_t(i)] = own;
            int &worst = m_fullOwnLcom4[std::size_t(own)];
            worst = std::max(worst, c.lcom4);
        }
        int node = m_graph.find(name);
        while ((node < 0 || !m_graph.isInternal(node)) && name.contains(QLatin1Char('.'))) {
            name.truncate(name.lastIndexOf(QLatin1Char('.')));
            node = m_graph.find(name);
        }
        if (node < 0 || !m_graph.isInternal(node))
            continue;
        m_ownLcom4[std::size_t(node)] = std::max(m_ownLcom4[std::size_t(node)], c.lcom4);
        // Nested classes are inside the lines of what holds them.
        if (def->parent < 0 && def->sloc > 0)
            m_classes[std::size_t(node)].push_back(i);
    }
    std::vector<int> roots;
    std::vector<double> weights;
    for (int v = 0; v < m_graph.nodeCount(); ++v) {
        const int parent = m_graph.node(v).parent;
        if (m_graph.isInternal(v) && (parent < 0 || !m_graph.isInternal(parent)) && total(v) > 0) {
            roots.push_back(v);
            weights.push_back(total(v));
        }
    }
    const QRectF canvas = m_scene.canvas();
    const std::vector<QRectF> rects = squarify(weights, canvas);
    for (std::size_t i = 0; i < roots.size(); ++i)
        addPackage(roots[i], rects[i], 0);
    m_scene.setSceneRect(canvas.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

// A package's LCOM4 is the worst below it; its __init__'s cell shows its own file's.
std::optional<double> TreemapBuilder::valueOf(int node, bool ownFileOnly) const
{
    if (ownFileOnly && m_scene.metric() == Metric::ClassLcom4) {
        const int own = m_ownLcom4[std::size_t(node)];
        return own > 0 ? std::optional<double>(own) : std::nullopt;
    }
    return MetricChoice::value(m_scene.metric(), m_metrics, m_graph, node);
}

QString TreemapBuilder::toolTip(int node, const QString &name, int sloc, bool ownFileOnly) const
{
    QString text = name + u'\n' + TreemapScene::tr("%n line(s) of code", nullptr, sloc);
    if (const auto v = valueOf(node, ownFileOnly))
        text += u'\n' + MetricChoice::name(m_scene.metric()) + QStringLiteral(": ") +
                MetricChoice::format(m_scene.metric(), *v);
    return text;
}

QGraphicsItem *TreemapBuilder::add(const QRectF &rect, const QString &label,
                                   const TreemapStyle &style, int node, int classIndex,
                                   TreemapScene::Kind kind)
{
    auto *item = new TreemapItem(rect, label, style);
    item->setData(TreemapScene::NodeKey, node);
    item->setData(TreemapScene::ClassKey, classIndex);
    item->setData(TreemapScene::KindKey, int(kind));
    m_scene.addItem(item);
    return item;
}

void TreemapBuilder::addPackage(int node, const QRectF &rect, int depth)
{
    const Node &n = m_graph.node(node);
    std::vector<int> members;
    for (const int child : n.children) {
        if (m_graph.isInternal(child) && total(child) > 0)
            members.push_back(child);
    }
    if (members.empty()) {
        addModule(node, rect, lastComponent(n.name));
        return;
    }
    TreemapStyle style;
    style.fill = QColor(0xf4, 0xf4, 0xf4);
    style.border = packageShade(depth);
    // Every package box with room for more than its header strip has one, named where the
    // name fits; one too small keeps a thin frame, so that its members still show.
    const bool header = rect.height() >= PackageHeader + 4 * Padding && rect.width() >= 24;
    style.borderWidth = !header ? 1 : depth == 0 ? 3 : 2;
    style.header = header ? PackageHeader : 0;
    style.headerFill = style.border;
    style.text = depth < 3 ? QColor(Qt::white) : QColor(Qt::black);
    style.fontPx = TreemapItem::HeaderPixelSize;
    style.bold = true;
    // The outermost frame says the whole name; the ones inside it only the last part.
    const QString label = depth == 0 ? n.name : lastComponent(n.name);
    QGraphicsItem *frame = add(rect, label, style, node, -1, TreemapScene::PackageItem);
    frame->setToolTip(toolTip(node, n.name, int(total(node))));
    m_scene.m_nodeItems.insert(node, frame);

    const double inset = style.borderWidth + (header ? Padding : 1.0);
    const QRectF content =
        rect.adjusted(inset, style.header + (header ? Padding : inset), -inset, -inset);
    if (content.width() <= 0 || content.height() <= 0)
        return;
    const MemberCells cells = memberCells(m_shown, members, node, content);
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (cells.weights[i] > 0)
            addPackage(members[i], cells.rects[i], depth + 1);
    }
    if (ownSloc(node) > 0)
        addModule(node, cells.rects[members.size()], QStringLiteral("__init__"));
    if (QGraphicsItem *aggregate = addSmallMembers(node, cells, members, m_shown)) {
        for (const std::size_t i : cells.small)
            showIn(members[i], aggregate);
    }
}

// The aggregate cell of the members `cells` found too small to show, nullptr when none.
QGraphicsItem *TreemapBuilder::addSmallMembers(int node, const MemberCells &cells,
                                               const std::vector<int> &members, Subtrees &sizes)
{
    if (cells.small.empty())
        return nullptr;
    int count = 0;
    double sloc = 0;
    for (const std::size_t i : cells.small) {
        count += sizes.modules(members[i]);
        sloc += sizes.lines(members[i]);
    }
    return addAggregate(node, cells.rects.back(), count, sloc, false);
}

// A member too small to show, and everything in it, is found at the aggregate cell.
void TreemapBuilder::showIn(int node, QGraphicsItem *item)
{
    if (!m_scene.m_nodeItems.contains(node))
        m_scene.m_nodeItems.insert(node, item);
    for (const int child : m_graph.node(node).children) {
        if (m_graph.isInternal(child))
            showIn(child, item);
    }
}

// The hatched grey cell standing for `count` modules (or classes) of `node` too small to show
// one by one; named only where the whole name fits.
QGraphicsItem *TreemapBuilder::addAggregate(int node, const QRectF &rect, int count, double sloc,
                                            bool classes)
{
    const TreemapStyle style = TreemapScene::aggregateStyle();
    const QString label = classes ? TreemapScene::tr("%Ln more class(es)", nullptr, count)
                                  : TreemapScene::tr("%Ln more module(s)", nullptr, count);
    QGraphicsItem *item = add(rect, label, style, node, -1, TreemapScene::AggregateItem);
    m_scene.m_hasAggregates = true;
    item->setData(TreemapScene::CountKey, count);
    item->setData(TreemapScene::SlocKey, int(sloc));
    const QString what =
        classes ? TreemapScene::tr("%Ln class(es) too small to show one by one", nullptr, count)
                : TreemapScene::tr("%Ln module(s) too small to show one by one", nullptr, count);
    item->setToolTip(m_graph.node(node).name + u'\n' + what + u'\n' +
                     TreemapScene::tr("%n line(s) of code", nullptr, int(sloc)));
    return item;
}

void TreemapBuilder::addModule(int node, const QRectF &rect, const QString &label)
{
    const bool init = label == QLatin1String("__init__");
    const auto value = valueOf(node, init);
    const HeatScale &scale = m_scene.moduleScale();
    TreemapStyle style;
    style.fill = value ? scale.colorAt(*value) : TreemapScene::noValueColor();
    style.text = value ? scale.textColorAt(*value) : QColor(Qt::black);
    style.border = QColor(0x55, 0x55, 0x55);
    style.borderWidth = 1;
    style.fontPx = TreemapItem::LabelPixelSize;
    // A package the picture shows closed holds its members, as an open one would; a module
    // (or a package's own __init__) its classes.
    int inFull = -1;
    const std::vector<int> members = init ? std::vector<int>() : closedMembers(node, &inFull);
    const bool hasParts = !members.empty() || !m_classes[std::size_t(node)].empty();
    const bool header = hasParts && rect.height() >= 2 * ModuleHeader && rect.width() >= 30;
    style.header = header ? ModuleHeader : 0;
    style.headerFill = style.fill;
    // Parts cover a module without a header strip: its name is then left to the tooltip.
    QGraphicsItem *item = add(rect, hasParts && !header ? QString() : label, style, node, -1,
                              TreemapScene::ModuleItem);
    const QString name = m_graph.node(node).name;
    item->setToolTip(
        toolTip(node, init ? name + QStringLiteral(".__init__") : name, ownSloc(node), init));
    if (!m_scene.m_nodeItems.contains(node))
        m_scene.m_nodeItems.insert(node, item);
    const QRectF content = rect.adjusted(1.5, header ? ModuleHeader : 1.5, -1.5, -1.5);
    if (!members.empty())
        addMembers(node, inFull, members, content, style);
    else if (hasParts)
        addClasses(node, content, style.fill);
}

// The members of a package the picture shows closed (`node` has none in the picture's graph),
// as the analysis's graph has them, and that package's node there; empty for a module.
std::vector<int> TreemapBuilder::closedMembers(int node, int *inFull)
{
    std::vector<int> members;
    if (m_graph.node(node).kind == NodeKind::Module || &m_graph == &m_analysis.graph)
        return members;
    const ImportGraph &full = m_analysis.graph;
    *inFull = full.find(m_graph.node(node).name);
    if (*inFull < 0)
        return members;
    for (const int child : full.node(*inFull).children) {
        if (full.isInternal(child) && m_full.lines(child) > 0)
            members.push_back(child);
    }
    return members;
}

// The members of the closed package `node` (`inFull` in the analysis's graph) inside its cell:
// one cell each, in proportion to its lines, named by the last part of its name, the small
// ones as one aggregate. They are the package's part of the picture, so they take its colour
// and select it; coloured by class cohesion, each takes the worst LCOM4 of its own classes.
void TreemapBuilder::addMembers(int node, int inFull, const std::vector<int> &members,
                                const QRectF &content, const TreemapStyle &packageStyle)
{
    if (content.width() <= 0 || content.height() <= 0)
        return;
    const ImportGraph &full = m_analysis.graph;
    const MemberCells cells = memberCells(m_full, members, inFull, content);
    const std::vector<double> &weights = cells.weights;

    // The worst LCOM4 in a member's files; the __init__'s own.
    std::vector<int> worst;
    for (const int m : members)
        worst.push_back(m_full.worstLcom4(m));
    worst.push_back(m_fullOwnLcom4[std::size_t(inFull)]);
    // Which member holds each of the package's classes: the one its module is in.
    const std::vector<int> &classes = m_classes[std::size_t(node)];
    std::vector<int> classMember(classes.size(), -1);
    for (std::size_t i = 0; i < classes.size(); ++i) {
        int v = m_classFullNode[std::size_t(classes[i])];
        while (v >= 0 && v != inFull && full.node(v).parent != inFull)
            v = full.node(v).parent;
        if (v == inFull)
            classMember[i] = int(members.size());
        else if (const auto it = std::find(members.begin(), members.end(), v);
                 v >= 0 && it != members.end())
            classMember[i] = int(it - members.begin());
    }

    const bool byLcom = m_scene.metric() == Metric::ClassLcom4;
    const HeatScale &scale = m_scene.moduleScale();
    const QString closedName = m_graph.node(node).name;
    std::vector<QGraphicsItem *> items(members.size() + 1, nullptr);
    auto addCell = [&](std::size_t i, const QString &name, const QString &label, double lines) {
        TreemapStyle style;
        style.borderWidth = 1;
        style.fontPx = TreemapItem::LabelPixelSize;
        if (byLcom) {
            const int lcom = worst[i];
            style.fill = lcom > 0 ? scale.colorAt(lcom) : TreemapScene::noValueColor();
            style.text = lcom > 0 ? scale.textColorAt(lcom) : QColor(Qt::black);
        } else {
            style.fill = packageStyle.fill;
            style.text = packageStyle.text;
        }
        style.border = style.text;
        style.border.setAlpha(140);
        QGraphicsItem *item = add(cells.rects[i], label, style, node, -1, TreemapScene::MemberItem);
        m_scene.m_hasMembers = true;
        QString tip = name + u'\n' + TreemapScene::tr("%n line(s) of code", nullptr, int(lines));
        if (byLcom && worst[i] > 0)
            tip += u'\n' + TreemapScene::tr("Worst class LCOM4: %1").arg(worst[i]);
        tip +=
            u'\n' +
            TreemapScene::tr("A part of %1, which this picture shows as one box").arg(closedName);
        item->setToolTip(tip);
        items[i] = item;
    };
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (weights[i] > 0)
            addCell(i, full.node(members[i]).name, lastComponent(full.node(members[i]).name),
                    weights[i]);
    }
    if (weights[members.size()] > 0)
        addCell(members.size(), closedName + QStringLiteral(".__init__"),
                QStringLiteral("__init__"), weights[members.size()]);
    if (QGraphicsItem *aggregate = addSmallMembers(node, cells, members, m_full)) {
        for (const std::size_t i : cells.small)
            items[i] = aggregate;
    }
    // A class is found at the cell of the member that holds it.
    for (std::size_t i = 0; i < classes.size(); ++i) {
        if (classMember[i] >= 0 && items[std::size_t(classMember[i])])
            m_scene.m_classItems.insert(classes[i], items[std::size_t(classMember[i])]);
    }
}

void TreemapBuilder::addClasses(int node, const QRectF &content, const QColor &moduleFill)
{
    if (content.width() <= 0 || content.height() <= 0)
        return;
    const std::vector<int> &classes = m_classes[std::size_t(node)];
    std::vector<double> weights;
    double inClasses = 0;
    for (const int c : classes) {
        weights.push_back(definitionOf(c)->sloc);
        inClasses += weights.back();
    }
    weights.push_back(std::max(0.0, ownSloc(node) - inClasses)); // the unlabelled rest
    const std::vector<std::size_t> small =
        tooSmall(weights, classes.size(), content.width() * content.height());
    mergeWeights(weights, small);
    const std::vector<QRectF> rects = squarify(weights, content);
    if (!small.empty()) {
        double sloc = 0;
        for (const std::size_t i : small)
            sloc += definitionOf(classes[i])->sloc;
        QGraphicsItem *aggregate = addAggregate(node, rects.back(), int(small.size()), sloc, true);
        for (const std::size_t i : small)
            m_scene.m_classItems.insert(classes[i], aggregate);
    }
    // A module is coloured by its least cohesive class; its functions and module-level code
    // have no LCOM4 and are not that class: a grey cell of their own, not the module's red.
    if (const double rest = weights[classes.size()];
        m_scene.metric() == Metric::ClassLcom4 && rest > 0) {
        TreemapStyle style;
        style.fill = TreemapScene::noValueColor();
        style.text = QColor(Qt::black);
        style.border = QColor(0x55, 0x55, 0x55, 140);
        style.borderWidth = 1;
        style.fontPx = TreemapItem::LabelPixelSize;
        style.elide = false; // "out…ses" says nothing
        QGraphicsItem *item = add(rects[classes.size()], TreemapScene::tr("outside classes"), style,
                                  node, -1, TreemapScene::RestItem);
        item->setToolTip(
            m_graph.node(node).name + u'\n' +
            TreemapScene::tr("%n line(s) of code outside classes", nullptr, int(rest)));
    }
    const bool byLcom =
        m_scene.metric() == Metric::ModuleCohesion || m_scene.metric() == Metric::ClassLcom4;
    const HeatScale &scale = m_scene.classScale();
    for (std::size_t i = 0; i < classes.size(); ++i) {
        if (!(weights[i] > 0))
            continue; // in the aggregate
        const ClassMetrics &c = m_metrics.classes[std::size_t(classes[i])];
        TreemapStyle style;
        style.borderWidth = 1;
        style.fontPx = TreemapItem::LabelPixelSize;
        if (byLcom) {
            style.fill = c.lcom4 > 0 ? scale.colorAt(c.lcom4) : TreemapScene::noValueColor();
            style.text = c.lcom4 > 0 ? scale.textColorAt(c.lcom4) : QColor(Qt::black);
        } else {
            style.fill = moduleFill;
            const auto v = MetricChoice::value(m_scene.metric(), m_metrics, m_graph, node);
            style.text = v ? m_scene.moduleScale().textColorAt(*v) : QColor(Qt::black);
        }
        // The label's colour, softened: a frame that shows on dark fills and on light ones.
        style.border = style.text;
        style.border.setAlpha(140);
        const Definition *def = definitionOf(classes[i]);
        QGraphicsItem *item =
            add(rects[i], def->qualName, style, node, classes[i], TreemapScene::ClassItem);
        QString tip = c.qualifiedName + u'\n' +
                      TreemapScene::tr("%n line(s) of code", nullptr, def->sloc) + u'\n' +
                      TreemapScene::tr("LCOM4: %1 (%n method(s))", nullptr, c.methods)
                          .arg(c.lcom4 > 0 ? QString::number(c.lcom4) : QStringLiteral("-"));
        item->setToolTip(tip);
        m_scene.m_classItems.insert(classes[i], item);
    }
}

TreemapScene::TreemapScene(const Analysis &analysis, const ImportGraph &graph,
                           const Metrics &metrics, Metric metric, QSizeF canvas, QObject *parent)
    : QGraphicsScene(parent), m_metric(metric),
      m_moduleScale(MetricChoice::scale(metric, metrics, graph, HeadBudget{})),
      m_classScale(MetricChoice::scale(Metric::ClassLcom4, metrics, graph, HeadBudget{})),
      m_canvas(QPointF(), canvas.expandedTo(MinimumCanvas))
{
    TreemapBuilder(*this, analysis, graph, metrics).build();
}

QSizeF TreemapScene::canvasFor(QSizeF area)
{
    return (area - QSizeF(2 * SceneMargin, 2 * SceneMargin)).expandedTo(MinimumCanvas);
}

QString TreemapScene::colourTitle(Metric metric)
{
    switch (metric) {
    case Metric::ModuleCohesion:
        return tr("Colour: modules by their parts, classes by LCOM4 (1 cohesive, 2 or more "
                  "unrelated parts)");
    case Metric::ClassLcom4:
        return tr("Colour: class cohesion (LCOM4), a module by its least cohesive class (1 "
                  "cohesive, 2 or more a class of unrelated parts)");
    default:
        return MetricChoice::colourTitle(metric);
    }
}

TreemapStyle TreemapScene::aggregateStyle()
{
    TreemapStyle style;
    style.fill = QColor(0xe4, 0xe4, 0xe4);
    style.hatch = QColor(0xb8, 0xb8, 0xb8);
    style.border = QColor(0x88, 0x88, 0x88);
    style.text = QColor(0x33, 0x33, 0x33);
    style.borderWidth = 1;
    style.fontPx = TreemapItem::LabelPixelSize;
    style.elide = false;
    return style;
}

QColor TreemapScene::noValueColor()
{
    return QColor(0xc8, 0xc8, 0xc8);
}

QGraphicsItem *TreemapScene::itemForNode(int node) const
{
    return m_nodeItems.value(node, nullptr);
}

QGraphicsItem *TreemapScene::itemForClass(int classIndex) const
{
    return m_classItems.value(classIndex, nullptr);
}

TreemapScene *makeTreemapScene(const Analysis &analysis, const ImportGraph &graph,
                               const Metrics &metrics, Metric metric, QSizeF canvas,
                               QObject *parent)
{
    return new TreemapScene(analysis, graph, metrics, metric, canvas, parent);
}

} // namespace headroom
