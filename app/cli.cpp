#include "cli.h"

#include "analysis.h"
#include "callgraph.h"
#include "callgraphexport.h"
#include "checkreport.h"
#include "exportcommand.h"
#include "diagnostictext.h"
#include "exporter.h"
#include "outputfile.h"
#include "report.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>

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
    // With the call graph: cohesion counts resolved uses, and function/class levels need it.
    AnalysisOptions options;
    options.callGraph = true;
    AnalysisPtr analysis = analyzeProject(path, options);
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

// Options every analysing command shares: the level shown and the measuring settings.
class CommonOptions
{
public:
    QCommandLineOption level{QStringLiteral("level"),
                             CommandLine::tr("Graph level: module or package (analyze also: function or class)."),
                             QStringLiteral("level"), QStringLiteral("module")};
    QCommandLineOption depth{QStringLiteral("depth"),
                             CommandLine::tr("Package level: dotted components kept (default 1)."),
                             QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption noExternal{QStringLiteral("no-external"),
                                  CommandLine::tr("Leave out stdlib and third-party modules.")};
    QCommandLineOption budget{QStringLiteral("budget"),
                              CommandLine::tr("The head budget for every check (default 7, or pyproject.toml)."),
                              QStringLiteral("N")};
    QCommandLineOption cycleImports{
        QStringLiteral("cycle-imports"),
        CommandLine::tr("Import kinds that make cycles and levels, comma-separated: runtime, "
                        "function-local, conditional, type-checking (default: all but type-checking)."),
        QStringLiteral("kinds")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({level, depth, noExternal, budget, cycleImports});
    }

    // Checks the flags before any work is done; false with a message on a bad one.
    bool read(const QCommandLineParser &parser, ReviewOptions *out)
    {
        out->includeExternal = !parser.isSet(noExternal);
        out->packageDepth = 0;
        const QString lvl = parser.value(level);
        if (lvl == QLatin1String("package")) {
            bool ok = false;
            out->packageDepth = parser.value(depth).toInt(&ok);
            if (!ok || out->packageDepth < 1) {
                err() << CommandLine::tr("headroom: --depth takes a whole number from 1") << Qt::endl;
                return false;
            }
        } else if (lvl != QLatin1String("module")) {
            err() << CommandLine::tr("headroom: unknown level '%1' (module or package)").arg(lvl) << Qt::endl;
            return false;
        }
        if (parser.isSet(budget)) {
            bool ok = false;
            m_budget = parser.value(budget).toInt(&ok);
            if (!ok || m_budget < 1) {
                err() << CommandLine::tr("headroom: --budget takes a whole number from 1") << Qt::endl;
                return false;
            }
        }
        if (parser.isSet(cycleImports)) {
            if (!parseImportKinds(parser.value(cycleImports).split(QLatin1Char(',')), &m_kinds) || m_kinds == 0) {
                err() << CommandLine::tr("headroom: unknown import kind in '%1'").arg(parser.value(cycleImports))
                      << Qt::endl;
                return false;
            }
        }
        return true;
    }

    // The project's [tool.headroom] settings with the flags laid over them.
    HeadroomSettings settingsFor(const Analysis &analysis) const
    {
        HeadroomSettings settings = readHeadroomSettings(analysis.scan.folder);
        if (m_budget > 0)
            settings.metrics.budget = HeadBudget::uniform(m_budget);
        if (m_kinds != 0)
            settings.metrics.cycles.kinds = m_kinds;
        return settings;
    }

private:
    int m_budget = 0;
    ImportKindSet m_kinds = 0;
};

// Parses `arguments` for a command taking one folder; returns the folder, or an exit code
// through `exitCode` when the command is done (help, usage error).
std::optional<QString> parseFolderCommand(QCommandLineParser &parser, const QStringList &arguments,
                                          const QString &command, int *exitCode)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), CommandLine::tr("The project's folder."));
    if (!parser.parse(arguments)) {
        err() << QStringLiteral("headroom: ") << parser.errorText() << Qt::endl;
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = Success;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLine::tr("headroom: %1 takes one folder; see 'headroom %1 --help'").arg(command)
              << Qt::endl;
        *exitCode = UsageError;
        return std::nullopt;
    }
    return parser.positionalArguments().first();
}

bool writeOrComplain(const QString &file, const QByteArray &data)
{
    QString error;
    if (writeOutput(file, data, &error))
        return true;
    err() << CommandLine::tr("headroom: cannot write %1: %2").arg(file, error) << Qt::endl;
    return false;
}

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Analyse a Python project and write its import graph with every metric."));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: json or dot."),
                                    QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   CommandLine::tr("Do not list problems on standard error."));
    CommonOptions common;
    common.addTo(parser);
    parser.addOptions({format, output, quiet});
    int exitCode = Success;
    const std::optional<QString> folder = parseFolderCommand(parser, arguments, QStringLiteral("analyze"), &exitCode);
    if (!folder)
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("dot")) {
        err() << CommandLine::tr("headroom: unknown format '%1' (json or dot)").arg(fmt) << Qt::endl;
        return UsageError;
    }
    // Function and class levels are the call graph's; module and package the import graph's.
    const QString level = parser.value(QStringLiteral("level"));
    if (level == QLatin1String("function") || level == QLatin1String("class")) {
        const AnalysisPtr analysis = analyzeOrExplain(*folder);
        if (!analysis)
            return Failure;
        if (!parser.isSet(quiet))
            printDiagnostics(*analysis, 20);
        const CallGraph &calls = *analysis->calls;
        const bool classLevel = level == QLatin1String("class");
        const QByteArray data = fmt == QLatin1String("dot") ? callGraphDot(*analysis, calls, classLevel)
                                                             : callGraphJson(*analysis, calls, classLevel);
        return writeOrComplain(parser.value(output), data) ? Success : Failure;
    }
    ReviewOptions options;
    if (!common.read(parser, &options))
        return UsageError;
    const AnalysisPtr analysis = analyzeOrExplain(*folder);
    if (!analysis)
        return Failure;
    options.settings = common.settingsFor(*analysis);
    if (!parser.isSet(quiet))
        printDiagnostics(*analysis, 20);
    const Review review = buildReview(*analysis, options);
    const QByteArray data = fmt == QLatin1String("dot") ? toDot(*analysis, review) : toJson(*analysis, review);
    return writeOrComplain(parser.value(output), data) ? Success : Failure;
}

int summaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Print what a design reviewer reads first."));
    CommonOptions common;
    common.addTo(parser);
    int exitCode = Success;
    const std::optional<QString> folder = parseFolderCommand(parser, arguments, QStringLiteral("summary"), &exitCode);
    if (!folder)
        return exitCode;
    ReviewOptions options;
    if (!common.read(parser, &options))
        return UsageError;
    const AnalysisPtr analysis = analyzeOrExplain(*folder);
    if (!analysis)
        return Failure;
    options.settings = common.settingsFor(*analysis);
    QTextStream(stdout) << Summary::text(*analysis, buildReview(*analysis, options));
    return Success;
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, "
        "head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these flags."));
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption maxCycles(QStringLiteral("max-cycles"),
                                       CommandLine::tr("Import cycles allowed (default 0; -1: any)."),
                                       QStringLiteral("N"));
    const QCommandLineOption maxDepth(QStringLiteral("max-depth"),
                                      CommandLine::tr("Levels allowed (default 0: the budget's depth; -1: any)."),
                                      QStringLiteral("N"));
    const QCommandLineOption maxFindings(QStringLiteral("max-findings"),
                                         CommandLine::tr("Head budget findings allowed (default: any)."),
                                         QStringLiteral("N"));
    const QCommandLineOption noContracts(QStringLiteral("no-contracts"),
                                         CommandLine::tr("Do not fail on import-linter contracts."));
    parser.addOptions({maxCycles, maxDepth, maxFindings, noContracts});
    int exitCode = Success;
    const std::optional<QString> folder = parseFolderCommand(parser, arguments, QStringLiteral("check"), &exitCode);
    if (!folder)
        return exitCode;
    ReviewOptions options;
    if (!common.read(parser, &options))
        return UsageError;
    std::optional<int> limits[3];
    const QCommandLineOption *limitOptions[3] = {&maxCycles, &maxDepth, &maxFindings};
    for (int i = 0; i < 3; ++i) {
        if (!parser.isSet(*limitOptions[i]))
            continue;
        bool ok = false;
        limits[i] = parser.value(*limitOptions[i]).toInt(&ok);
        if (!ok || *limits[i] < -1) {
            err() << CommandLine::tr("headroom: --%1 takes a whole number (-1 for any)")
                         .arg(limitOptions[i]->names().first())
                  << Qt::endl;
            return UsageError;
        }
    }
    const AnalysisPtr analysis = analyzeOrExplain(*folder);
    if (!analysis)
        return Failure;
    options.settings = common.settingsFor(*analysis);
    CheckRules &rules = options.settings.check;
    int *targets[3] = {&rules.maxCycles, &rules.maxDepth, &rules.maxFindings};
    for (int i = 0; i < 3; ++i) {
        if (limits[i])
            *targets[i] = *limits[i];
    }
    if (parser.isSet(noContracts))
        rules.contracts = false;
    const Review review = buildReview(*analysis, options);
    const QString report = CheckReport::text(*analysis, review, &exitCode);
    QTextStream(exitCode == Success ? stdout : stderr) << report;
    return exitCode;
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
        "       headroom analyze FOLDER ...  write the import graph and metrics as JSON or DOT\n"
        "       headroom summary FOLDER ...  print what a design reviewer reads first\n"
        "       headroom check FOLDER ...    fail when cycles, depth, contracts or budget fail\n"
        "       headroom export FOLDER ...   write the graph, matrix or treemap as SVG, PNG, PDF or DOT\n"
        "       headroom report FOLDER ...   write an SVG report\n"
        "Run 'headroom COMMAND --help' for a command's options.\n");
}

} // namespace

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("analyze") || word == QLatin1String("report")
        || word == QLatin1String("summary") || word == QLatin1String("check")
        || word == QLatin1String("export")
        || word == QLatin1String("help") || word == QLatin1String("--help")
        || word == QLatin1String("-h");
}

bool CommandLine::needsGui(const QString &word)
{
    return word == QLatin1String("report") || word == QLatin1String("export");
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
    if (command == QLatin1String("summary"))
        return summaryCommand(rest);
    if (command == QLatin1String("check"))
        return checkCommand(rest);
    if (command == QLatin1String("export"))
        return runExportCommand(arguments);
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
