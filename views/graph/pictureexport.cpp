#include "pictureexport.h"

#include "outputfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace headroom {

namespace {

constexpr double PointsPerPixel = 0.75; // 72 / 96
constexpr double MaxUpscale = 1.5;
constexpr int MaxViewerPixels = 16384; // past this a small graph looks like a poster
const QSizeF SlideSize(1920, 1080);
const QSizeF A4Size(794, 1123);

struct Style
{
    double margin;
    int titlePixels;
    int subtitlePixels;
    double legendScale;
};

Style styleOf(PicturePreset preset)
{
    switch (preset) {
    case PicturePreset::Slide:
        return {40, 34, 20, 1.0};
    case PicturePreset::A4:
        return {36, 22, 14, 0.8};
    case PicturePreset::Natural:
        break;
    }
    return {28, 26, 16, 1.0};
}

QFont headerFont(int pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// Where everything goes on the page, in logical pixels.
struct Page
{
    QSizeF size;
    QRectF title;
    QRectF subtitle;
    QRectF scene; // the scene's rectangle scaled into the page
    QPointF legend;
    double scale = 1.0;
};

// The title, the subtitle and the gap below them.
double headerHeightOf(const Style &style)
{
    return QFontMetricsF(headerFont(style.titlePixels, true)).height() + 4 +
           QFontMetricsF(headerFont(style.subtitlePixels, false)).height() + style.margin / 2;
}

Page arrange(const QRectF &source, const PictureOptions &options)
{
    const Style style = styleOf(options.preset);
    Page page;
    const double gap = style.margin / 2;
    const double titleHeight = QFontMetricsF(headerFont(style.titlePixels, true)).height();
    const double subtitleHeight = QFontMetricsF(headerFont(style.subtitlePixels, false)).height();
    const double headerHeight = headerHeightOf(style);
    const QSizeF legend = options.legend ? options.legend->size() * style.legendScale : QSizeF();
    const QSizeF scene = source.size().expandedTo(QSizeF(1, 1));

    bool legendBelow = false;
    if (options.preset == PicturePreset::Natural) {
        page.scale = 1.0;
        page.size =
            QSizeF(2 * style.margin + scene.width() + (legend.isEmpty() ? 0 : gap + legend.width()),
                   2 * style.margin + headerHeight + std::max(scene.height(), legend.height()));
    } else {
        QSizeF paper = options.preset == PicturePreset::Slide ? SlideSize : A4Size;
        if (options.preset == PicturePreset::A4 && scene.width() > scene.height())
            paper.transpose();
        page.size = paper;
        const QSizeF content(paper.width() - 2 * style.margin,
                             paper.height() - 2 * style.margin - headerHeight);
        // Legend beside or below the picture, whichever leaves the picture bigger.
        const auto fit = [&](QSizeF area) {
            return std::min(
                {area.width() / scene.width(), area.height() / scene.height(), MaxUpscale});
        };
        const double beside = fit(QSizeF(
            content.width() - (legend.isEmpty() ? 0 : legend.width() + gap), content.height()));
        const double below = fit(QSizeF(
            content.width(), content.height() - (legend.isEmpty() ? 0 : legend.height() + gap)));
        legendBelow = !legend.isEmpty() && below > beside;
        page.scale = std::max(legendBelow ? below : beside, 1e-3);
    }
    const double top = style.margin;
    page.title = QRectF(style.margin, top, page.size.width() - 2 * style.margin, titleHeight);
    page.subtitle = QRectF(style.margin, top + titleHeight + 4, page.title.width(), subtitleHeight);
    const QRectF content(style.margin, top + headerHeight, page.size.width() - 2 * style.margin,
                         page.size.height() - top - headerHeight - style.margin);
    const QSizeF drawn = scene * page.scale;
    if (legendBelow) {
        const double areaHeight = content.height() - legend.height() - gap;
        page.scene = QRectF(content.left() + (content.width() - drawn.width()) / 2,
                            content.top() + (areaHeight - drawn.height()) / 2, drawn.width(),
                            drawn.height());
        page.legend = QPointF(content.right() - legend.width(), content.bottom() - legend.height());
    } else {
        const double areaWidth = content.width() - (legend.isEmpty() ? 0 : legend.width() + gap);
        page.scene = QRectF(content.left() + (areaWidth - drawn.width()) / 2, content.top(),
                            drawn.width(), drawn.height());
        if (options.preset != PicturePreset::Natural)
            page.scene.moveTop(content.top() + (content.height() - drawn.height()) / 2);
        page.legend = QPointF(content.right() - legend.width(), content.top());
    }
    return page;
}

void paintPage(QPainter &painter, QGraphicsScene &scene, const QRectF &source, const Page &page,
               const PictureOptions &options)
{
    const Style style = styleOf(options.preset);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(), page.size), Qt::white);
    painter.setPen(QColor(0x11, 0x11, 0x11));
    QFont titleFont = headerFont(style.titlePixels, true);
    while (titleFont.pixelSize() > style.subtitlePixels &&
           QFontMetricsF(titleFont).horizontalAdvance(options.title) > page.title.width())
        titleFont.setPixelSize(titleFont.pixelSize() - 1);
    painter.setFont(titleFont);
    painter.drawText(
        page.title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(options.title, Qt::ElideRight, page.title.width()));
    painter.setPen(QColor(0x55, 0x5b, 0x63));
    painter.setFont(headerFont(style.subtitlePixels, false));
    const QString date = QLocale().toString(options.date, QLocale::LongFormat);
    painter.drawText(
        page.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
        options.project.isEmpty() ? date : PictureExport::tr("%1 · %2").arg(options.project, date));
    scene.render(&painter, page.scene, source, Qt::KeepAspectRatio);
    if (options.legend) {
        painter.save();
        painter.translate(page.legend);
        painter.scale(style.legendScale, style.legendScale);
        options.legend->paint(&painter, QPointF());
        painter.restore();
    }
}

} // namespace

std::optional<PictureFormat> PictureExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gv"))
        return PictureFormat::Dot;
    return enumFromKey<PictureFormat>(suffix);
}

double PictureExport::minimumLabelPoints(PicturePreset preset)
{
    switch (preset) {
    case PicturePreset::Slide:
        return 11.0;
    case PicturePreset::A4:
        return 7.0;
    case PicturePreset::Natural:
        break;
    }
    return 0.0;
}

double PictureExport::sceneScale(const QRectF &sceneRect, const PictureOptions &options)
{
    return arrange(sceneRect, options).scale;
}

QSizeF PictureExport::sceneArea(const PictureOptions &options)
{
    if (options.preset == PicturePreset::Natural)
        return {};
    const Style style = styleOf(options.preset);
    const QSizeF paper = options.preset == PicturePreset::Slide ? SlideSize : A4Size.transposed();
    const double legend =
        options.legend ? options.legend->size().width() * style.legendScale + style.margin / 2
                       : 0.0;
    return QSizeF(paper.width() - 2 * style.margin - legend,
                  paper.height() - 2 * style.margin - headerHeightOf(style));
}

Picture PictureExport::render(QGraphicsScene &scene, PictureFormat format,
                              const PictureOptions &options)
{
    Picture picture;
    const QRectF source = scene.sceneRect();
    const Page page = arrange(source, options);
    picture.pageSize = page.size;
    picture.sceneScale = page.scale;
    picture.labelPoints = options.labelPixelSize * page.scale * PointsPerPixel;
    if (scene.items().isEmpty())
        picture.warnings.append(tr("The picture is empty."));
    const double minimum = minimumLabelPoints(options.preset);
    if (options.labelPixelSize > 0 && picture.labelPoints + 1e-6 < minimum) {
        picture.warnings.append(
            tr("Labels come out at %1 pt, under the %2 pt that stay legible at this size: the "
               "picture is too large. Show less (a package level or a focus) or use the "
               "natural size.")
                .arg(QLocale().toString(picture.labelPoints, 'f', 1))
                .arg(QLocale().toString(minimum, 'f', 0)));
    }
    // Browsers and image viewers give up past about 16,384 pixels a side.
    const double scale = format == PictureFormat::Png ? std::clamp(options.scale, 0.1, 8.0) : 1.0;
    const QSizeF pixels = page.size * scale;
    if (std::max(pixels.width(), pixels.height()) > MaxViewerPixels) {
        picture.warnings.append(
            tr("The picture is %1 x %2 px: many viewers cannot open one past %3 px a side. "
               "Use the slide or a4 preset, or show less (a package level or a focus).")
                .arg(QLocale().toString(qRound(pixels.width())))
                .arg(QLocale().toString(qRound(pixels.height())))
                .arg(QLocale().toString(MaxViewerPixels)));
    }

    QBuffer buffer(&picture.data);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case PictureFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(page.size.toSize());
        generator.setViewBox(QRectF(QPointF(), page.size));
        generator.setResolution(96);
        generator.setTitle(options.title);
        generator.setDescription(options.description);
        QPainter painter;
        if (!painter.begin(&generator)) {
            picture.error = tr("cannot paint the SVG");
            break;
        }
        paintPage(painter, scene, source, page, options);
        painter.end();
        break;
    }
    case PictureFormat::Png: {
        const double scale = std::clamp(options.scale, 0.1, 8.0);
        QImage image((page.size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            picture.error = tr("the image would be too large");
            break;
        }
        const int dotsPerMeter = qRound(96.0 / 0.0254 * scale);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QPainter painter(&image);
        // Scaled by hand: a device pixel ratio under 1 is not supported.
        painter.scale(double(image.width()) / page.size.width(),
                      double(image.height()) / page.size.height());
        paintPage(painter, scene, source, page, options);
        painter.end();
        picture.pixelSize = image.size();
        if (!image.save(&buffer, "PNG"))
            picture.error = tr("cannot encode the PNG");
        break;
    }
    case PictureFormat::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Headroom"));
        writer.setPageMargins(QMarginsF());
        writer.setPageSize(QPageSize(page.size * PointsPerPixel, QPageSize::Point));
        QPainter painter;
        if (!painter.begin(&writer)) {
            picture.error = tr("cannot paint the PDF");
            break;
        }
        // The writer rounds its page to whole device pixels; map the logical page onto it.
        painter.scale(writer.width() / page.size.width(), writer.height() / page.size.height());
        paintPage(painter, scene, source, page, options);
        painter.end();
        break;
    }
    case PictureFormat::Dot:
        picture.error = tr("DOT is written from the graph, not painted");
    }
    buffer.close();
    if (!picture.error.isEmpty())
        picture.data.clear();
    return picture;
}

bool PictureExport::write(const QString &path, const QByteArray &data, QString *error)
{
    QString reason;
    if (writeOutput(path, data, &reason))
        return true;
    if (error)
        *error = reason;
    return false;
}

} // namespace headroom
