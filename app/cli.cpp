#include "cli.h"

#include "analysis.h"
#include "diagnostictext.h"
#include "exporter.h"
#include "outputfile.h"
#include "report.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace headroom {

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Analyses a folder or says in one line why it cannot; never throws.
AnalysisPtr analyzeOrExplain(const QString &path)
{
    AnalysisPtr analysis = analyzeProject(path);
    switch (analysis->scan.status) {
    case ScanStatus::Ok:
        return analysis;
    case ScanStatus::Missing:
        err() << CommandLine::tr("headroom: %1 does not exist").arg(path) << Qt::endl;
        break;
    case ScanStatus::NotADirectory:
        err() << CommandLine::tr("headroom: %1 is a file; give the project's folder").arg(path)
              << Qt::endl;
        break;
    case ScanStatus::NoPython:
        err() << CommandLine::tr("headroom: %1 holds no Python files").arg(path) << Qt::endl;
        break;
    case ScanStatus::Cancelled:
        err() << CommandLine::tr("headroom: analysis cancelled") << Qt::endl;
        break;
    }
    return nullptr;
}

void printDiagnostics(const Analysis &analysis, int limit)
{
    int shown = 0;
    for (const Diagnostic &d : analysis.diagnostics) {
        if (severityOf(d.code) == Severity::Info)
            continue;
        if (shown++ < limit)
            err() << DiagnosticText::line(d) << Qt::endl;
    }
    if (shown > limit)
        err() << CommandLine::tr("headroom: %n more problem(s) not shown", nullptr, shown - limit)
              << Qt::endl;
}

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Analyse a Python project and write its import graph."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), CommandLine::tr("The project's folder."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CommandLine::tr("Output format: json or dot."),
                                    QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   CommandLine::tr("Graph level: module or package."),
                                   QStringLiteral("level"), QStringLiteral("module"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   CommandLine::tr("Package level: dotted components kept (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noExternal(QStringLiteral("no-external"),
                                        CommandLine::tr("Leave out stdlib and third-party modules."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   CommandLine::tr("Do not list problems on standard error."));
    parser.addOptions({format, level, depth, noExternal, output, quiet});
    if (!parser.parse(arguments)) {
        err() << QStringLiteral("headroom: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << CommandLine::tr("headroom: analyze takes one folder; see 'headroom analyze --help'")
              << Qt::endl;
        return UsageError;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("dot")) {
        err() << CommandLine::tr("headroom: unknown format '%1' (json or dot)").arg(fmt) << Qt::endl;
        return UsageError;
    }
    GraphExportOptions options;
    const QString lvl = parser.value(level);
    if (lvl == QLatin1String("package")) {
        bool ok = false;
        options.packageDepth = parser.value(depth).toInt(&ok);
        if (!ok || options.packageDepth < 1) {
            err() << CommandLine::tr("headroom: --depth takes a whole number from 1") << Qt::endl;
            return UsageError;
        }
    } else if (lvl != QLatin1String("module")) {
        err() << CommandLine::tr("headroom: unknown level '%1' (module or package)").arg(lvl)
              << Qt::endl;
        return UsageError;
    }
    options.includeExternal = !parser.isSet(noExternal);

    const AnalysisPtr analysis = analyzeOrExplain(positional.first());
    if (!analysis)
        return Failure;
    if (!parser.isSet(quiet))
        printDiagnostics(*analysis, 20);
    const QByteArray data = fmt == QLatin1String("dot") ? toDot(*analysis, options)
                                                         : toJson(*analysis, options);
    QString error;
    if (!writeOutput(parser.value(output), data, &error)) {
        err() << CommandLine::tr("headroom: cannot write %1: %2").arg(parser.value(output), error)
              << Qt::endl;
        return Failure;
    }
    return Success;
}

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Write an SVG report of a Python project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), CommandLine::tr("The project's folder."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("The SVG file to write."), QStringLiteral("FILE"),
                                    QStringLiteral("headroom-report.svg"));
    parser.addOption(output);
    if (!parser.parse(arguments)) {
        err() << QStringLiteral("headroom: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLine::tr("headroom: report takes one folder; see 'headroom report --help'")
              << Qt::endl;
        return UsageError;
    }
    return CommandLine::writeReport(parser.positionalArguments().first(), parser.value(output));
}

void printUsage()
{
    QTextStream(stdout) << CommandLine::tr(
        "Usage: headroom [FOLDER]            open the window on a project\n"
        "       headroom analyze FOLDER ...  write the import graph as JSON or DOT\n"
        "       headroom report FOLDER ...   write an SVG report\n"
        "Run 'headroom COMMAND --help' for a command's options.\n");
}

} // namespace

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("analyze") || word == QLatin1String("report")
        || word == QLatin1String("help") || word == QLatin1String("--help")
        || word == QLatin1String("-h");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "headroom <options> <path>"
    if (command == QLatin1String("analyze"))
        return analyzeCommand(rest);
    if (command == QLatin1String("report"))
        return reportCommand(rest);
    printUsage();
    return Success;
}

int CommandLine::writeReport(const QString &folder, const QString &outFile)
{
    const AnalysisPtr analysis = analyzeOrExplain(folder);
    if (!analysis)
        return Failure;
    QString error;
    const QByteArray svg = reportSvg(*analysis, &error);
    if (svg.isEmpty()) {
        err() << tr("headroom: cannot draw the report: %1").arg(error) << Qt::endl;
        return Failure;
    }
    if (!writeOutput(outFile, svg, &error)) {
        err() << tr("headroom: cannot write %1: %2").arg(outFile, error) << Qt::endl;
        return Failure;
    }
    QTextStream(stdout) << tr("Wrote the report of %1 to %2")
                               .arg(analysis->scan.projectName,
                                    QDir::toNativeSeparators(QFileInfo(outFile).absoluteFilePath()))
                        << Qt::endl;
    return Success;
}

} // namespace headroom
