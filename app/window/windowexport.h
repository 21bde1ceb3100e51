#pragma once

#include "legend.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QGraphicsScene;

namespace headroom {

// The window's File > Export: one of its pictures to SVG, PNG, PDF or (the graph) DOT. A
// name ending in .slide.svg / .a4.pdf (and so on) picks that page preset.
class WindowExport
{
    Q_DECLARE_TR_FUNCTIONS(WindowExport)

public:
    static bool write(QGraphicsScene &scene, const std::optional<Legend> &legend, int tab,
                      const QString &project, const QString &file, QString *error);
};

} // namespace headroom
