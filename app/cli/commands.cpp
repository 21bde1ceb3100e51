// The commands that draw (export, report), and the dispatcher over every command.
#include "cli.h"

#include "exportcommand.h"
#include "outputfile.h"
#include "report.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace headroom {

namespace {

QTextStream &err()
{
    return CommandLine::standardError();
}

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Write an SVG report of a Python project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                 CommandLine::tr("The project's folder."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The SVG file to write."),
                                    QStringLiteral("FILE"), QStringLiteral("headroom-report.svg"));
    const QCommandLineOption noCache = CommandLine::noCacheOption();
    parser.addOptions({output, noCache});
    if (!parser.parse(arguments)) {
        err() << QStringLiteral("headroom: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CommandLine::printOut(CommandLine::helpText(parser, QStringLiteral("report")));
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLine::tr("headroom: report takes one folder; see 'headroom report --help'")
              << Qt::endl;
        return UsageError;
    }
    return CommandLine::writeReport(parser.positionalArguments().first(), parser.value(output),
                                    !parser.isSet(noCache));
}

void printUsage()
{
    CommandLine::printOut(CommandLine::tr(
        "Usage: headroom [FOLDER]            open the window on a project\n"
        "       headroom analyze FOLDER ...  write the import graph and metrics as JSON or DOT\n"
        "       headroom summary FOLDER ...  print what a design reviewer reads first\n"
        "       headroom check FOLDER ...    fail when cycles, depth, contracts or budget fail\n"
        "       headroom diff FOLDER --from REV ...  what a change did to the structure\n"
        "       headroom export FOLDER ...   write the graph, matrix or treemap as SVG, PNG, PDF "
        "or DOT\n"
        "       headroom report FOLDER ...   write an SVG report\n"
        "Run 'headroom COMMAND --help' for a command's options.\n"));
}

} // namespace

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "headroom <options> <path>"
    int exitCode = Success;
    if (const std::optional<int> text = runTextCommand(command, rest))
        exitCode = *text;
    else if (command == QLatin1String("report"))
        exitCode = reportCommand(rest);
    else if (command == QLatin1String("export"))
        exitCode = ExportCommand::run(arguments);
    else
        printUsage();
    return finish(exitCode);
}

int CommandLine::writeReport(const QString &folder, const QString &outFile, bool useCache)
{
    PipelineOptions options;
    options.analysis.cache.enabled = useCache;
    const SnapshotPtr snapshot = CommandLine::analyse(folder, options);
    if (!snapshot)
        return Failure;
    printProblems(*snapshot);
    const Analysis *analysis = snapshot->analysis.get();
    QString error;
    const QByteArray svg = Report::svg(*snapshot, &error);
    if (svg.isEmpty()) {
        err() << tr("headroom: cannot draw the report: %1").arg(error) << Qt::endl;
        return Failure;
    }
    if (!writeOutput(outFile, svg, &error)) {
        err() << tr("headroom: cannot write %1: %2").arg(outFile, error) << Qt::endl;
        return Failure;
    }
    printOut(tr("Wrote the report of %1 to %2")
                 .arg(analysis->scan.projectName,
                      QDir::toNativeSeparators(QFileInfo(outFile).absoluteFilePath())) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace headroom
