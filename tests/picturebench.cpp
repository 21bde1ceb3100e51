// headroom-picture-bench [--dot-table] [DJANGO_FOLDER [STDLIB_FOLDER]]: the first picture a
// project opens on (the structure map: packages to open, projection, metrics, layout, scene)
// with its boxes and the share of its labels at least 9 px on a 1920 x 1080 slide; time to a
// graph picture and layout time at package and module level; frame time while panning a
// scene of several thousand items; with --dot-table layered dot's time on every projection
// (what DotWorkLimit was chosen from).
// headroom-picture-bench --big FOLDER: what the window waits for on a big project, through
// the pipeline as the window runs it: the import graph resolved, its review, the first
// picture, the call graph, then a what-if cut and another level.
#include "analysiscontroller.h"
#include "graphscene.h"
#include "graphview.h"
#include "metrics.h"
#include "peakmemory.h"
#include "pictureexport.h"
#include "pipeline.h"
#include "structure.h"
#include "structurepicture.h"
#include "svgtexts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTextStream>

using namespace headroom;
using headroom::test::peakMegabytes;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

using MeasuresPtr = std::shared_ptr<const FileMeasures>;

// What every picture of a project shares, measured once when its analysis is ready, as the
// window does (Snapshot::measures).
MeasuresPtr measured(const Analysis &analysis, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    auto measures = std::make_shared<const FileMeasures>(measureFiles(analysis));
    out() << QStringLiteral("%1: every file measured once in %2 s (%3 classes)")
                 .arg(what)
                 .arg(seconds(timer), 0, 'f', 3)
                 .arg(measures->classes.size())
          << Qt::endl;
    return measures;
}

int deepestName(const ImportGraph &graph)
{
    int deepest = 0;
    for (const Node &n : graph.nodes()) {
        if (n.origin == Origin::Internal)
            deepest = std::max(deepest, nameDepth(n.name));
    }
    return deepest;
}

// Projection + metrics + layout + scene, timed; returns the scene.
std::unique_ptr<GraphScene> firstPicture(const Analysis &analysis, const MeasuresPtr &files,
                                         int depth, const QString &what)
{
    QElapsedTimer total;
    total.start();
    const ImportGraph graph = projectToDepth(analysis.graph, depth, false);
    const Metrics metrics = computeMetrics(analysis, graph, {}, nullptr, files.get());
    const double measured = seconds(total);
    GraphPictureOptions options;
    const LayoutRequest request = GraphScene::layoutRequest(graph, metrics, options);
    const LayoutResult layout = computeLayout(request);
    auto scene = std::make_unique<GraphScene>(analysis, graph, metrics, options, layout);
    out() << QStringLiteral("%1: %2 nodes, %3 edges, dot work %4: first picture %5 s "
                            "(projection + metrics %6 s, layout %7 s with %8), %9 items, "
                            "scene %10 x %11")
                 .arg(what)
                 .arg(request.nodes.size())
                 .arg(request.edges.size())
                 .arg(dotWork(request))
                 .arg(seconds(total), 0, 'f', 3)
                 .arg(measured, 0, 'f', 3)
                 .arg(layout.seconds, 0, 'f', 3)
                 .arg(QLatin1String(keyOf(layout.engine)))
                 .arg(scene->items().size())
                 .arg(scene->sceneRect().width(), 0, 'f', 0)
                 .arg(scene->sceneRect().height(), 0, 'f', 0)
          << Qt::endl;
    return scene;
}

// The labels of a slide export of `scene`: how many, the smallest, the share of 9 px or more.
QString slideLabels(QGraphicsScene &scene, const Legend &legend)
{
    PictureOptions page;
    page.preset = PicturePreset::Slide;
    page.legend = legend;
    const Picture svg = PictureExport::render(scene, PictureFormat::Svg, page);
    std::vector<double> sizes;
    for (const test::SvgText &t : test::svgTexts(svg.data))
        sizes.push_back(t.pixels);
    if (sizes.empty())
        return QStringLiteral("no labels");
    const auto legible = std::count_if(sizes.begin(), sizes.end(), [](double s) { return s >= 9; });
    return QStringLiteral("%1 labels, smallest %2 px, %3% at least 9 px")
        .arg(sizes.size())
        .arg(*std::min_element(sizes.begin(), sizes.end()), 0, 'f', 1)
        .arg(100.0 * double(legible) / double(sizes.size()), 0, 'f', 0);
}

// What a project opens on: the structure map that fits the head budget, timed from the
// module graph to the scene, and how it reads on a slide.
void structureMap(const Analysis &analysis, const MeasuresPtr &files, const QString &what)
{
    QElapsedTimer total;
    total.start();
    const QStringList open = fittingOpenPackages(analysis.graph);
    const double chosen = seconds(total);
    GraphPictureOptions options;
    options.measures = files;
    const StructurePicture picture =
        makeStructurePicture(analysis, analysis.graph, open, {}, nullptr, options);
    GraphScene scene(analysis, picture, options);
    const double first = seconds(total);
    Legend legend(scene.metric(), scene.scale());
    legend.setShowsContainers(true);
    out() << QStringLiteral("%1, structure map: %2 boxes in %3 opened packages, %4 imports "
                            "drawn (%5 implied left out): first picture %6 s (choosing %7 s), "
                            "scene %8 x %9; slide: %10")
                 .arg(what)
                 .arg(scene.nodeItems().size())
                 .arg(scene.containerItems().size())
                 .arg(scene.edgeItems().size())
                 .arg(picture.hiddenEdges)
                 .arg(first, 0, 'f', 3)
                 .arg(chosen, 0, 'f', 3)
                 .arg(scene.sceneRect().width(), 0, 'f', 0)
                 .arg(scene.sceneRect().height(), 0, 'f', 0)
                 .arg(slideLabels(scene, legend))
          << Qt::endl;
}

// Renders the view into an image while panning across the scene; milliseconds per frame.
void panning(GraphScene &scene, double zoom, const QString &what)
{
    GraphView view;
    view.setScene(&scene);
    view.setLegend(Legend(scene.metric(), scene.scale()));
    view.resize(1600, 1000);
    view.show(); // lays out the viewport and the scroll bars
    QCoreApplication::processEvents();
    view.setTransform(QTransform::fromScale(zoom, zoom));
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const int frames = 60;
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        h->setValue(h->minimum() + (h->maximum() - h->minimum()) * i / frames);
        v->setValue(v->minimum() + (v->maximum() - v->minimum()) * i / frames);
        QPainter painter(&frame);
        view.render(&painter, QRectF(), view.viewport()->rect());
    }
    h->setValue((h->minimum() + h->maximum()) / 2);
    v->setValue((v->minimum() + v->maximum()) / 2);
    const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
    out() << QStringLiteral("%1: panning at zoom %2, %3 items (%4 in a %5 x %6 frame): %7 ms "
                            "per frame")
                 .arg(what)
                 .arg(zoom)
                 .arg(scene.items().size())
                 .arg(scene.items(shown).size())
                 .arg(frame.width())
                 .arg(frame.height())
                 .arg(seconds(timer) * 1000 / frames, 0, 'f', 1)
          << Qt::endl;
}

void dotTable(const Analysis &analysis, const QString &what)
{
    for (int depth = 1; depth <= deepestName(analysis.graph); ++depth) {
        const ImportGraph graph = projectToDepth(analysis.graph, depth, false);
        const Metrics metrics = computeMetrics(analysis, graph);
        LayoutRequest request = GraphScene::layoutRequest(graph, metrics, GraphPictureOptions());
        request.dotWorkLimit = std::numeric_limits<int>::max();
        if (dotWork(request) > 12000) { // minutes of dot (work 26,000 took 90 s)
            out() << QStringLiteral("%1 depth %2: work %3, dot skipped")
                         .arg(what)
                         .arg(depth)
                         .arg(dotWork(request))
                  << Qt::endl;
            continue;
        }
        const LayoutResult dot = computeLayout(request);
        request.engine = LayoutEngine::Fast;
        const LayoutResult fast = computeLayout(request);
        out() << QStringLiteral("%1 depth %2: %3 nodes, %4 edges, work %5: layered dot %6 s, "
                                "fast %7 s")
                     .arg(what)
                     .arg(depth)
                     .arg(request.nodes.size())
                     .arg(request.edges.size())
                     .arg(dotWork(request))
                     .arg(dot.seconds, 0, 'f', 3)
                     .arg(fast.seconds, 0, 'f', 3)
              << Qt::endl;
    }
}

} // namespace

// The window's stages on one project, each timed from the start of the run.
int bigProject(const QString &folder)
{
    QElapsedTimer timer;
    timer.start();
    double resolved = -1;
    const ProgressFn progress = [&](Stage stage, int, int) {
        if (stage == Stage::Measuring && resolved < 0)
            resolved = seconds(timer);
    };
    const StageFn firstStage = [&](const SnapshotPtr &s) {
        const double reviewed = seconds(timer);
        out() << QStringLiteral("%1 modules: import graph resolved at %2 s, reviewed (files "
                                "measured, metrics) at %3 s")
                     .arg(s->analysis->graph.nodeCount())
                     .arg(resolved, 0, 'f', 2)
                     .arg(reviewed, 0, 'f', 2)
              << Qt::endl;
        structureMap(*s->analysis, s->measures, QStringLiteral("first stage"));
        out() << QStringLiteral("first picture shown at %1 s, %2 s after the import graph")
                     .arg(seconds(timer), 0, 'f', 2)
                     .arg(seconds(timer) - resolved, 0, 'f', 2)
              << Qt::endl;
        QElapsedTimer step;
        step.start();
        const auto rollups = packageRollupsOf(s->review);
        out() << QStringLiteral("then the packages table's roll-ups: %1 packages in %2 s")
                     .arg(rollups->packages.size())
                     .arg(seconds(step), 0, 'f', 3)
              << Qt::endl;
    };
    const SnapshotPtr last =
        runPipeline(folder, AnalysisController::pipelineOptions(), progress, firstStage);
    if (!last->ok()) {
        out() << "cannot analyse " << folder << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("call graph and second review done at %1 s (%2 call edges)")
                 .arg(seconds(timer), 0, 'f', 2)
                 .arg(last->calls ? qsizetype(last->calls->edges.size()) : 0)
          << Qt::endl;
    QList<QPair<QString, QString>> cuts;
    const ImportGraph &graph = last->review.graph;
    for (const Cycle &c : last->review.metrics.cycles) {
        if (c.breakingSet.empty())
            continue;
        const Edge &e = graph.edge(c.breakingSet.front());
        cuts.append({graph.node(e.source).name, graph.node(e.target).name});
    }
    QElapsedTimer step;
    step.start();
    const SnapshotPtr cut = deriveSnapshot(*last, cuts, AllImportKinds);
    out() << QStringLiteral("what-if, %1 imports cut (each cycle's first): %2 cycles left in "
                            "%3 s")
                 .arg(cuts.size())
                 .arg(cut->review.metrics.cycles.size())
                 .arg(seconds(step), 0, 'f', 3)
          << Qt::endl;
    step.restart();
    const SnapshotPtr packages = reviewAt(*last, 2, false);
    out() << QStringLiteral("packages at depth 2: %1 nodes in %2 s")
                 .arg(packages->review.graph.nodeCount())
                 .arg(seconds(step), 0, 'f', 3)
          << Qt::endl;
    out() << QStringLiteral("peak memory %1 MB").arg(peakMegabytes()) << Qt::endl;
    return 0;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (const qsizetype big = args.indexOf(QStringLiteral("--big")); big >= 0)
        return bigProject(args.value(big + 1));
    const bool table = args.removeAll(QStringLiteral("--dot-table")) > 0;
    const QString django = args.value(0, QStringLiteral("/usr/lib/python3/dist-packages/django"));
    const QString stdlib =
        args.value(1, QStringLiteral("/root/.pyenv/versions/3.11.7/lib/python3.11"));

    const AnalysisPtr d = analyzeProject(django);
    if (d->scan.status != ScanStatus::Ok) {
        out() << "cannot analyse " << django << Qt::endl;
        return 1;
    }
    const MeasuresPtr dm = measured(*d, QStringLiteral("Django"));
    structureMap(*d, dm, QStringLiteral("Django"));
    firstPicture(*d, dm, 2, QStringLiteral("Django, package depth 2"));
    firstPicture(*d, dm, 3, QStringLiteral("Django, package depth 3"));
    std::unique_ptr<GraphScene> modules =
        firstPicture(*d, dm, 0, QStringLiteral("Django, modules"));
    out() << QStringLiteral("Django, modules, slide: %1")
                 .arg(slideLabels(*modules, Legend(modules->metric(), modules->scale())))
          << Qt::endl;
    if (table)
        dotTable(*d, QStringLiteral("Django"));

    const AnalysisPtr s = analyzeProject(stdlib);
    if (s->scan.status == ScanStatus::Ok) {
        const MeasuresPtr sm = measured(*s, QStringLiteral("stdlib"));
        structureMap(*s, sm, QStringLiteral("stdlib"));
        std::unique_ptr<GraphScene> packages =
            firstPicture(*s, sm, 2, QStringLiteral("stdlib, package depth 2"));
        firstPicture(*s, sm, 0, QStringLiteral("stdlib, modules"));
        panning(*packages, 1.0, QStringLiteral("stdlib depth 2"));
        panning(*packages, 0.05, QStringLiteral("stdlib depth 2"));
        // The whole scene in the frame: every item painted, at the lowest detail.
        panning(*packages, 1584 / packages->sceneRect().width(), QStringLiteral("stdlib depth 2"));
        if (table)
            dotTable(*s, QStringLiteral("stdlib"));
    }
    panning(*modules, 1.0, QStringLiteral("Django modules"));
    return 0;
}
