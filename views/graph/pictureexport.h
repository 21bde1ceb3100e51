#pragma once

#include "legend.h"
#include "nodeitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <cstdint>
#include <optional>

class QGraphicsScene;

namespace headroom {

class GraphScene;

enum class PictureFormat : std::uint8_t
{
    Svg,
    Png,
    Pdf,
    Dot
};
// The file name suffixes (".gv" is also read as DOT).
constexpr std::array<EnumKey<PictureFormat>, 4> keyTable(PictureFormat)
{
    return {{{PictureFormat::Svg, "svg"},
             {PictureFormat::Png, "png"},
             {PictureFormat::Pdf, "pdf"},
             {PictureFormat::Dot, "dot"}}};
}
static_assert(keyTableIsComplete<PictureFormat>(4));

// The page a picture is composed on. Sizes are logical pixels at 96 dpi (0.75 pt each).
enum class PicturePreset : std::uint8_t
{
    Natural, // the scene at 1:1 with the header and legend around it
    Slide,   // 16:9, 1920 x 1080
    A4,      // 794 x 1123, portrait or landscape, whichever fits the picture better
};
// --preset, and the middle of a file name such as "deps.slide.svg".
constexpr std::array<EnumKey<PicturePreset>, 3> keyTable(PicturePreset)
{
    return {{{PicturePreset::Natural, "natural"},
             {PicturePreset::Slide, "slide"},
             {PicturePreset::A4, "a4"}}};
}
static_assert(keyTableIsComplete<PicturePreset>(3));

struct PictureOptions
{
    QString title;   // the header's first line
    QString project; // the header's second line, followed by the date
    QDate date = QDate::currentDate();
    QString description; // SVG <desc>
    std::optional<Legend> legend;
    PicturePreset preset = PicturePreset::Natural;
    double scale = 1.0; // PNG: device pixels per logical pixel
    // The size (scene units) of the scene's smallest label text, checked against what stays
    // legible at the preset; 0 when the scene has no text to check.
    double labelPixelSize = NodeItem::LabelPixelSize;
};

struct Picture
{
    QByteArray data;
    QSizeF pageSize;         // logical pixels
    QSize pixelSize;         // PNG: the image's size
    double sceneScale = 1.0; // page pixels per scene unit
    double labelPoints = 0;  // the labels' size on the page, in points
    QStringList warnings;    // e.g. labels too small to read at this preset
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty() && !data.isEmpty(); }
};

// Exports any picture scene (graph, matrix, treemap): a header with the title, the project
// and the date above the scene, the legend beside or below it, on the preset's page, as
// SVG (text stays text), PNG or PDF. Scenes need a QApplication; without a display use
// the offscreen platform.
class PictureExport
{
    Q_DECLARE_TR_FUNCTIONS(PictureExport)

public:
    [[nodiscard]] static std::optional<PictureFormat> formatForPath(const QString &path);
    // The smallest label size, in points, that stays legible at the preset: 11 pt on a
    // projected slide, 7 pt on printed A4; the natural size prints labels at 1:1.
    [[nodiscard]] static double minimumLabelPoints(PicturePreset preset);

    // Page pixels per scene unit when a scene of `sceneRect` is composed on the page.
    [[nodiscard]] static double sceneScale(const QRectF &sceneRect, const PictureOptions &options);
    // The room the preset's page leaves a picture beside the header and the legend, at 1:1,
    // for a scene that can be laid out to any size (the treemap): the page is landscape.
    // Empty for the natural size, which takes any.
    [[nodiscard]] static QSizeF sceneArea(const PictureOptions &options);

    // SVG, PNG or PDF of `scene`; Dot is refused here (see graphDot). A title too wide for
    // the page is set smaller, down to the subtitle's size, then elided.
    [[nodiscard]] static Picture render(QGraphicsScene &scene, PictureFormat format,
                                        const PictureOptions &options);
    // The graph picture's nodes and edges as DOT, with their colours, levels as ranks. A
    // picture of a change carries its marks (as classes too: added, removed, new-cycle) and
    // a cluster with the key to them, headed "Changes since `changesSince`".
    [[nodiscard]] static QByteArray graphDot(const GraphScene &scene, const QString &title,
                                             const QString &changesSince = {});

    // Writes as writeOutput() does: atomically (QSaveFile), the old file whole until the new
    // one is; a device or pipe is written to, never replaced.
    [[nodiscard]] static bool write(const QString &path, const QByteArray &data, QString *error);
};

} // namespace headroom
