#pragma once

#include "diagnostic.h"
#include "pipeline.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace headroom {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// The headless front end: `headroom analyze|report|help ...`. Needs no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    [[nodiscard]] static bool isCommand(const QString &word);
    // The commands runTextCommand() runs.
    [[nodiscard]] static bool isTextCommand(const QString &word);
    // Commands that paint (report, export) need a QApplication: scenes and fonts.
    [[nodiscard]] static bool needsGui(const QString &word);
    // arguments[0] is the program, arguments[1] the command. Returns the exit code.
    // (app/cli/commands.cpp, with the commands that draw.)
    static int run(const QStringList &arguments);
    // The commands that only write text (analyze, summary, check, --version); nothing
    // when `command` is not one of them. `arguments` no longer hold the command word.
    [[nodiscard]] static std::optional<int> runTextCommand(const QString &command,
                                                           const QStringList &arguments);
    // Flushes standard output; a write that failed turns success into failure.
    [[nodiscard]] static int finish(int exitCode);
    [[nodiscard]] static QTextStream &standardError();
    // A command's --help, its usage line naming the command: "Usage: headroom export ...".
    [[nodiscard]] static QString helpText(const QCommandLineParser &parser, const QString &command);

    // Writes the SVG report of the project in `folder` to `outFile`; shared with the GUI's
    // no-display start. Returns the exit code and prints what it did.
    static int writeReport(const QString &folder, const QString &outFile, bool useCache = true);

    // Runs the one pipeline on `folder`; when it cannot be analysed, says why in one line on
    // standard error and returns null.
    [[nodiscard]] static SnapshotPtr analyse(const QString &folder, const PipelineOptions &options);
    // The program is about to end when the command does: what analyse() returned is kept to
    // the end of the process rather than freed piece by piece (the standard library's facts
    // and call graph take a third of a second to free). Off for commands run in a test.
    static void keepAnalysesUntilExit();

    // --rev REV, for every command that reads the project.
    [[nodiscard]] static QCommandLineOption revisionOption();
    // Sets out->scan.revision from --rev; false, having said why, when it is given empty.
    [[nodiscard]] static bool readRevision(const QCommandLineParser &parser,
                                           const QCommandLineOption &option, AnalysisOptions *out);

    // --churn DAYS, for every command that reads the project.
    [[nodiscard]] static QCommandLineOption churnOption();
    [[nodiscard]] static bool readChurn(const QCommandLineParser &parser,
                                        const QCommandLineOption &option, AnalysisOptions *out);

    // --no-cache, for every command that reads the project; readCache() applies it (the
    // cache is on by default, in $XDG_CACHE_HOME/headroom).
    [[nodiscard]] static QCommandLineOption noCacheOption();
    static void readCache(const QCommandLineParser &parser, const QCommandLineOption &option,
                          AnalysisOptions *out);
    // --exclude GLOB, repeatable, for every command that reads the project (ScanOptions).
    [[nodiscard]] static QCommandLineOption excludeOption();

    // Prints on standard output; a failure is reported once, when the command ends (run()).
    static void printOut(const QString &text);

    // Lists problems of warning level and above on standard error, `limit` at most, each
    // naming its file and reason.
    // On standard error, each file's path from the folder that holds the top-level package
    // (as the reports write it).
    static void printProblems(const Snapshot &snapshot, int limit = 20);
};

} // namespace headroom
