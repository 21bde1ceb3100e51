// libFuzzer target: a small project cut from one input (see fuzzproject.h) through every
// stage and every exporter, as the command line and the window run them: scan -> extract
// -> resolve -> call graph -> review (metrics, contracts) -> JSON, DOT, the call graph's
// JSON and DOT at both levels, summary, check, the what-if cut of every breaking set, and
// the graph, matrix and treemap pictures as SVG. Outputs are checked as their readers would
// read them: JSON must parse, DOT must parse with Graphviz, cutting the breaking sets must
// leave no cycle.
//
// The pictures use the fast layered placement: Graphviz 2.42's layout reads freed memory on
// a second gvLayout in one process (README, "Fuzzing and sanitizers"). Set
// HEADROOM_FUZZ_GRAPHVIZ=1 to lay them out with dot anyway. HEADROOM_FUZZ_DIR names the
// folder the project is written to (default: a temporary one), to look at a crash's files.
#include "fuzzproject.h"

#include "callgraph.h"
#include "callgraphexport.h"
#include "checkreport.h"
#include "exporter.h"
#include "graphscene.h"
#include "matrixscene.h"
#include "pictureexport.h"
#include "pipeline.h"
#include "review.h"
#include "summary.h"
#include "treemapscene.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <graphviz/cgraph.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace headroom;

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_pipeline: %s\n%s\n", what, detail.constData());
    std::abort();
}

void checkJson(const QByteArray &json)
{
    QJsonParseError error;
    if (QJsonDocument::fromJson(json, &error).isNull())
        fail("invalid JSON", error.errorString().toUtf8() + '\n' + json);
}

void checkDot(const QByteArray &dot)
{
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph)
        fail("DOT that Graphviz cannot read", dot);
    agclose(graph);
}

void checkPicture(QGraphicsScene *scene, const PictureOptions &options)
{
    std::unique_ptr<QGraphicsScene> owner(scene);
    if (!scene)
        return;
    const Picture picture = PictureExport::render(*scene, PictureFormat::Svg, options);
    if (!picture.ok() && scene->items().size() > 0)
        fail("no SVG", picture.error.toUtf8());
}

void drawPictures(const Analysis &analysis, const Review &review)
{
    static const bool graphviz = qEnvironmentVariableIntValue("HEADROOM_FUZZ_GRAPHVIZ") != 0;
    GraphPictureOptions graphOptions;
    graphOptions.metric = Metric::ModuleCohesion;
    graphOptions.engine = graphviz ? LayoutEngine::Layered : LayoutEngine::Fast;
    PictureOptions options;
    options.title = QStringLiteral("fuzz");
    std::unique_ptr<GraphScene> graph =
        makeGraphScene(analysis, review.graph, review.metrics, graphOptions);
    if (graph) {
        options.legend = Legend(graphOptions.metric, graph->scale());
        checkDot(PictureExport::graphDot(*graph, options.title));
        checkPicture(graph.release(), options);
    }
    options.legend.reset();
    options.labelPixelSize = 0;
    checkPicture(makeMatrixScene(analysis, review.graph, review.metrics), options);
    checkPicture(makeTreemapScene(analysis, review.graph, review.metrics), options);
}

// The window's picture of the calls around one module: the graph built, not rendered.
void drawCalls(const Analysis &analysis, const ImportGraph &calls)
{
    GraphPictureOptions options;
    options.engine = LayoutEngine::Fast;
    const Metrics metrics = computeMetrics(analysis, calls);
    (void)makeGraphScene(analysis, calls, metrics, options);
}

// The window's what-if: every breaking set cut, the snapshot derived again.
void checkCuts(const Snapshot &snapshot)
{
    const Review &review = snapshot.review;
    QList<QPair<QString, QString>> cuts;
    for (const Cycle &cycle : review.metrics.cycles) {
        for (const int e : cycle.breakingSet) {
            const Edge &edge = review.graph.edge(e);
            cuts.append({review.graph.node(edge.source).name, review.graph.node(edge.target).name});
        }
    }
    const SnapshotPtr after = deriveSnapshot(snapshot, cuts, AllImportKinds);
    if (!after->review.metrics.cycles.empty())
        fail("a cycle is left after cutting every breaking set",
             toJson(*snapshot.analysis, after->review));
}

// The one pipeline, as every front end runs it, then every exporter at two levels.
void runWholePipeline(const QString &folder)
{
    PipelineOptions options;
    options.analysis.scan.useGit = false;
    options.analysis.threads = 1;
    const SnapshotPtr whole = runPipeline(folder, options);
    if (!whole->ok())
        return; // only configuration files: nothing to analyse
    const Analysis &analysis = *whole->analysis;
    for (const int depth : {0, 1}) {
        const SnapshotPtr snapshot = depth == 0 ? whole : reviewAt(*whole, depth, true);
        const Review &review = snapshot->review;
        checkJson(toJson(analysis, review));
        checkDot(toDot(analysis, review));
        (void)Summary::text(analysis, review);
        int exitCode = 0;
        (void)CheckReport::text(analysis, review, &exitCode);
        drawPictures(analysis, review);
        if (depth == 0)
            checkCuts(*snapshot);
    }
    const CallGraph &calls = *whole->calls;
    for (const bool classLevel : {false, true}) {
        checkJson(callGraphJson(analysis, calls, classLevel));
        checkDot(callGraphDot(analysis, calls, classLevel));
        for (int file = 0; file < int(analysis.scan.files.size()); ++file) {
            const int module = analysis.graph.find(analysis.file(file).module);
            if (module >= 0)
                drawCalls(analysis, callNeighbourhood(analysis, calls, module, classLevel));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv); // the pictures are graphics scenes
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir temporary;
    static const QString folder =
        qEnvironmentVariable("HEADROOM_FUZZ_DIR", temporary.path()) + QStringLiteral("/project");
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzz::writeProject(folder, fuzz::splitProject(input)))
        fail("cannot write the project", folder.toUtf8());
    runWholePipeline(folder);
    return 0;
}
