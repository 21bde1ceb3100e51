#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace headroom {

// `headroom export PATH --view graph|matrix|treemap --metric M --level module|package
// [--depth N] [--focus MODULE --hops N] [--preset slide|a4|natural] [--scale S]
// -o FILE.svg|.png|.pdf|.dot`: a picture of the project written without a window.
// The pictures are QGraphicsScenes, which need a QApplication (a QGuiApplication is not
// enough); without a display run it on the offscreen platform (QT_QPA_PLATFORM=offscreen).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // arguments[0] is the program; the word "export" may follow it. Returns the exit code:
    // 0 written, 1 failed, 2 bad usage.
    static int run(const QStringList &arguments);
};

} // namespace headroom
