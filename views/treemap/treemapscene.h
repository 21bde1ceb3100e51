#pragma once

#include "analysis.h"
#include "heatscale.h"
#include "metricchoice.h"
#include "metrics.h"
#include "treemapitem.h"

#include <QGraphicsScene>

namespace headroom {

// The cohesion treemap: packages hold their modules and subpackages, modules hold their
// top-level classes; every area is proportional to source lines (a module's lines outside
// its classes are the unlabelled rest of it, a package's __init__ is a part of its own).
// A package the picture's graph shows closed holds its members as the analysis's graph has
// them (MemberItem: NodeKey the package), in its colour (by class cohesion: each member's
// worst class), not the classes of every file inside it.
// Colour: with Metric::ModuleCohesion, modules by their parts (diverging around 1) and
// classes by LCOM4; with Metric::ClassLcom4, modules by their least cohesive class (a
// package's __init__ by its own file's) and classes by their own LCOM4; with any other
// metric, modules by that metric and classes in their module's colour. Packages have a
// thick border and a header strip with their name; modules and classes are named where the
// name fits (TreemapItem). The canvas is laid out at the size it will be shown, so that the
// names come out at their size in the window and on the page. Every item is selectable and
// says what it shows through data():
// TreemapScene::NodeKey (graph node), ClassKey (index into Metrics::classes, -1 for
// packages and modules) and KindKey (TreemapScene::Kind).
// Level of detail: members of a package (or classes of a module) whose cell would come out
// smaller than MinimumCellArea are not drawn one by one but as one hatched grey cell of their
// summed lines, "12 more modules" where that fits (AggregateItem: NodeKey the package or
// module holding them, ClassKey -1, CountKey how many modules or classes it stands for,
// SlocKey their lines). One such member alone keeps its own cell. Coloured by class
// cohesion, a module's lines outside its classes are a cell of their own with no value
// ("outside classes", RestItem: NodeKey the module), not the colour of its worst class. So the
// number of items stays bounded by the canvas, not the project: a window on 100,000 modules stays
// smooth.
class TreemapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum DataKey
    {
        NodeKey = 0,
        ClassKey = 1,
        KindKey = 2,
        CountKey = 3, // AggregateItem: the modules or classes it stands for
        SlocKey = 4   // AggregateItem: their lines of code
    };
    enum Kind
    {
        PackageItem = 0,
        ModuleItem = 1,
        ClassItem = 2,
        AggregateItem = 3,
        RestItem = 4,  // coloured by class cohesion: a module's lines outside its classes
        MemberItem = 5 // a member of a package the picture shows closed (NodeKey: that package)
    };
    // About 6 x 6 scene pixels: a cell smaller than this can be neither seen nor clicked.
    static constexpr double MinimumCellArea = 36;

    TreemapScene(const Analysis &analysis, const ImportGraph &graph, const Metrics &metrics,
                 Metric metric, QSizeF canvas = defaultCanvas(), QObject *parent = nullptr);

    [[nodiscard]] Metric metric() const { return m_metric; }
    // What the colours mean, for the title of the window's tab and of exports.
    [[nodiscard]] static QString colourTitle(Metric metric);
    // The scales: modules (and classes, but under ModuleCohesion and ClassLcom4) and
    // classes' LCOM4.
    [[nodiscard]] const HeatScale &moduleScale() const { return m_moduleScale; }
    [[nodiscard]] const HeatScale &classScale() const { return m_classScale; }
    // The fill of things the metric says nothing about.
    [[nodiscard]] static QColor noValueColor();
    // How a cell of members too small to show looks (the legend's key draws it too).
    [[nodiscard]] static TreemapStyle aggregateStyle();

    // The item drawing a graph node (for a package: its frame) or a class, nullptr if none;
    // for one too small to show, the aggregate cell holding it.
    [[nodiscard]] QGraphicsItem *itemForNode(int node) const;
    [[nodiscard]] QGraphicsItem *itemForClass(int classIndex) const;
    // Whether some cell stands for members too small to show (the legend's hatched key).
    [[nodiscard]] bool hasAggregates() const { return m_hasAggregates; }
    // Whether some package the picture shows closed holds its parts (the legend's key).
    [[nodiscard]] bool hasMembers() const { return m_hasMembers; }

    // The rectangle the treemap fills; the scene rect has a margin around it.
    [[nodiscard]] QRectF canvas() const { return m_canvas; }
    [[nodiscard]] static QSizeF defaultCanvas() { return {1600, 1000}; }
    // The canvas whose scene fits `area` (view or page pixels) at 1:1.
    [[nodiscard]] static QSizeF canvasFor(QSizeF area);

private:
    Metric m_metric;
    HeatScale m_moduleScale;
    HeatScale m_classScale;
    QRectF m_canvas;
    QHash<int, QGraphicsItem *> m_nodeItems;
    QHash<int, QGraphicsItem *> m_classItems;
    bool m_hasAggregates = false;
    bool m_hasMembers = false;

    friend class TreemapBuilder;
};

// The treemap of `graph` (analysis.graph or a projection of it), coloured by `metric`,
// laid out on `canvas`.
[[nodiscard]] TreemapScene *makeTreemapScene(const Analysis &analysis, const ImportGraph &graph,
                                             const Metrics &metrics,
                                             Metric metric = Metric::ModuleCohesion,
                                             QSizeF canvas = TreemapScene::defaultCanvas(),
                                             QObject *parent = nullptr);

} // namespace headroom
