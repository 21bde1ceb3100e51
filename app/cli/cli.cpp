#include "cli.h"

#include "callgraph.h"
#include "callgraphexport.h"
#include "checkbaseline.h"
#include "checkreport.h"
#include "comparisonexport.h"
#include "diagnostictext.h"
#include "difftext.h"
#include "exporter.h"
#include "headroomversion.h"
#include "jsonwriter.h"
#include "outputfile.h"
#include "pipeline.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>

namespace headroom {

namespace {

QTextStream &err()
{
    return CommandLine::standardError();
}

qint64 megabytes(qint64 bytes)
{
    return (bytes + (1 << 20) - 1) >> 20;
}

// Said before the analysis starts, with the way through.
QString tooLargeText(const MemoryEstimate &m, bool atPackageLevel)
{
    const QString what =
        CommandLine::tr("headroom: analysing %n Python file(s) (%1 MB) would take about %2 MB of "
                        "memory, and %3 MB are available.",
                        nullptr, m.files)
            .arg(megabytes(m.sourceBytes))
            .arg(megabytes(m.neededBytes))
            .arg(megabytes(m.limitBytes));
    if (atPackageLevel || m.packageBytes > m.limitBytes) {
        return what + QLatin1Char('\n') +
               CommandLine::tr("Analyse a part of the project (a sub-folder), or set the limit "
                               "with --memory MB.");
    }
    return what + QLatin1Char('\n') +
           CommandLine::tr("The package level takes about %1 MB: headroom analyze --level "
                           "package --depth 2. Or analyse a part of the project, or set the "
                           "limit with --memory MB.")
               .arg(megabytes(m.packageBytes));
}

} // namespace

namespace {

// Never destroyed: the snapshots stay reachable to the end, when the system takes the memory
// back at once.
std::vector<SnapshotPtr> *keptAnalyses = nullptr;

} // namespace

void CommandLine::keepAnalysesUntilExit()
{
    if (!keptAnalyses)
        keptAnalyses = new std::vector<SnapshotPtr>;
}

QTextStream &CommandLine::standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

SnapshotPtr CommandLine::analyse(const QString &path, const PipelineOptions &options)
{
    PipelineOptions forExports = options;
    forExports.packageRollups = false; // the packages table's alone
    SnapshotPtr snapshot = runPipeline(path, forExports);
    if (keptAnalyses)
        keptAnalyses->push_back(snapshot);
    switch (snapshot->status()) {
    case ScanStatus::Ok:
        if (!snapshot->analysis->churnError.isEmpty())
            err() << tr("headroom: warning: churn not counted: %1")
                         .arg(snapshot->analysis->churnError)
                  << Qt::endl;
        if (const QString &why = snapshot->analysis->cacheError; !why.isEmpty()) {
            // Once, though a command may analyse two states.
            static QString said;
            if (why != said)
                err() << tr("headroom: warning: extracted facts not cached: %1").arg(why)
                      << Qt::endl;
            said = why;
        }
        return snapshot;
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
    case ScanStatus::NotInGit:
        err() << CommandLine::tr(
                     "headroom: %1 is not in a git repository, so it has no revision %2")
                     .arg(path, options.analysis.scan.revision)
              << Qt::endl;
        break;
    case ScanStatus::NoRevision:
        err() << CommandLine::tr("headroom: the repository of %1 has no revision %2 (%3)")
                     .arg(path, options.analysis.scan.revision,
                          snapshot->analysis->scan.statusDetail)
              << Qt::endl;
        break;
    case ScanStatus::NotInRevision:
        err() << CommandLine::tr("headroom: %1 did not exist at revision %2")
                     .arg(path, options.analysis.scan.revision)
              << Qt::endl;
        break;
    case ScanStatus::TooLarge:
        err() << tooLargeText(snapshot->analysis->memory, options.packageDepth > 0) << Qt::endl;
        break;
    }
    return nullptr;
}

namespace {

// "5M", "800k", "1G" or a number of bytes; nullopt for anything else.
std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,12})\\s*([kmg]?)i?b?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    const int shift = unit == QLatin1String("k")   ? 10
                      : unit == QLatin1String("m") ? 20
                      : unit == QLatin1String("g") ? 30
                                                   : 0;
    const qint64 number = match.captured(1).toLongLong();
    // The parser addresses bytes with 32 bits.
    constexpr qint64 limit = std::numeric_limits<std::uint32_t>::max();
    if (number < 1 || number >= (limit >> shift))
        return std::nullopt;
    return number << shift;
}

// Options every command that reads the files shares: which revision, how large a file is read.
class FileOptions
{
public:
    QCommandLineOption maxFileSize{
        QStringLiteral("max-file-size"),
        CommandLine::tr("Skip Python files larger than this, as 5M or 800k (default 5M, or "
                        "max_file_bytes in pyproject.toml)."),
        QStringLiteral("size")};
    QCommandLineOption revision{CommandLine::revisionOption()};
    QCommandLineOption churn{CommandLine::churnOption()};
    QCommandLineOption noCache{CommandLine::noCacheOption()};
    QCommandLineOption memory{
        QStringLiteral("memory"),
        CommandLine::tr("Stop before analysing when the analysis would need more than MB "
                        "megabytes (default: the memory available; 0: do not check)."),
        QStringLiteral("MB")};
    QCommandLineOption exclude{CommandLine::excludeOption()};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({maxFileSize, revision, churn, noCache, memory, exclude});
    }

    bool read(const QCommandLineParser &parser, AnalysisOptions *out) const
    {
        CommandLine::readCache(parser, noCache, out);
        out->scan.exclude = parser.values(exclude);
        out->memoryLimit = availableMemoryBytes();
        if (parser.isSet(memory)) {
            bool ok = false;
            const qint64 megabytes = parser.value(memory).toLongLong(&ok);
            if (!ok || megabytes < 0 || megabytes > (qint64(1) << 40)) {
                err() << CommandLine::tr("headroom: --memory takes a number of megabytes, or 0")
                      << Qt::endl;
                return false;
            }
            out->memoryLimit = megabytes << 20;
        }
        if (!CommandLine::readRevision(parser, revision, out) ||
            !CommandLine::readChurn(parser, churn, out))
            return false;
        if (!parser.isSet(maxFileSize))
            return true;
        out->maxFileBytes = parseByteSize(parser.value(maxFileSize));
        if (!out->maxFileBytes) {
            err() << CommandLine::tr("headroom: --max-file-size takes a size under 4G, as 5M, 800k "
                                     "or a number of bytes")
                  << Qt::endl;
            return false;
        }
        return true;
    }
};

// Options every analysing command shares: the level shown and the measuring settings.
class CommonOptions
{
public:
    QCommandLineOption level{
        QStringLiteral("level"),
        CommandLine::tr("Graph level: module or package (analyze also: function or class)."),
        QStringLiteral("level"), QStringLiteral("module")};
    QCommandLineOption depth{QStringLiteral("depth"),
                             CommandLine::tr("Package level: dotted components kept (default 1)."),
                             QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption noExternal{QStringLiteral("no-external"),
                                  CommandLine::tr("Leave out stdlib and third-party modules.")};
    QCommandLineOption budget{
        QStringLiteral("budget"),
        CommandLine::tr("The head budget for every check (default 7, or pyproject.toml)."),
        QStringLiteral("N")};
    QCommandLineOption cycleImports{
        QStringLiteral("cycle-imports"),
        CommandLine::tr(
            "Import kinds that make cycles and levels, comma-separated: runtime, "
            "function-local, conditional, type-checking (default: all but type-checking)."),
        QStringLiteral("kinds")};

    FileOptions files;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({level, depth, noExternal, budget, cycleImports});
        files.addTo(parser);
    }

    // Checks the flags before any work is done; false with a message on a bad one.
    bool read(const QCommandLineParser &parser, PipelineOptions *out)
    {
        if (!files.read(parser, &out->analysis))
            return false;
        out->includeExternal = !parser.isSet(noExternal);
        out->packageDepth = 0;
        const QString lvl = parser.value(level);
        if (lvl == QLatin1String("package")) {
            // Packages need no call graph: the way through for a project too large for one.
            out->callGraph = false;
            bool ok = false;
            out->packageDepth = parser.value(depth).toInt(&ok);
            if (!ok || out->packageDepth < 1) {
                err() << CommandLine::tr("headroom: --depth takes a whole number from 1")
                      << Qt::endl;
                return false;
            }
        } else if (lvl != QLatin1String("module")) {
            err() << CommandLine::tr("headroom: unknown level '%1' (module or package)").arg(lvl)
                  << Qt::endl;
            return false;
        }
        if (parser.isSet(budget)) {
            bool ok = false;
            out->overrides.budget = parser.value(budget).toInt(&ok);
            if (!ok || out->overrides.budget < 1) {
                err() << CommandLine::tr("headroom: --budget takes a whole number from 1")
                      << Qt::endl;
                return false;
            }
        }
        if (parser.isSet(cycleImports)) {
            ImportKindSet &kinds = out->overrides.cycleKinds;
            if (!parseImportKinds(parser.value(cycleImports).split(QLatin1Char(',')), &kinds) ||
                kinds == 0) {
                err() << CommandLine::tr("headroom: unknown import kind in '%1'")
                             .arg(parser.value(cycleImports))
                      << Qt::endl;
                return false;
            }
        }
        return true;
    }
};

// Parses `arguments` for a command taking one folder; returns the folder, or an exit code
// through `exitCode` when the command is done (help, usage error).
std::optional<QString> parseFolderCommand(QCommandLineParser &parser, const QStringList &arguments,
                                          const QString &command, int *exitCode)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                 CommandLine::tr("The project's folder."));
    if (!parser.parse(arguments)) {
        err() << QStringLiteral("headroom: ") << parser.errorText() << Qt::endl;
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CommandLine::printOut(CommandLine::helpText(parser, command));
        *exitCode = Success;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLine::tr("headroom: %1 takes one folder; see 'headroom %1 --help'")
                     .arg(command)
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

// JSON written as it is made: a large project's call graph is more text than its source.
bool writeJsonOrComplain(const QString &file, const std::function<void(JsonWriter &)> &write)
{
    OutputFile out(file);
    QString error;
    bool written = out.open(&error);
    if (written) {
        JsonWriter json([&out](QByteArrayView piece) { return out.write(piece); });
        write(json);
        const bool handedOn = json.finish(); // a failed piece makes finish() fail too
        written = out.finish(&error) && handedOn;
    }
    if (!written)
        err() << CommandLine::tr("headroom: cannot write %1: %2").arg(file, error) << Qt::endl;
    return written;
}

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Analyse a Python project and write its import graph with every metric."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CommandLine::tr("Output format: json or dot."),
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
    const std::optional<QString> folder =
        parseFolderCommand(parser, arguments, QStringLiteral("analyze"), &exitCode);
    if (!folder)
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("dot")) {
        err() << CommandLine::tr("headroom: unknown format '%1' (json or dot)").arg(fmt)
              << Qt::endl;
        return UsageError;
    }
    // Function and class levels are the call graph's; module and package the import graph's.
    const QString level = parser.value(QStringLiteral("level"));
    PipelineOptions options;
    if (level == QLatin1String("function") || level == QLatin1String("class")) {
        if (!common.files.read(parser, &options.analysis))
            return UsageError;
    } else if (!common.read(parser, &options)) {
        return UsageError;
    }
    const SnapshotPtr snapshot = CommandLine::analyse(*folder, options);
    if (!snapshot)
        return Failure;
    if (!parser.isSet(quiet))
        CommandLine::printProblems(*snapshot);
    const Analysis &analysis = *snapshot->analysis;
    const bool classLevel = level == QLatin1String("class");
    const bool callLevel = classLevel || level == QLatin1String("function");
    if (fmt == QLatin1String("json")) {
        return writeJsonOrComplain(parser.value(output),
                                   [&](JsonWriter &json) {
                                       if (callLevel)
                                           writeCallGraphJson(json, analysis, *snapshot->calls,
                                                              classLevel);
                                       else
                                           writeJson(json, analysis, snapshot->review);
                                   })
                   ? Success
                   : Failure;
    }
    const QByteArray data = callLevel ? callGraphDot(analysis, *snapshot->calls, classLevel)
                                      : toDot(analysis, snapshot->review);
    return writeOrComplain(parser.value(output), data) ? Success : Failure;
}

int summaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Print what a design reviewer reads first."));
    CommonOptions common;
    common.addTo(parser);
    int exitCode = Success;
    const std::optional<QString> folder =
        parseFolderCommand(parser, arguments, QStringLiteral("summary"), &exitCode);
    if (!folder)
        return exitCode;
    PipelineOptions options;
    if (!common.read(parser, &options))
        return UsageError;
    const SnapshotPtr s = CommandLine::analyse(*folder, options);
    if (!s)
        return Failure;
    CommandLine::printProblems(*s);
    CommandLine::printOut(Summary::text(*s->analysis, s->review, s->calls.get()));
    return Success;
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Exit non-zero when a rule fails: import cycles, depth, broken import-linter contracts, "
        "head budget findings. Rules come from [tool.headroom.check] in pyproject.toml and these "
        "flags."));
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption maxCycles(
        QStringLiteral("max-cycles"),
        CommandLine::tr("Import cycles allowed (default 0; -1: any)."), QStringLiteral("N"));
    const QCommandLineOption maxDepth(
        QStringLiteral("max-depth"),
        CommandLine::tr("Levels allowed (default 0: the budget's depth; -1: any)."),
        QStringLiteral("N"));
    const QCommandLineOption maxFindings(
        QStringLiteral("max-findings"),
        CommandLine::tr("Head budget findings allowed (default: any)."), QStringLiteral("N"));
    const QCommandLineOption noContracts(
        QStringLiteral("no-contracts"), CommandLine::tr("Do not fail on import-linter contracts."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLine::tr("Report format: text, sarif (code scanning) or junit (CI test reports)."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption baseline(
        QStringLiteral("baseline"),
        CommandLine::tr("Fail only on what is new or worse than in FILE, a JSON written earlier "
                        "by 'headroom analyze'."),
        QStringLiteral("FILE"));
    const QCommandLineOption baselineRev(
        QStringLiteral("baseline-rev"),
        CommandLine::tr("Fail only on what is new or worse than at git revision REV."),
        QStringLiteral("REV"));
    parser.addOptions(
        {maxCycles, maxDepth, maxFindings, noContracts, format, output, baseline, baselineRev});
    int exitCode = Success;
    const std::optional<QString> folder =
        parseFolderCommand(parser, arguments, QStringLiteral("check"), &exitCode);
    if (!folder)
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("sarif") &&
        fmt != QLatin1String("junit")) {
        err() << CommandLine::tr("headroom: unknown format '%1' (text, sarif or junit)").arg(fmt)
              << Qt::endl;
        return UsageError;
    }
    PipelineOptions options;
    if (!common.read(parser, &options))
        return UsageError;
    SettingsOverrides &overrides = options.overrides;
    std::optional<int> *limits[3] = {&overrides.maxCycles, &overrides.maxDepth,
                                     &overrides.maxFindings};
    const QCommandLineOption *limitOptions[3] = {&maxCycles, &maxDepth, &maxFindings};
    for (int i = 0; i < 3; ++i) {
        if (!parser.isSet(*limitOptions[i]))
            continue;
        bool ok = false;
        *limits[i] = parser.value(*limitOptions[i]).toInt(&ok);
        if (!ok || **limits[i] < -1) {
            err() << CommandLine::tr("headroom: --%1 takes a whole number (-1 for any)")
                         .arg(limitOptions[i]->names().first())
                  << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(noContracts))
        overrides.contracts = false;
    if (parser.isSet(baseline) && parser.isSet(baselineRev)) {
        err() << CommandLine::tr("headroom: give --baseline or --baseline-rev, not both")
              << Qt::endl;
        return UsageError;
    }
    std::optional<CheckBaseline> known;
    if (parser.isSet(baseline)) {
        QString error;
        QFile file(parser.value(baseline));
        if (file.open(QIODevice::ReadOnly))
            known = CheckBaseline::fromJson(file.readAll(), options.packageDepth, &error);
        else
            error = file.errorString();
        if (!known) {
            err() << (error == QLatin1String("level")
                          ? CommandLine::tr("headroom: the baseline %1 was written at another "
                                            "level than this check's")
                                .arg(parser.value(baseline))
                          : CommandLine::tr("headroom: cannot read the baseline %1: %2")
                                .arg(parser.value(baseline), error))
                  << Qt::endl;
            return UsageError;
        }
        known->from = parser.value(baseline);
    } else if (parser.isSet(baselineRev)) {
        PipelineOptions then = options;
        then.callGraph = false;
        if (!CommandLine::readRevision(parser, baselineRev, &then.analysis))
            return UsageError;
        const SnapshotPtr earlier = CommandLine::analyse(*folder, then);
        if (!earlier)
            return Failure;
        known = CheckBaseline::fromOutcome(evaluateCheck(*earlier->analysis, earlier->review));
        known->from = DiffReport::stateName(earlier->analysis->scan.revision.get());
    }
    const SnapshotPtr snapshot = CommandLine::analyse(*folder, options);
    if (!snapshot)
        return Failure;
    CommandLine::printProblems(*snapshot);
    // The report is the command's output, passed or failed (`check . > report.txt`); standard
    // error keeps the input problems and errors, as for every command.
    CheckOutcome outcome = evaluateCheck(*snapshot->analysis, snapshot->review);
    QString preface;
    if (known) {
        known->apply(outcome);
        preface = CommandLine::tr("Baseline: %1. What it had is marked (known) and does not fail.")
                      .arg(known->from) +
                  u'\n';
    }
    const QByteArray report =
        fmt == QLatin1String("sarif")   ? CheckReport::sarif(outcome, *snapshot->analysis)
        : fmt == QLatin1String("junit") ? CheckReport::junit(outcome)
                                        : (preface + CheckReport::text(outcome)).toUtf8();
    // Standard output's failures are reported once, when the command ends (finish()).
    if (!parser.isSet(output))
        printStandardOutput(report);
    else if (!writeOrComplain(parser.value(output), report))
        return Failure;
    return outcome.failedRules() > 0 ? Failure : Success;
}

int diffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Compare two states of a project: imports and modules added and removed, new, grown and "
        "broken cycles, levels, head budget findings and contract violations."));
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CommandLine::tr("The earlier state: a git revision."),
                                        QStringLiteral("REV"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        CommandLine::tr("The later state: a git revision (default: the work tree as it is)."),
        QStringLiteral("REV"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CommandLine::tr("Output format: text or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({fromOption, toOption, format, output});
    int exitCode = Success;
    const std::optional<QString> folder =
        parseFolderCommand(parser, arguments, QStringLiteral("diff"), &exitCode);
    if (!folder)
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err() << CommandLine::tr("headroom: unknown format '%1' (text or json)").arg(fmt)
              << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(fromOption) || parser.isSet(common.files.revision)) {
        err() << CommandLine::tr("headroom: diff compares --from REV with --to REV or the work "
                                 "tree; see 'headroom diff --help'")
              << Qt::endl;
        return UsageError;
    }
    PipelineOptions options;
    if (!common.read(parser, &options))
        return UsageError;
    // The import graph is what is compared: the call graph would only cost time.
    options.callGraph = false;
    PipelineOptions fromOptions = options;
    if (!CommandLine::readRevision(parser, fromOption, &fromOptions.analysis) ||
        !CommandLine::readRevision(parser, toOption, &options.analysis))
        return UsageError;
    const SnapshotPtr before = CommandLine::analyse(*folder, fromOptions);
    if (!before)
        return Failure;
    const SnapshotPtr after = CommandLine::analyse(*folder, options);
    if (!after)
        return Failure;
    CommandLine::printProblems(*after);
    const Comparison comparison =
        compareReviews(*before->analysis, before->review, *after->analysis, after->review);
    const GitRevision *from = before->analysis->scan.revision.get();
    const GitRevision *to = after->analysis->scan.revision.get();
    const QByteArray data =
        fmt == QLatin1String("json")
            ? comparisonJson(comparison, from, to)
            : DiffReport::text(comparison, from, to, after->analysis->scan.packagePrefix).toUtf8();
    if (!parser.isSet(output)) {
        printStandardOutput(data);
        return Success;
    }
    return writeOrComplain(parser.value(output), data) ? Success : Failure;
}

int versionCommand(const QStringList &)
{
    CommandLine::printOut(QStringLiteral("headroom " HEADROOM_VERSION "\n"));
    return Success;
}

// The commands that only write text: the one list runTextCommand() and main.cpp read.
struct TextCommand
{
    const char *word;
    int (*run)(const QStringList &arguments);
};
constexpr TextCommand kTextCommands[] = {
    {"analyze", analyzeCommand}, {"summary", summaryCommand},   {"check", checkCommand},
    {"diff", diffCommand},       {"--version", versionCommand},
};

const TextCommand *textCommand(const QString &word)
{
    for (const TextCommand &command : kTextCommands) {
        if (word == QLatin1String(command.word))
            return &command;
    }
    return nullptr;
}

} // namespace

bool CommandLine::isCommand(const QString &word)
{
    return isTextCommand(word) || word == QLatin1String("report") ||
           word == QLatin1String("export") || word == QLatin1String("help") ||
           word == QLatin1String("--help") || word == QLatin1String("-h");
}

bool CommandLine::isTextCommand(const QString &word)
{
    return textCommand(word) != nullptr;
}

bool CommandLine::needsGui(const QString &word)
{
    return word == QLatin1String("report") || word == QLatin1String("export");
}

// QCommandLineParser's usage line names the program as it was started ("/usr/bin/headroom
// [options] FOLDER") and not the command: put "headroom COMMAND" in its place.
QString CommandLine::helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QLatin1String("headroom ") + command);
    return text;
}

void CommandLine::printOut(const QString &text)
{
    printStandardOutput(text.toUtf8());
}

void CommandLine::printProblems(const Snapshot &snapshot, int limit)
{
    const QString &package = snapshot.analysis->scan.packagePrefix;
    int shown = 0;
    for (Diagnostic d : snapshot.diagnostics()) {
        if (severityOf(d.code) == Severity::Info)
            continue;
        if (!d.file.isEmpty() && !package.isEmpty())
            d.file = package + QLatin1Char('/') + d.file;
        if (shown++ < limit)
            err() << (severityOf(d.code) == Severity::Error ? tr("headroom: error: %1")
                                                            : tr("headroom: warning: %1"))
                         .arg(DiagnosticText::line(d))
                  << Qt::endl;
    }
    if (shown > limit)
        err() << tr("headroom: %n more problem(s) not shown", nullptr, shown - limit) << Qt::endl;
}

std::optional<int> CommandLine::runTextCommand(const QString &command, const QStringList &arguments)
{
    if (const TextCommand *found = textCommand(command))
        return found->run(arguments);
    return std::nullopt;
}

int CommandLine::finish(int exitCode)
{
    // What a command printed may still sit in a buffer: a full disk or a closed pipe is
    // only seen now, and must not pass for success.
    QString error;
    if (!flushStandardOutput(&error)) {
        err() << tr("headroom: cannot write to standard output: %1").arg(error) << Qt::endl;
        return exitCode == Success ? Failure : exitCode;
    }
    return exitCode;
}

} // namespace headroom
