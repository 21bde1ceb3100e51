#include "exportcommand.h"

#include "changestyle.h"
#include "cli.h"
#include "gitrevision.h"
#include "graphscene.h"
#include "matrixscene.h"
#include "metricchoice.h"
#include "metrics.h"
#include "pictureexport.h"
#include "pipeline.h"
#include "structurepicture.h"
#include "treemapscene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <memory>
#include <optional>

namespace headroom {

namespace {

constexpr int StructureDepth = -1;

QTextStream &err()
{
    return CommandLine::standardError();
}

struct Request
{
    QString folder;
    QString view = QStringLiteral("graph");
    Metric metric = Metric::Level;
    int depth = StructureDepth; // the structure map that fits; 0: module level; N: packages
    bool levelAsked = false;    // --level given: a slide falls back from it only with a word
    QString focus;
    int hops = 1;
    PicturePreset preset = PicturePreset::Natural;
    double scale = 1.0;
    QString output;
    PictureFormat format = PictureFormat::Svg;
    AnalysisOptions analysis; // --rev
    QString since;            // --since REV: a picture of what changed since REV
};

// A picture of a change: what changed since the earlier state, and how to name it.
struct Since
{
    SnapshotPtr before; // the earlier state, at the module level
    SnapshotPtr now;    // the current state at the module level: changes are the modules'
    std::shared_ptr<const ChangeSet> changes;
    QString label; // "HEAD~1 (1a2b3c4d5e, summary)"
    QString to;    // --rev REV2, named likewise; empty: the work tree
};

// Reads the options; on a mistake says why and leaves `exitCode` set.
std::optional<Request> parse(QStringList arguments, int &exitCode)
{
    if (arguments.value(1) == QLatin1String("export"))
        arguments.removeAt(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Write a picture of a Python project's imports."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                 ExportCommand::tr("The project's folder."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  ExportCommand::tr("graph, matrix or treemap."),
                                  QStringLiteral("view"), QStringLiteral("graph"));
    QStringList metricKeys;
    for (const Metric m : MetricChoice::all())
        metricKeys << QLatin1String(keyOf(m));
    const QCommandLineOption metric(
        QStringLiteral("metric"),
        ExportCommand::tr("What colours the nodes: %1.").arg(metricKeys.join(QStringLiteral(", "))),
        QStringLiteral("M"), QStringLiteral("level"));
    const QCommandLineOption level(
        QStringLiteral("level"),
        ExportCommand::tr("structure (packages opened until about 40 boxes show; the default), "
                          "module or package."),
        QStringLiteral("level"), QStringLiteral("structure"));
    const QCommandLineOption depth(
        QStringLiteral("depth"),
        ExportCommand::tr("Package level: dotted components kept (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption focus(
        QStringLiteral("focus"), ExportCommand::tr("Show only this module and its neighbourhood."),
        QStringLiteral("MODULE"));
    const QCommandLineOption hops(
        QStringLiteral("hops"),
        ExportCommand::tr("Imports away from the focus that are shown (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    ExportCommand::tr("slide, a4 or natural."),
                                    QStringLiteral("preset"), QStringLiteral("natural"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   ExportCommand::tr("PNG pixels per picture pixel (default 1)."),
                                   QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        ExportCommand::tr("The file to write: .svg, .png, .pdf or .dot."), QStringLiteral("FILE"));
    const QCommandLineOption revision = CommandLine::revisionOption();
    const QCommandLineOption since(
        QStringLiteral("since"),
        ExportCommand::tr("Draw what changed since git revision REV: added modules and imports "
                          "marked, removed ones as ghosts, new cycles highlighted."),
        QStringLiteral("REV"));
    const QCommandLineOption churn = CommandLine::churnOption();
    const QCommandLineOption noCache = CommandLine::noCacheOption();
    const QCommandLineOption exclude = CommandLine::excludeOption();
    parser.addOptions({view, metric, level, depth, focus, hops, preset, scale, output, revision,
                       since, churn, noCache, exclude});
    exitCode = UsageError;
    const auto usage = [&](const QString &message) {
        err() << QStringLiteral("headroom: ") << message << Qt::endl;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CommandLine::printOut(CommandLine::helpText(parser, QStringLiteral("export")));
        exitCode = Success;
        return std::nullopt;
    }
    Request r;
    if (parser.positionalArguments().size() != 1)
        return usage(ExportCommand::tr("export takes one folder; see 'headroom export --help'"));
    r.folder = parser.positionalArguments().first();
    if (!CommandLine::readRevision(parser, revision, &r.analysis) ||
        !CommandLine::readChurn(parser, churn, &r.analysis))
        return std::nullopt;
    CommandLine::readCache(parser, noCache, &r.analysis);
    r.analysis.scan.exclude = parser.values(exclude);
    r.view = parser.value(view);
    if (r.view != QLatin1String("graph") && r.view != QLatin1String("matrix") &&
        r.view != QLatin1String("treemap"))
        return usage(ExportCommand::tr("unknown view '%1' (graph, matrix or treemap)").arg(r.view));
    const std::optional<Metric> m = enumFromKey<Metric>(parser.value(metric));
    if (!m)
        return usage(ExportCommand::tr("unknown metric '%1'; see 'headroom export --help'")
                         .arg(parser.value(metric)));
    r.metric = *m;
    bool ok = false;
    r.levelAsked = parser.isSet(level);
    if (parser.value(level) == QLatin1String("package")) {
        r.depth = parser.value(depth).toInt(&ok);
        if (!ok || r.depth < 1)
            return usage(ExportCommand::tr("--depth takes a whole number from 1"));
    } else if (parser.value(level) == QLatin1String("module")) {
        r.depth = 0;
    } else if (parser.value(level) != QLatin1String("structure")) {
        return usage(ExportCommand::tr("unknown level '%1' (structure, module or package)")
                         .arg(parser.value(level)));
    }
    r.focus = parser.value(focus);
    r.hops = parser.value(hops).toInt(&ok);
    if (!ok || r.hops < 0)
        return usage(ExportCommand::tr("--hops takes a whole number from 0"));
    const std::optional<PicturePreset> p = enumFromKey<PicturePreset>(parser.value(preset));
    if (!p)
        return usage(ExportCommand::tr("unknown preset '%1' (slide, a4 or natural)")
                         .arg(parser.value(preset)));
    r.preset = *p;
    r.scale = parser.value(scale).toDouble(&ok);
    if (!ok || r.scale < 0.1 || r.scale > 8)
        return usage(ExportCommand::tr("--scale takes a number from 0.1 to 8"));
    r.output = parser.value(output);
    if (r.output.isEmpty())
        return usage(ExportCommand::tr("say where to write the picture with -o FILE"));
    const std::optional<PictureFormat> format = PictureExport::formatForPath(r.output);
    if (!format)
        return usage(
            ExportCommand::tr("cannot tell the format of %1: end it in .svg, .png, .pdf or .dot")
                .arg(r.output));
    r.format = *format;
    if (r.format == PictureFormat::Dot && r.view != QLatin1String("graph"))
        return usage(ExportCommand::tr("only the graph view can be written as DOT"));
    if (!r.focus.isEmpty() && r.view != QLatin1String("graph"))
        return usage(ExportCommand::tr("--focus applies to the graph view only"));
    if (parser.isSet(since)) {
        r.since = parser.value(since).trimmed();
        if (r.since.isEmpty())
            return usage(
                ExportCommand::tr("--since takes a revision, as HEAD~1, v2.0 or a commit id"));
        if (r.view != QLatin1String("graph"))
            return usage(ExportCommand::tr("--since applies to the graph view only"));
    }
    exitCode = Success;
    return r;
}

// Whether `name` is a module or package of the project (every package that holds a module
// is a node, a namespace one too): a focus must be one, a misspelt name would otherwise be
// drawn as the package around it.
bool isProjectName(const ImportGraph &modules, const QString &name)
{
    const int id = modules.find(name);
    return id >= 0 && modules.isInternal(id);
}

// The shown node that stands for `name`: itself, or the package it was merged into.
int findShown(const ImportGraph &graph, const QString &name)
{
    const int id = holderIn(graph, name);
    return id >= 0 && graph.isInternal(id) ? id : -1;
}

QString titleOf(const Request &r, const Analysis &analysis)
{
    const QString level = r.depth == StructureDepth ? ExportCommand::tr("structure")
                          : r.depth == 0            ? ExportCommand::tr("modules")
                                         : ExportCommand::tr("packages, depth %1").arg(r.depth);
    QString what = r.view == QLatin1String("matrix")    ? ExportCommand::tr("Dependency matrix")
                   : r.view == QLatin1String("treemap") ? ExportCommand::tr("Treemap")
                                                        : ExportCommand::tr("Import graph");
    QString title = ExportCommand::tr("%1 of %2 (%3)").arg(what, analysis.scan.projectName, level);
    if (!r.focus.isEmpty())
        title += ExportCommand::tr(", around %1 (%n import(s) away)", nullptr, r.hops).arg(r.focus);
    return title;
}

} // namespace

namespace {

// One export's scene with what the page says about it.
struct Drawn
{
    std::unique_ptr<QGraphicsScene> scene;
    std::optional<Legend> legend;
    QString description;
    QString colour; // what the colour means, when the title says it
    double labelPixelSize = NodeItem::LabelPixelSize;
    QStringList warnings;
    QString error;
};

Drawn draw(const Request &r, const Snapshot &snapshot, const Since &since)
{
    Drawn d;
    const Analysis &analysis = *snapshot.analysis;
    // A picture of a change draws the union of both states' modules, the lost parts as
    // ghosts, projected as the picture asks.
    const ImportGraph moduleGraph =
        since.changes ? unionGraph(since.now->graph(), *since.changes) : snapshot.graph();
    std::optional<StructurePicture> structure;
    // A focus at the structure or module level is a structure map of its neighbourhood.
    if (r.depth == StructureDepth || (r.depth == 0 && !r.focus.isEmpty())) {
        GraphPictureOptions options;
        options.metric = r.metric;
        options.budget = snapshot.settings().metrics.budget;
        options.changes = since.changes;
        options.measures = snapshot.measures;
        if (r.focus.isEmpty()) {
            structure =
                makeStructurePicture(analysis, moduleGraph, snapshot.firstOpen,
                                     snapshot.settings().metrics, snapshot.calls.get(), options);
        } else {
            const int node = findShown(moduleGraph, r.focus);
            if (node < 0) {
                d.error = ExportCommand::tr("%1 is not a module of %2")
                              .arg(r.focus, analysis.scan.projectName);
                return d;
            }
            const FocusGraph focus = focusGraph(moduleGraph, node, r.hops);
            structure =
                makeStructurePicture(analysis, focus.graph, focusOpenPackages(focus),
                                     snapshot.settings().metrics, snapshot.calls.get(), options);
        }
    }
    // A plain picture of a change is laid out by the union's metrics (a ghost above what it
    // imported) and coloured by the later state's alone (GraphPictureOptions::heat).
    std::optional<ImportGraph> projected;
    std::vector<int> mapping;
    std::optional<Metrics> unionMetrics;
    if (since.changes && !structure) {
        projected =
            r.depth > 0 ? projectToDepth(moduleGraph, r.depth, false, &mapping) : moduleGraph;
        unionMetrics = computeMetrics(analysis, *projected, snapshot.settings().metrics,
                                      snapshot.calls.get(), snapshot.measures.get());
    }
    const ImportGraph &graph = structure   ? structure->graph
                               : projected ? *projected
                                           : snapshot.graph();
    const Metrics &metrics = structure      ? structure->metrics
                             : unionMetrics ? *unionMetrics
                                            : snapshot.review.metrics;
    if (r.view == QLatin1String("graph")) {
        GraphPictureOptions picture;
        picture.metric = r.metric;
        picture.budget = snapshot.settings().metrics.budget;
        picture.cycleKinds = snapshot.settings().metrics.cycles.kinds;
        picture.changes = since.changes;
        picture.focus = r.focus;
        if (since.changes && !structure) {
            picture.marks = std::make_shared<const ChangeMarks>(
                changeMarks(moduleGraph, *since.changes, graph, mapping));
            picture.heat = std::make_shared<const MeasuredGraph>(
                laterState(analysis, graph, *picture.marks, snapshot.settings().metrics,
                           snapshot.calls.get(), snapshot.measures.get()));
        }
        std::unique_ptr<GraphScene> graphScene;
        if (structure) {
            graphScene = std::make_unique<GraphScene>(analysis, *structure, picture);
        } else {
            if (!r.focus.isEmpty()) {
                const int node = findShown(graph, r.focus);
                if (node < 0) {
                    d.error = ExportCommand::tr("%1 is not a module of %2")
                                  .arg(r.focus, analysis.scan.projectName);
                    return d;
                }
                picture.nodes = focusNeighbourhood(graph, node, r.hops);
            }
            QString error;
            graphScene = makeGraphScene(analysis, graph, metrics, picture, &error, &d.warnings);
            if (!graphScene) {
                d.error = ExportCommand::tr("cannot lay out the graph: %1").arg(error);
                return d;
            }
        }
        d.legend = Legend(r.metric, graphScene->scale());
        d.legend->setShowsContainers(graphScene->isStructureMap());
        d.legend->setGraphKey(graphScene->legendKey());
        d.legend->setChangesSince(since.label);
        d.description = ExportCommand::tr("%1 nodes coloured by %2, imports pointing down to the "
                                          "foundation, cuts pointing up")
                            .arg(graphScene->nodeItems().size())
                            .arg(MetricChoice::name(r.metric));
        d.scene = std::move(graphScene);
    } else if (r.view == QLatin1String("matrix")) {
        auto *matrix = makeMatrixScene(analysis, graph, metrics);
        d.scene.reset(matrix);
        if (auto *m = qobject_cast<MatrixScene *>(matrix))
            d.legend = m->legend();
        d.labelPixelSize = 0; // the matrix sizes its own headers
    } else {
        Legend legend(r.metric, MetricChoice::scale(r.metric, metrics, graph, HeadBudget{}));
        legend.setShowsEdges(false);
        d.legend = legend;
        d.colour = TreemapScene::colourTitle(r.metric);
        d.description = d.colour;
        // Laid out for the page, so that its names come out at their size; the treemap
        // leaves out what it cannot print legibly.
        PictureOptions page;
        page.preset = r.preset;
        page.legend = legend;
        const QSizeF area = PictureExport::sceneArea(page);
        TreemapScene *treemap = makeTreemapScene(analysis, graph, metrics, r.metric,
                                                 area.isEmpty() ? TreemapScene::defaultCanvas()
                                                                : TreemapScene::canvasFor(area));
        if (treemap) {
            legend.setShowsAggregates(treemap->hasAggregates());
            legend.setShowsMembers(treemap->hasMembers());
            d.legend = legend;
        }
        d.scene.reset(treemap);
        d.labelPixelSize = 0;
    }
    if (!d.scene)
        d.error = ExportCommand::tr("cannot draw the %1 view").arg(r.view);
    return d;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    int exitCode = Success;
    std::optional<Request> r = parse(arguments, exitCode);
    if (!r)
        return exitCode;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err() << tr("headroom: export needs a QApplication (pictures are graphics scenes)")
              << Qt::endl;
        return Failure;
    }
    // A focus inside a package of the level asked for would be drawn as that package (all of
    // `django` for django.db at depth 1): the picture goes down to the focus's own depth.
    const int askedDepth = r->depth;
    if (const int own = int(r->focus.count(QLatin1Char('.'))) + 1;
        r->depth > 0 && !r->focus.isEmpty() && own > r->depth)
        r->depth = own;
    PipelineOptions pipeline;
    pipeline.analysis = r->analysis;
    pipeline.packageDepth = std::max(0, r->depth);
    pipeline.includeExternal = false;
    SnapshotPtr snapshot = CommandLine::analyse(r->folder, pipeline);
    if (!snapshot)
        return Failure;
    CommandLine::printProblems(*snapshot);
    const AnalysisPtr analysis = snapshot->analysis;
    if (!r->focus.isEmpty() && !isProjectName(analysis->graph, r->focus)) {
        err() << tr("headroom: %1 is not a module of %2").arg(r->focus, analysis->scan.projectName)
              << Qt::endl;
        return Failure;
    }
    if (r->depth != askedDepth)
        err() << tr("headroom: %1 lies inside %2 at depth %3: drawing depth %4, where it is a "
                    "box of its own")
                     .arg(r->focus, r->focus.section(QLatin1Char('.'), 0, askedDepth - 1))
                     .arg(askedDepth)
                     .arg(r->depth)
              << Qt::endl;

    Since since;
    // The earlier state with the same flags, then what changed since it: always the modules
    // (a package picture shows the modules added and removed inside its boxes).
    if (!r->since.isEmpty()) {
        PipelineOptions then = pipeline;
        then.analysis.scan.revision = r->since;
        then.packageDepth = 0;
        then.callGraph = false; // only the import graph is compared
        since.before = CommandLine::analyse(r->folder, then);
        if (!since.before)
            return Failure;
        const GitRevision *revision = since.before->analysis->scan.revision.get();
        since.label = revision
                          ? ChangeStyle::since(r->since, revision->commitId(), revision->summary())
                          : r->since;
        if (const GitRevision *later = analysis->scan.revision.get())
            since.to =
                ChangeStyle::since(r->analysis.scan.revision, later->commitId(), later->summary());
        since.now = pipeline.packageDepth > 0 ? reviewAt(*snapshot, 0, false) : snapshot;
        since.changes = std::make_shared<const ChangeSet>(
            compareOutlines(outlineOf(since.before->graph(), since.before->review.metrics),
                            outlineOf(since.now->graph(), since.now->review.metrics)));
    }

    PictureOptions options;
    options.project = QDir::toNativeSeparators(analysis->scan.folder);
    options.preset = r->preset;
    options.scale = r->scale;
    Drawn drawn;
    Picture picture;
    const auto render = [&] {
        drawn = draw(*r, *snapshot, since);
        if (!drawn.error.isEmpty())
            return false;
        options.title = titleOf(*r, *analysis);
        if (since.changes)
            options.title =
                since.to.isEmpty()
                    ? tr("Changes since %1 · %2").arg(since.label, options.title)
                    : tr("Changes from %1 to %2 · %3").arg(since.label, since.to, options.title);
        if (!drawn.colour.isEmpty())
            options.title = tr("%1 · %2").arg(options.title, drawn.colour);
        options.legend = drawn.legend;
        options.description = drawn.description;
        options.labelPixelSize = drawn.labelPixelSize;
        if (auto *matrix = qobject_cast<MatrixScene *>(drawn.scene.get())) {
            if (const QString note = matrix->fitToPage(options); !note.isEmpty())
                err() << tr("headroom: %1").arg(note) << Qt::endl;
            options.legend = matrix->legend(); // its key at the level chosen
        }
        if (r->format != PictureFormat::Dot)
            picture = PictureExport::render(*drawn.scene, r->format, options);
        return true;
    };
    if (!render()) {
        err() << tr("headroom: %1").arg(drawn.error) << Qt::endl;
        return Failure;
    }
    // A slide or a page never carries labels too small to read: a level that cannot be drawn
    // legibly there gives way to the structure map, which fits.
    const bool illegible =
        picture.ok() && drawn.labelPixelSize > 0 &&
        picture.labelPoints + 1e-6 < PictureExport::minimumLabelPoints(r->preset);
    if (illegible && r->preset != PicturePreset::Natural && r->depth != StructureDepth &&
        r->focus.isEmpty() && r->view == QLatin1String("graph")) {
        err() << tr("headroom: the %1 cannot be drawn legibly on this page (labels at %2 pt): "
                    "drawing the structure map that fits instead")
                     .arg(r->depth == 0 ? tr("module level") : tr("package level %1").arg(r->depth))
                     .arg(picture.labelPoints, 0, 'f', 1)
              << Qt::endl;
        r->depth = StructureDepth;
        snapshot = reviewAt(*snapshot, 0, false);
        if (!render()) {
            err() << tr("headroom: %1").arg(drawn.error) << Qt::endl;
            return Failure;
        }
    }
    if (r->format == PictureFormat::Dot) {
        auto *graphScene = dynamic_cast<GraphScene *>(drawn.scene.get());
        QString writeError;
        if (!graphScene ||
            !PictureExport::write(r->output,
                                  PictureExport::graphDot(*graphScene, options.title, since.label),
                                  &writeError)) {
            err() << tr("headroom: cannot write %1: %2").arg(r->output, writeError) << Qt::endl;
            return Failure;
        }
    } else {
        for (const QString &w : drawn.warnings + picture.warnings)
            err() << tr("headroom: warning: %1").arg(w) << Qt::endl;
        if (!picture.ok()) {
            err() << tr("headroom: cannot draw the picture: %1").arg(picture.error) << Qt::endl;
            return Failure;
        }
        QString error;
        if (!PictureExport::write(r->output, picture.data, &error)) {
            err() << tr("headroom: cannot write %1: %2").arg(r->output, error) << Qt::endl;
            return Failure;
        }
    }
    CommandLine::printOut(
        tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(r->output).absoluteFilePath())) +
        QLatin1Char('\n'));
    return Success;
}

} // namespace headroom
