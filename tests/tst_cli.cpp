// The headless command line: `headroom analyze` and `headroom report` on fixture projects,
// with their JSON/DOT/SVG outputs and their one-line errors.
#include "cli.h"
#include "graphviz.h"
#include "projectfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QtTest>

using namespace headroom;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void analyzeJson();
    void packageLevel();
    void dotRenders();
    void report();
    void errors_data();
    void errors();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int run(const QStringList &args)
    {
        return CommandLine::run(QStringList{QStringLiteral("headroom")} + args);
    }
    const FileList m_files{{"shop/__init__.py", ""},
                           {"shop/a.py", "import os\nfrom shop import b\n"},
                           {"shop/b.py", "def f():\n    from . import c\n"},
                           {"shop/c.py", "import requests\n"},
                           {"tools/run.py", "import shop.a\n"}};
};

void TestCli::analyzeJson()
{
    ProjectFixture project(m_files);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("graph.json"));
    QCOMPARE(run({QStringLiteral("analyze"), project.path(), QStringLiteral("-o"), file, QStringLiteral("-q")}), 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(readAll(file), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("level")).toString(), QStringLiteral("module"));
    QCOMPARE(root.value(QLatin1String("files")).toInt(), 5);

    QHash<QString, QJsonObject> nodes;
    for (const QJsonValue &v : root.value(QLatin1String("nodes")).toArray())
        nodes.insert(v[QLatin1String("id")].toString(), v.toObject());
    QCOMPARE(nodes.value(QStringLiteral("shop")).value(QLatin1String("kind")).toString(), QStringLiteral("package"));
    QCOMPARE(nodes.value(QStringLiteral("shop.a")).value(QLatin1String("kind")).toString(), QStringLiteral("module"));
    QCOMPARE(nodes.value(QStringLiteral("shop.a")).value(QLatin1String("path")).toString(), QStringLiteral("shop/a.py"));
    QCOMPARE(nodes.value(QStringLiteral("tools")).value(QLatin1String("kind")).toString(), QStringLiteral("namespace"));
    QCOMPARE(nodes.value(QStringLiteral("tools")).value(QLatin1String("path")).toString(), QStringLiteral("tools"));
    QCOMPARE(nodes.value(QStringLiteral("os")).value(QLatin1String("origin")).toString(), QStringLiteral("stdlib"));
    QCOMPARE(nodes.value(QStringLiteral("requests")).value(QLatin1String("origin")).toString(), QStringLiteral("third-party"));

    QHash<QString, QJsonObject> edges;
    for (const QJsonValue &v : root.value(QLatin1String("edges")).toArray())
        edges.insert(v[QLatin1String("source")].toString() + QLatin1String("->") + v[QLatin1String("target")].toString(), v.toObject());
    QCOMPARE(edges.size(), 5);
    const QJsonObject bc = edges.value(QStringLiteral("shop.b->shop.c"));
    QCOMPARE(bc.value(QLatin1String("kind")).toString(), QStringLiteral("import"));
    QCOMPARE(bc.value(QLatin1String("import_kinds")).toArray(), QJsonArray{QStringLiteral("function-local")});
    const QJsonObject site = bc.value(QLatin1String("sites")).toArray().first().toObject();
    QCOMPARE(site.value(QLatin1String("file")).toString(), QStringLiteral("shop/b.py"));
    QCOMPARE(site.value(QLatin1String("line")).toInt(), 2);
    QVERIFY(edges.contains(QStringLiteral("tools.run->shop.a")));
}

void TestCli::packageLevel()
{
    ProjectFixture project(m_files);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("graph.json"));
    QCOMPARE(run({QStringLiteral("analyze"), project.path(), QStringLiteral("--level"), QStringLiteral("package"),
                  QStringLiteral("--no-external"), QStringLiteral("-o"), file, QStringLiteral("-q")}), 0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    QStringList ids;
    for (const QJsonValue &v : root.value(QLatin1String("nodes")).toArray())
        ids << v[QLatin1String("id")].toString();
    ids.sort();
    QCOMPARE(ids, (QStringList{"shop", "tools"}));
    const QJsonArray edges = root.value(QLatin1String("edges")).toArray();
    QCOMPARE(edges.size(), 1);
    QCOMPARE(edges.first()[QLatin1String("source")].toString(), QStringLiteral("tools"));
    QCOMPARE(edges.first()[QLatin1String("target")].toString(), QStringLiteral("shop"));
}

void TestCli::dotRenders()
{
    ProjectFixture project(m_files);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("graph.dot"));
    QCOMPARE(run({QStringLiteral("analyze"), project.path(), QStringLiteral("--format"), QStringLiteral("dot"),
                  QStringLiteral("-o"), file, QStringLiteral("-q")}), 0);
    const QByteArray dot = readAll(file);
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.contains("\"shop.b\" -> \"shop.c\""));
    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.output.contains("shop.b"));
}

void TestCli::report()
{
    ProjectFixture project(m_files);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("report.svg"));
    QCOMPARE(run({QStringLiteral("report"), project.path(), QStringLiteral("-o"), file}), 0);
    QXmlStreamReader xml(readAll(file));
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts.contains(QStringLiteral("shop.a")));
    QVERIFY(texts.contains(QStringLiteral("tools.run")));
    // Nothing was written into the analysed project.
    QVERIFY(!QFileInfo::exists(project.filePath(QStringLiteral("headroom-report.svg"))));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("missing folder") << QStringList{"analyze", "/nonexistent/headroom/project"} << 1;
    QTest::newRow("a file, not a folder") << QStringList{"analyze", QStringLiteral(HEADROOM_TEST_DATA) + "/../tst_cli.cpp"} << 1;
    QTest::newRow("no folder") << QStringList{"analyze"} << 2;
    QTest::newRow("bad format") << QStringList{"analyze", ".", "--format", "xml"} << 2;
    QTest::newRow("bad level") << QStringList{"analyze", ".", "--level", "galaxy"} << 2;
    QTest::newRow("bad depth") << QStringList{"analyze", ".", "--level", "package", "--depth", "0"} << 2;
    QTest::newRow("unknown option") << QStringList{"analyze", ".", "--frobnicate"} << 2;
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(run(args), exitCode);
}


QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
