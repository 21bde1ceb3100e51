#pragma once
// What the command-line tests share: running the program itself or the commands in
// process, reading what they wrote, and a small fixture project.
#include "cli.h"
#include "projectfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace headroom::test {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs `program` in English, standard output to `stdoutFile` when given, with `extra`
// environment variables.
inline Outcome runProgramAt(const QString &program, const QStringList &args,
                            const QString &stdoutFile = {},
                            const QList<QPair<QString, QString>> &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(program, args);
    Outcome outcome;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}
// Runs the program itself, in English, standard output to `stdoutFile` when given.
inline Outcome runProgram(const QStringList &args, const QString &stdoutFile = {})
{
    return runProgramAt(QStringLiteral(HEADROOM_EXE), args, stdoutFile);
}
// "code file severity detail" for each diagnostic of an `analyze` JSON output.
inline QStringList diagnosticsOf(const QByteArray &json)
{
    QStringList list;
    for (const QJsonValue &d :
         QJsonDocument::fromJson(json).object().value("diagnostics").toArray())
        list << d["code"].toString() + u' ' + d["file"].toString() + u' ' +
                    d["severity"].toString() + u' ' + d["detail"].toString();
    return list;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
inline int runCommand(const QStringList &args)
{
    return CommandLine::run(QStringList{QStringLiteral("headroom")} + args);
}
// Three modules of one package, a tool beside it, imports of every reach.
inline FileList shopFiles()
{
    return {{"shop/__init__.py", ""},
            {"shop/a.py", "import os\nfrom shop import b\n"},
            {"shop/b.py", "def f():\n    from . import c\n"},
            {"shop/c.py", "import requests\n"},
            {"tools/run.py", "import shop.a\n"}};
}

} // namespace headroom::test
