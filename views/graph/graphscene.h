#pragma once

#include "analysis.h"
#include "changeset.h"
#include "focus.h"
#include "heatscale.h"
#include "layout.h"
#include "legend.h"
#include "metricchoice.h"
#include "metrics.h"

#include <QGraphicsScene>
#include <QStaticText>

#include <memory>
#include <vector>

namespace headroom {

class ContainerItem;
class EdgeItem;
class NodeItem;
struct StructurePicture;

struct GraphPictureOptions
{
    Metric metric = Metric::Level;                 // what colours the nodes
    HeadBudget budget;                             // where diverging scales turn
    ImportKindSet cycleKinds = RuntimeImportKinds; // the kinds Metrics counted (MetricsOptions)
    // The graph nodes to show (a focus neighbourhood, say); empty: every internal node.
    std::vector<int> nodes;
    // The module (or package) a focus picture is around: the box that holds it is ringed.
    QString focus;
    bool sizeBySloc = false; // wider boxes for bigger modules
    LayoutEngine engine = LayoutEngine::Layered;
    // Pictures draw the transitive reduction of the layered imports (a structure map, each
    // container's; a focus, every import among the nodes shown); this draws every import.
    bool allImports = false;
    // A picture of a change. The graph drawn is unionGraph() of the later state (or a
    // projection or focus of it); these say what changed, by name. A structure map works
    // its marks out itself (StructurePicture::marks); a plain picture takes `marks`, made
    // by changeMarks() for the graph it draws. Changed imports are always drawn.
    std::shared_ptr<const ChangeSet> changes;
    std::shared_ptr<const ChangeMarks> marks;
    // What colours a plain picture of a change: laterState() of the graph drawn, so that no
    // ghost adds heat or has any. Unset: the metrics it is laid out by. (A structure map
    // keeps its own, StructurePicture::heat.)
    std::shared_ptr<const MeasuredGraph> heat;
    // measureFiles() of the analysis and call graph drawn (Snapshot::measures), so that a
    // picture does not measure every file of the project again; unset: measured here.
    std::shared_ptr<const FileMeasures> measures;
};

// The graph picture: one node item per shown internal node, one edge item per import edge
// between shown nodes. Rows are the model's layers (NodeMetrics::layer), on horizontal
// bands, one per level, spanning that level's layers, labelled at the left with the
// foundation (level 0) at the bottom. Every import goes down but the cuts: a cycle's
// breaking set is drawn red and dashed with a "cut here" marker, its other imports in a
// light cycle tint; type-checking-only edges dashed grey; edge width follows the import
// sites; node fill is the metric's colour. Built from plain values: it keeps copies of what
// it shows and no reference to the analysis.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // What the layout is asked to place, with box sizes from the label fonts.
    [[nodiscard]] static LayoutRequest layoutRequest(const ImportGraph &graph,
                                                     const Metrics &metrics,
                                                     const GraphPictureOptions &options);

    GraphScene(const Analysis &analysis, const ImportGraph &graph, const Metrics &metrics,
               const GraphPictureOptions &options, const LayoutResult &layout,
               QObject *parent = nullptr);
    // A structure map: opened packages are containers (ContainerItem) around their members,
    // each container's members in rows by its own layers; no level bands.
    GraphScene(const Analysis &analysis, const StructurePicture &picture,
               const GraphPictureOptions &options, QObject *parent = nullptr);
    ~GraphScene() override;

    [[nodiscard]] Metric metric() const { return m_metric; }
    [[nodiscard]] const HeatScale &scale() const { return m_scale; }
    [[nodiscard]] QString projectName() const { return m_project; }
    [[nodiscard]] LayoutEngine engine() const { return m_engine; }
    [[nodiscard]] const std::vector<NodeItem *> &nodeItems() const { return m_nodes; }
    [[nodiscard]] const std::vector<EdgeItem *> &edgeItems() const { return m_edges; }
    [[nodiscard]] const std::vector<ContainerItem *> &containerItems() const
    {
        return m_containers;
    }
    [[nodiscard]] bool isStructureMap() const { return m_structure; }
    // A picture of a change: what changed is marked (the legend should say so).
    [[nodiscard]] bool showsChanges() const { return m_changes; }
    // What the picture draws, for a legend that lists that alone.
    [[nodiscard]] Legend::GraphKey legendKey() const;
    [[nodiscard]] NodeItem *itemForNode(int node) const;
    // Where every box sits by name (opened packages' containers as name + "/"), to keep
    // them there in the next picture of the same projection.
    [[nodiscard]] QHash<QString, QPointF> namedPositions() const;
    // The selected graph node, -1 when none.
    [[nodiscard]] int selectedNode() const;
    void selectNode(int node);
    // Highlights the imports between these boxes (names); the others lose it and, while
    // any is highlighted, fade to FadedOpacity.
    void highlightImports(const QList<QPair<QString, QString>> &imports);
    static constexpr double FadedOpacity = 0.25;

signals:
    void nodeSelected(int node); // -1 when the selection was cleared
    // Double-clicked: open a collapsed package, or close it (a container's header).
    void nodeActivated(int node);
    // An import was selected (names of its two boxes), or its context menu asked to cut it or
    // to say why.
    void importSelected(const QString &source, const QString &target);
    void cutRequested(const QString &source, const QString &target);
    void whyRequested(const QString &source, const QString &target);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    struct Band
    {
        int level = 0;
        QRectF rect;
        QStaticText label;
    };
    void buildBands(const QRectF &nodesRect);
    void reportSelection(); // nodeSelected, or importSelected for an import

    Metric m_metric;
    HeatScale m_scale;
    QString m_project;
    LayoutEngine m_engine;
    std::vector<NodeItem *> m_nodes;
    QMetaObject::Connection m_selectionWatch;
    std::vector<EdgeItem *> m_edges;
    std::vector<ContainerItem *> m_containers;
    std::vector<Band> m_bands;
    bool m_structure = false;
    bool m_changes = false;
};

// Lays out and builds the picture in one call (the layout runs on this thread). Layout
// warnings (a fallback engine, say) are appended to `warnings`; nullptr and an error in
// `error` when the layout failed.
[[nodiscard]] std::unique_ptr<GraphScene>
makeGraphScene(const Analysis &analysis, const ImportGraph &graph, const Metrics &metrics,
               const GraphPictureOptions &options, QString *error = nullptr,
               QStringList *warnings = nullptr);

} // namespace headroom
