#pragma once
// Tests that read git revisions: a throw-away repository, and a fingerprint of a folder to
// check that nothing in it was written.
#include "githarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace headroom::test {

// A throw-away repository; each commit writes its files ("" content with a null: delete).
class Repo
{
public:
    Repo() { m_ok = git({QStringLiteral("init"), QStringLiteral("-q"), m_dir.path()}); }

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString path() const { return m_dir.path(); }

    bool git(const QStringList &arguments, QByteArray *out = nullptr, qint64 when = 0) const
    {
        return runGit(QDir(m_dir.path()).exists() ? m_dir.path() : QDir::tempPath(), arguments, out,
                      when);
    }

    // Writes `files` (a null content deletes the file) and commits them all.
    bool commit(const QList<QPair<QString, QString>> &files, const QString &message,
                qint64 when = 0)
    {
        for (const auto &[relative, content] : files) {
            const QString full = m_dir.filePath(relative);
            if (content.isNull()) {
                QFile::remove(full);
                continue;
            }
            QDir().mkpath(QFileInfo(full).absolutePath());
            QFile file(full);
            if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
                return false;
        }
        return git({QStringLiteral("add"), QStringLiteral("-A")}) &&
               git({QStringLiteral("commit"), QStringLiteral("-qm"), message}, nullptr, when);
    }

    [[nodiscard]] QString id(const QString &revision) const
    {
        QByteArray out;
        git({QStringLiteral("rev-parse"), revision}, &out);
        return QString::fromLatin1(out);
    }

    // The revision's files written out by git itself into `target`.
    bool checkout(const QString &revision, const QString &target) const
    {
        const QString tar = target + QStringLiteral(".tar");
        QDir().mkpath(target);
        if (!git({QStringLiteral("archive"), QStringLiteral("--format=tar"), QStringLiteral("-o"),
                  tar, revision}))
            return false;
        QProcess untar;
        untar.start(QStringLiteral("tar"),
                    {QStringLiteral("-xf"), tar, QStringLiteral("-C"), target});
        return untar.waitForFinished(30000) && untar.exitCode() == 0 && QFile::remove(tar);
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

// Every file under `dir` with its size, time and content hash, sorted.
inline QStringList fingerprint(const QString &dir)
{
    QStringList list;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        QString line = info.filePath() + u' ' + QString::number(info.size()) + u' ' +
                       QString::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink()) {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                line +=
                    u' ' +
                    QString::fromLatin1(
                        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
        }
        list.append(line);
    }
    list.sort();
    return list;
}

} // namespace headroom::test
