#include "report.h"

#include "graphscene.h"
#include "metrics.h"
#include "pictureexport.h"
#include "structurepicture.h"

#include <QApplication>
#include <QDir>

namespace headroom {

QByteArray Report::svg(const Snapshot &snapshot, QString *error)
{
    const Analysis &analysis = *snapshot.analysis;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    // The picture is a QGraphicsScene, which needs a QApplication (style, fonts).
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(tr("drawing needs a QApplication; run with QT_QPA_PLATFORM=offscreen "
                       "when there is no display"));
    // The structure map a first look opens on: packages opened until it fits the budget.
    const SnapshotPtr reviewed = reviewAt(snapshot, 0, false);
    GraphPictureOptions picture;
    picture.metric = Metric::Level;
    picture.budget = snapshot.settings().metrics.budget;
    picture.cycleKinds = snapshot.settings().metrics.cycles.kinds;
    picture.measures = snapshot.measures;
    const StructurePicture structure =
        makeStructurePicture(analysis, reviewed->graph(), snapshot.firstOpen,
                             snapshot.settings().metrics, snapshot.calls.get(), picture);
    const Metrics &metrics = structure.metrics;
    const auto scene = std::make_unique<GraphScene>(analysis, structure, picture);

    PictureOptions options;
    options.title = tr("%1: import graph, %2 modules, %3 import edges shown")
                        .arg(analysis.scan.projectName)
                        .arg(analysis.scan.files.size())
                        .arg(scene->edgeItems().size());
    options.project = QDir::toNativeSeparators(analysis.scan.folder);
    options.description = tr("Levels from the foundation (level 0) at the bottom upwards; "
                             "%n level(s) deep.",
                             nullptr, metrics.depth);
    options.legend = Legend(Metric::Level, scene->scale());
    options.legend->setShowsContainers(true);
    options.legend->setGraphKey(scene->legendKey());
    options.preset = PicturePreset::Natural;
    const Picture result = PictureExport::render(*scene, PictureFormat::Svg, options);
    if (!result.ok())
        return fail(result.error);
    return result.data;
}

} // namespace headroom
