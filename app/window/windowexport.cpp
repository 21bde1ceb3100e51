#include "windowexport.h"

#include "graphscene.h"
#include "pictureexport.h"
#include "treemapscene.h"

#include <QFileInfo>

namespace headroom {

bool WindowExport::write(QGraphicsScene &scene, const std::optional<Legend> &legend, int tab,
                         const QString &project, const QString &file, QString *error)
{
    const std::optional<PictureFormat> format = PictureExport::formatForPath(file);
    if (!format) {
        *error = tr("the file name must end in .svg, .png, .pdf or .dot");
        return false;
    }
    const QString titles[] = {tr("Import graph"), tr("Dependency structure matrix"),
                              tr("Cohesion treemap")};
    QString title = titles[std::clamp(tab, 0, 2)];
    if (const auto *treemap = qobject_cast<const TreemapScene *>(&scene))
        title = tr("Treemap · %1").arg(TreemapScene::colourTitle(treemap->metric()));
    QByteArray data;
    if (*format == PictureFormat::Dot) {
        auto *graph = qobject_cast<GraphScene *>(&scene);
        if (!graph) {
            *error = tr("only the graph exports to DOT");
            return false;
        }
        data = PictureExport::graphDot(*graph, title, legend ? legend->changesSince() : QString());
    } else {
        PictureOptions options;
        options.title = title;
        options.project = project;
        options.legend = legend;
        // "deps.slide.svg": a preset's key as a part of the name's suffix.
        const QStringList parts =
            QFileInfo(file).completeSuffix().toLower().split(QLatin1Char('.'));
        for (const QString &part : parts) {
            if (const std::optional<PicturePreset> preset = enumFromKey<PicturePreset>(part))
                options.preset = *preset;
        }
        const Picture picture = PictureExport::render(scene, *format, options);
        if (!picture.ok()) {
            *error = picture.error;
            return false;
        }
        data = picture.data;
    }
    return PictureExport::write(file, data, error);
}

} // namespace headroom
