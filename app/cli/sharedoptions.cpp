// The options every command that reads a project shares (--rev, --churn, --exclude,
// --no-cache), made and read in one place (part of CommandLine, see cli.h).
#include "cli.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace headroom {

QCommandLineOption CommandLine::revisionOption()
{
    return QCommandLineOption(
        QStringLiteral("rev"),
        tr("Analyse the project as git revision REV holds it (a commit, tag, branch or any "
           "revision expression), read from the repository: nothing is checked out."),
        QStringLiteral("REV"));
}

bool CommandLine::readRevision(const QCommandLineParser &parser, const QCommandLineOption &option,
                               AnalysisOptions *out)
{
    if (!parser.isSet(option))
        return true;
    out->scan.revision = parser.value(option).trimmed();
    if (out->scan.revision.isEmpty()) {
        standardError() << tr("headroom: --rev takes a revision, as HEAD~1, v2.0 or a commit id")
                        << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption CommandLine::churnOption()
{
    return QCommandLineOption(
        QStringLiteral("churn"),
        tr("Count the commits that touched each file in the last DAYS days (git, first parents): "
           "the metrics churn and hotspot (churn times complexity)."),
        QStringLiteral("DAYS"));
}

bool CommandLine::readChurn(const QCommandLineParser &parser, const QCommandLineOption &option,
                            AnalysisOptions *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    out->churnDays = parser.value(option).toInt(&ok);
    if (!ok || out->churnDays < 1 || out->churnDays > 36500) {
        standardError() << tr("headroom: --churn takes a number of days from 1") << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption CommandLine::excludeOption()
{
    return QCommandLineOption(
        QStringLiteral("exclude"),
        tr("Leave out the files and folders this path glob matches, relative to the project's "
           "folder (as pip/_vendor, migrations or *_pb2.py); may be given again. Adds to "
           "exclude in pyproject.toml."),
        QStringLiteral("glob"));
}

QCommandLineOption CommandLine::noCacheOption()
{
    return QCommandLineOption(
        QStringLiteral("no-cache"),
        tr("Parse every file and leave the cache of extracted facts ($XDG_CACHE_HOME/headroom) "
           "alone."));
}

void CommandLine::readCache(const QCommandLineParser &parser, const QCommandLineOption &option,
                            AnalysisOptions *out)
{
    out->cache.enabled = !parser.isSet(option);
}

} // namespace headroom
