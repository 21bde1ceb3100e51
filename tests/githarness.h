#pragma once
// Running git itself in a test's throw-away repository, with a fixed author.
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace headroom::test {

// Runs `git ARGUMENTS` in `dir`; false unless it exits 0. Its trimmed output to `out`. A
// commit made with `when` (seconds since 1970) is dated then.
inline bool runGit(const QString &dir, const QStringList &arguments, QByteArray *out = nullptr,
                   qint64 when = 0)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (when > 0) {
        for (const char *name : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"})
            env.insert(QString::fromLatin1(name), QStringLiteral("@%1 +0000").arg(when));
    }
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QString::fromLatin1(name), QStringLiteral("Test"));
    for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QString::fromLatin1(name), QStringLiteral("test@example.org"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    if (out)
        *out = process.readAllStandardOutput().trimmed();
    return true;
}

} // namespace headroom::test
