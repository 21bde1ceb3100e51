// The program: the commands that only write text (analyze, summary, check, diff,
// --version) run here, with Qt's core library alone; everything that draws (the window,
// export, report, help, a start with no display) is in the headroom-gui module
// (guimain.cpp), loaded for it. Qt's GUI, widget and SVG libraries are bound in full as they
// load (Debian links them with BIND_NOW): about 20 ms a start that a text command, run on
// every commit by a hook or a CI step, no longer pays.

#include "cli.h"
#include "startup.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <string>

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

using namespace headroom;

namespace {

// The folder of this program's file ("" when it cannot be told).
std::string programFolder()
{
    char path[PATH_MAX];
    const ssize_t size = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (size <= 0)
        return {};
    const std::string file(path, std::size_t(size));
    return file.substr(0, file.rfind('/'));
}

// Where the module is: beside the program in the build tree, else where it is installed
// relative to the program (resources/install.cmake).
std::string modulePath()
{
    const std::string folder = programFolder();
    const std::string beside = folder + "/" HEADROOM_GUI_MODULE;
    if (::access(beside.c_str(), R_OK) == 0)
        return beside;
    return folder + "/" HEADROOM_GUI_FROM_BINDIR "/" HEADROOM_GUI_MODULE;
}

int runGuiModule(int argc, char **argv)
{
    const std::string path = modulePath();
    using Entry = int (*)(int, char **);
    void *module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    const auto entry =
        module ? reinterpret_cast<Entry>(::dlsym(module, "headroomGuiMain")) : nullptr;
    if (entry)
        return entry(argc, argv);
    const char *why = ::dlerror();
    QCoreApplication app(argc, argv);
    setNames();
    installTranslators(app);
    // dlerror() names the file and why; without one, the file is named here.
    CommandLine::standardError()
        << CommandLine::tr("headroom: cannot load the window and the drawing commands: %1")
               .arg(why ? QString::fromLocal8Bit(why) : QString::fromLocal8Bit(path.c_str()))
        << Qt::endl;
    return Failure;
}

} // namespace

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!CommandLine::isTextCommand(first))
        return runGuiModule(argc, argv);
    QCoreApplication app(argc, argv);
    setNames();
    installTranslators(app);
    CommandLine::keepAnalysesUntilExit();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // the parser sees "headroom <options> <path>"
    return CommandLine::finish(CommandLine::runTextCommand(first, arguments).value_or(Failure));
}
