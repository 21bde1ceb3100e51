#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdlib>

using namespace headroom;

namespace {

// No X11 or Wayland display, and no platform chosen by hand: the window cannot open.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("headroom"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

QString sampleProject()
{
    return QStringLiteral(HEADROOM_SAMPLE_DIR);
}

} // namespace

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (CommandLine::isCommand(first) || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("headroom"));
        installTranslators(app);
        if (CommandLine::isCommand(first))
            return CommandLine::run(QCoreApplication::arguments());
        // No display: write the report the window would have shown.
        return CommandLine::writeReport(first.isEmpty() ? sampleProject() : first,
                                        QStringLiteral("headroom-report.svg"));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("headroom"));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    installTranslators(app);
    MainWindow window;
    window.show();
    window.openFolder(first.isEmpty() ? sampleProject() : first);
    return app.exec();
}
