// headroom-genproject --modules N --seed S [--shape NAME] [--force] [--threads T] OUT_DIR
//
// Writes a synthetic Python project of N modules (files, __init__.py included) whose shape
// follows Django 3.2 and CPython 3.11's library (genshape.h says what was measured where).
// The same N and seed give the same bytes on any machine; another seed another project.
#include "generate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic Python project whose shape follows Django and the standard library."));
    parser.addHelpOption();
    const QCommandLineOption modules(QStringLiteral("modules"),
                                     QStringLiteral("Number of modules (1 to 200000)."),
                                     QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Write into a folder that is not empty (what "
                                                  "is there already stays)."));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Writer threads (default: one per core)."),
                                     QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption shape(
        QStringLiteral("shape"),
        QStringLiteral("Shape every sub-project like one project (%1); by default each draws "
                       "one.")
            .arg(genproject::shapeNames()),
        QStringLiteral("NAME"));
    parser.addOptions({modules, seed, force, threads, shape});
    parser.addPositionalArgument(QStringLiteral("OUT_DIR"),
                                 QStringLiteral("Folder to write the project into."));
    parser.process(app);

    bool modulesOk = false;
    bool seedOk = false;
    genproject::GenerateOptions options;
    options.modules = parser.value(modules).toInt(&modulesOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.force = parser.isSet(force);
    options.threads = parser.value(threads).toInt();
    options.shape = parser.value(shape);
    if (!parser.isSet(modules) || !modulesOk || !seedOk ||
        parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: headroom-genproject --modules N [--seed S] [--shape NAME] "
                             "[--force] [--threads T] OUT_DIR\n");
        return 2;
    }
    options.outDir = parser.positionalArguments().constFirst();

    QElapsedTimer timer;
    timer.start();
    const genproject::GenerateResult result = genproject::generateProject(options);
    if (!result.ok()) {
        std::fprintf(stderr, "headroom-genproject: %s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("%s: %d modules in %d packages (%d sub-projects), %lld lines, %.1f MB, "
                "%d import statements, %d cycles made; %.2f s\n",
                qPrintable(options.outDir), result.files, result.packages, result.subprojects,
                static_cast<long long>(result.lines), double(result.bytes) / 1e6,
                result.importStatements, result.cycles, double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
