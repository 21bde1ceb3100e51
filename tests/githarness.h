#pragma once
// Running git itself in a test's throw-away repository, with a fixed author.
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace headroom::test {

// Runs `git ARGUMENTS` in `dir`; false unless it exits 0. Its trimmed output to `out`.
inline bool runGit(const QString &dir, const QStringList &arguments, QByteArray *out = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
