#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

// A throw-away project folder built from (relative path, content) pairs.
class ProjectFixture
{
public:
    explicit ProjectFixture(const QList<QPair<QString, QString>> &files)
    {
        for (const auto &[path, content] : files)
            write(path, content.toUtf8());
    }

    void write(const QString &relative, const QByteArray &content) const
    {
        writeFile(m_dir.filePath(relative), content);
    }

    // Writes `content` to the file at `full`, making its folders.
    static void writeFile(const QString &full, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &relative) const
    {
        return m_dir.filePath(relative);
    }

private:
    QTemporaryDir m_dir;
};

using FileList = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(FileList)
