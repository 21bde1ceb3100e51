#pragma once

#include "pipeline.h"

#include <QByteArray>
#include <QCoreApplication>

namespace headroom {

// The project's import graph as an SVG picture: the structure map a first look opens on
// (Snapshot::firstOpen: packages opened until at most MaxFittingBoxes boxes show), layered with
// the foundation at the bottom, coloured by level, with the legend, titled with the project,
// date and counts. Painted by
// the graph scene and PictureExport, so it needs a QApplication (a QGraphicsScene needs
// the widgets' style and fonts; a QGuiApplication is not enough): without a display,
// create one on the offscreen platform (QT_QPA_PLATFORM=offscreen). Under a plain
// QCoreApplication or a QGuiApplication svg() fails with an error saying so.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    // Drawn from the snapshot reviewed again at the legible depth, with its settings.
    [[nodiscard]] static QByteArray svg(const Snapshot &snapshot, QString *error);
};

} // namespace headroom
