#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace headroom;

namespace {

// An X11 or Wayland display, or a platform chosen by hand.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// The language chosen in the settings ("" = the system's), else the system locale.
void installTranslators(QCoreApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("headroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("headroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
}

QString sampleProject()
{
    return QStringLiteral(HEADROOM_SAMPLE_DIR);
}

} // namespace

int main(int argc, char **argv)
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
        if (command)
            return CommandLine::run(QCoreApplication::arguments());
        // No display: write the report the window would have shown.
        return CommandLine::writeReport(first.isEmpty() ? sampleProject() : first,
                                        QStringLiteral("headroom-report.svg"));
    }
    QApplication app(argc, argv);
    setNames();
    installTranslators(app);
    MainWindow window;
    window.show();
    window.openFolder(first.isEmpty() ? sampleProject() : first);
    return app.exec();
}
