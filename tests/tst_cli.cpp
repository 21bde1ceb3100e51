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
    void sampleJson();
    void checkRules_data();
    void checkRules();
    void summary();
    void callGraphLevels();

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


// The bundled sample project was written with known answers: see resources/sample/README.md.
void TestCli::sampleJson()
{
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("sample.json"));
    QCOMPARE(run({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "-o", file}), 0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(root.value("depth").toInt(), 12);
    QCOMPARE(root.value("longest_chain").toArray().first().toString(), QStringLiteral("tinyshop.web.admin"));
    QCOMPARE(root.value("longest_chain").toArray().last().toString(), QStringLiteral("tinyshop.config"));

    const QJsonArray cycles = root.value("cycles").toArray();
    QCOMPARE(cycles.size(), 2);
    QStringList members;
    for (const QJsonValue &c : cycles) {
        QStringList m;
        for (const QJsonValue &v : c["members"].toArray())
            m << v.toString();
        members << m.join(QLatin1Char('+'));
        QCOMPARE(c["breaking_set"].toArray().size(), 1);
        QVERIFY(c["exact"].toBool());
        QCOMPARE(c["chain"].toArray().size(), 3); // a.py:N, b.py:M, a.py
    }
    members.sort();
    QCOMPARE(members, (QStringList{"tinyshop.domain.order+tinyshop.domain.pricing",
                                   "tinyshop.services.checkout+tinyshop.services.notify"}));

    QHash<QString, QJsonObject> nodes;
    for (const QJsonValue &v : root.value("nodes").toArray())
        nodes.insert(v["id"].toString(), v.toObject());
    const QJsonObject manager = nodes.value("tinyshop.services.checkout.CheckoutManager");
    QCOMPARE(manager.value("kind").toString(), QStringLiteral("class"));
    QCOMPARE(manager.value("lcom4").toInt(), 3);
    QCOMPARE(nodes.value("tinyshop.config").value("level").toInt(), 0);
    QCOMPARE(nodes.value("tinyshop.web.admin").value("level").toInt(), 11);
    QCOMPARE(nodes.value("tinyshop.domain.order").value("level").toInt(),
             nodes.value("tinyshop.domain.pricing").value("level").toInt());
    QCOMPARE(nodes.value("tinyshop.config").value("ce").toInt(), 0);
    QVERIFY(nodes.value("tinyshop.config").value("ca").toInt() >= 4);
    QCOMPARE(nodes.value("tinyshop.config").value("instability").toDouble(), 0.0);

    const QJsonArray findings = root.value("findings").toArray();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first()["check"].toString(), QStringLiteral("depth"));
    QCOMPARE(findings.first()["excess"].toInt(), 5);

    const QJsonArray contracts = root.value("contracts").toArray();
    QCOMPARE(contracts.size(), 2);
    for (const QJsonValue &c : contracts)
        QCOMPARE(c["status"].toString(), QStringLiteral("broken"));
    // The forbidden contract is broken by exactly the function-local import in product.py.
    const QJsonArray chain = contracts[1]["violations"].toArray().first()["chain"].toArray();
    QCOMPARE(chain.size(), 1);
    QCOMPARE(chain.first()["source"].toString(), QStringLiteral("tinyshop.domain.product"));
    QCOMPARE(chain.first()["target"].toString(), QStringLiteral("tinyshop.web.formatting"));

    // With type-checking imports counted, web.app and web.views form a third cycle.
    QCOMPARE(run({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "-o", file, "--cycle-imports",
                  "runtime,function-local,conditional,type-checking"}), 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(file)).object().value("cycles").toArray().size(), 3);
}

void TestCli::checkRules_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("defaults fail") << QStringList{} << 1;
    QTest::newRow("cycles still fail") << QStringList{"--max-depth", "-1", "--no-contracts"} << 1;
    QTest::newRow("depth still fails") << QStringList{"--max-cycles", "2", "--no-contracts"} << 1;
    QTest::newRow("contracts still fail") << QStringList{"--max-cycles", "2", "--max-depth", "12"} << 1;
    QTest::newRow("all allowed") << QStringList{"--max-cycles", "2", "--max-depth", "12", "--no-contracts"} << 0;
    QTest::newRow("findings counted") << QStringList{"--max-cycles", "-1", "--max-depth", "-1", "--no-contracts",
                                                     "--max-findings", "0"} << 1;
    QTest::newRow("a bigger budget") << QStringList{"--max-cycles", "-1", "--no-contracts", "--budget", "12",
                                                    "--max-findings", "0"} << 0;
    QTest::newRow("bad number") << QStringList{"--max-cycles", "many"} << 2;
    QTest::newRow("bad import kind") << QStringList{"--cycle-imports", "runtime,sometimes"} << 2;
}

void TestCli::checkRules()
{
    QFETCH(QStringList, flags);
    QFETCH(int, exitCode);
    QCOMPARE(run(QStringList{"check", QStringLiteral(HEADROOM_SAMPLE_DIR)} + flags), exitCode);
}

void TestCli::summary()
{
    ProjectFixture clean({{"app/__init__.py", ""}, {"app/a.py", "from app import b\n"}, {"app/b.py", ""}});
    QCOMPARE(run({"check", clean.path()}), 0);
    QCOMPARE(run({"summary", clean.path()}), 0);
    QCOMPARE(run({"summary", "/nonexistent/headroom"}), 1);
}

// The call graph through the command line: class and function levels, JSON and DOT.
void TestCli::callGraphLevels()
{
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("classes.json"));
    QCOMPARE(run({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "--level", "class", "-o", file}), 0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(root.value("level").toString(), QStringLiteral("class"));
    QStringList edges;
    for (const QJsonValue &e : root.value("edges").toArray())
        edges << e["source"].toString() + QLatin1String(" -> ") + e["target"].toString() + QLatin1Char(' ') + e["kind"].toString();
    // checkout.py: self.order = catalog.new_order() returns Order(); self.order.add() uses it.
    QVERIFY2(edges.contains("tinyshop.services.checkout.CheckoutManager -> tinyshop.domain.order.Order uses"),
             qPrintable(edges.join(QLatin1Char('\n'))));
    QVERIFY(edges.contains("tinyshop.web.admin.AdminPage -> tinyshop.web.views.Page inherit"));

    const QString functions = out.filePath(QStringLiteral("functions.json"));
    QCOMPARE(run({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "--level", "function", "-o", functions}), 0);
    QStringList calls;
    for (const QJsonValue &e : QJsonDocument::fromJson(readAll(functions)).object().value("edges").toArray())
        calls << e["source"].toString() + QLatin1String(" -> ") + e["target"].toString();
    // pricing.order_total calls total in its own module; Order.total calls pricing.total.
    QVERIFY(calls.contains("tinyshop.domain.pricing.order_total -> tinyshop.domain.pricing.total"));
    QVERIFY(calls.contains("tinyshop.domain.order.Order.total -> tinyshop.domain.pricing.total"));

    const QString dot = out.filePath(QStringLiteral("functions.dot"));
    QCOMPARE(run({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "--level", "function", "--format", "dot", "-o", dot}), 0);
    const GraphvizResult svg = renderDot(readAll(dot), "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
