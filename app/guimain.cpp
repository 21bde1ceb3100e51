// The half of the program that draws: the window, and the commands that paint (export,
// report, help) or run with no display. main.cpp loads it (dlopen) only for them, so that a
// text command never loads Qt's GUI, widget and SVG libraries.

#include "cli.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QTextStream>
#include <QTreeWidget>

using namespace headroom;

namespace {

// Waits for the first pictures, then grabs the window once per tab and quits.
void takeScreenshots(MainWindow &window, const QString &folder)
{
    QObject::connect(
        &window, &MainWindow::picturesBuilt, &window,
        [&window, folder] {
            // The analysis finished (calls resolved), not the import graph shown before it.
            if (!window.settled())
                return;
            const auto shoot = [&window, &folder](const char *name) {
                QCoreApplication::processEvents();
                const QString path =
                    folder + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".png");
                if (!window.grab().save(path))
                    qWarning("headroom: cannot write %s", qPrintable(path));
            };
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pictureTabs"));
            const char *names[] = {"graph", "matrix", "treemap", "tables"};
            for (int tab = 0; tab < tabs->count() && tab < 4; ++tab) {
                tabs->setCurrentIndex(tab);
                shoot(names[tab]);
            }
            // The graph again, with the first cycle and then the first finding chosen in
            // their panels: what a reviewer clicks first.
            tabs->setCurrentIndex(0);
            for (const char *panel : {"cycles", "findings"}) {
                auto *dock = window.findChild<QDockWidget *>(QLatin1String(panel));
                auto *list = dock ? qobject_cast<QTreeWidget *>(dock->widget()) : nullptr;
                if (!list)
                    continue;
                dock->show();
                dock->raise();
                // A cycle's row; the first finding of the first group under its heading.
                QTreeWidgetItem *first = list->topLevelItem(0);
                if (qstrcmp(panel, "findings") == 0) {
                    for (int depth = 0; depth < 2 && first && first->childCount() > 0; ++depth) {
                        first->setExpanded(true);
                        first = first->child(0);
                    }
                }
                if (first)
                    list->setCurrentItem(first);
                shoot(panel);
            }
            QTextStream(stdout)
                << QCoreApplication::translate("main", "Wrote screenshots to %1").arg(folder)
                << Qt::endl;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
}

// The bundled sample project: installed at a fixed place relative to the binary
// (bin/../share/headroom/sample); run from the build tree it was built in, the source tree's.
// An installed binary never looks into the source tree it was built from.
QString sampleProject()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString installed =
        QDir::cleanPath(bin.filePath(QStringLiteral(HEADROOM_SAMPLE_FROM_BINDIR)));
    if (QFileInfo(installed).isDir())
        return installed;
    const QString buildTree = QFileInfo(QStringLiteral(HEADROOM_BUILD_BINDIR)).canonicalFilePath();
    if (!buildTree.isEmpty() && buildTree == QFileInfo(bin.path()).canonicalFilePath())
        return QStringLiteral(HEADROOM_SAMPLE_IN_SOURCE);
    return installed; // not installed: opening it says so
}

} // namespace

// The entry main.cpp looks up by name; `argc` and `argv` are main()'s.
extern "C" Q_DECL_EXPORT int headroomGuiMain(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool command = CommandLine::isCommand(first);
    if (command || !hasDisplay()) {
        // Headless: painting commands need a QApplication (scenes, fonts); the offscreen
        // platform gives one without a display.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const bool paints = !command || CommandLine::needsGui(first);
        std::unique_ptr<QCoreApplication> app(paints ? new QApplication(argc, argv)
                                                     : new QCoreApplication(argc, argv));
        setNames();
        installTranslators(*app);
        CommandLine::keepAnalysesUntilExit();
        if (command)
            return CommandLine::run(QCoreApplication::arguments());
        // No display: write the report the window would have shown.
        return CommandLine::writeReport(first.isEmpty() ? sampleProject() : first,
                                        QStringLiteral("headroom-report.svg"));
    }
    QApplication app(argc, argv);
    setNames();
    // The menu entry (resources/headroom.desktop) and the icon theme's icon; the built-in
    // copy when Headroom is not installed.
    QGuiApplication::setDesktopFileName(QStringLiteral("headroom"));
    const QIcon builtIn(QStringLiteral(":/icons/headroom.svg"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("headroom"), builtIn));
    installTranslators(app);
    // `headroom --screenshots DIR [FOLDER]`: one PNG of the window per tab, then quit.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString shots;
    if (args.value(0) == QLatin1String("--screenshots")) {
        shots = args.value(1);
        args = args.mid(2);
        if (shots.isEmpty() || !QDir().mkpath(shots)) {
            qWarning("headroom: --screenshots needs a folder it can write to");
            return 2;
        }
    }
    MainWindow window;
    window.show();
    if (!shots.isEmpty())
        takeScreenshots(window, shots);
    window.openFolder(args.value(0).isEmpty() ? sampleProject() : args.value(0));
    return app.exec();
}
