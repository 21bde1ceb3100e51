// What `headroom analyze` writes: its JSON and DOT on fixture projects and the sample,
// read back, rendered through Graphviz and checked against the review.
#include "cli.h"
#include "cliharness.h"
#include "graphviz.h"
#include "headroomversion.h"
#include "outputfile.h"
#include "projectfixture.h"
#include "svgclasses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>
#include <QtTest>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace headroom;
using namespace headroom::test;

class TestCliFormats : public QObject
{
    Q_OBJECT

private slots:
    void analyzeJson();
    void packageLevel();
    void dotRenders();
    void dotClasses_data();
    void dotClasses();
    void sampleJson();
    void layerJson_data();
    void layerJson();
};

void TestCliFormats::analyzeJson()
{
    ProjectFixture project(shopFiles());
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("graph.json"));
    QCOMPARE(runCommand({QStringLiteral("analyze"), project.path(), QStringLiteral("-o"), file,
                         QStringLiteral("-q")}),
             0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(readAll(file), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("level")).toString(), QStringLiteral("module"));
    QCOMPARE(root.value(QLatin1String("files")).toInt(), 5);

    QHash<QString, QJsonObject> nodes;
    for (const QJsonValue &v : root.value(QLatin1String("nodes")).toArray())
        nodes.insert(v[QLatin1String("id")].toString(), v.toObject());
    QCOMPARE(nodes.value(QStringLiteral("shop")).value(QLatin1String("kind")).toString(),
             QStringLiteral("package"));
    QCOMPARE(nodes.value(QStringLiteral("shop.a")).value(QLatin1String("kind")).toString(),
             QStringLiteral("module"));
    QCOMPARE(nodes.value(QStringLiteral("shop.a")).value(QLatin1String("path")).toString(),
             QStringLiteral("shop/a.py"));
    QCOMPARE(nodes.value(QStringLiteral("tools")).value(QLatin1String("kind")).toString(),
             QStringLiteral("namespace"));
    QCOMPARE(nodes.value(QStringLiteral("tools")).value(QLatin1String("path")).toString(),
             QStringLiteral("tools"));
    QCOMPARE(nodes.value(QStringLiteral("os")).value(QLatin1String("origin")).toString(),
             QStringLiteral("stdlib"));
    QCOMPARE(nodes.value(QStringLiteral("requests")).value(QLatin1String("origin")).toString(),
             QStringLiteral("third-party"));

    QHash<QString, QJsonObject> edges;
    for (const QJsonValue &v : root.value(QLatin1String("edges")).toArray())
        edges.insert(v[QLatin1String("source")].toString() + QLatin1String("->") +
                         v[QLatin1String("target")].toString(),
                     v.toObject());
    QCOMPARE(edges.size(), 5);
    const QJsonObject bc = edges.value(QStringLiteral("shop.b->shop.c"));
    QCOMPARE(bc.value(QLatin1String("kind")).toString(), QStringLiteral("import"));
    QCOMPARE(bc.value(QLatin1String("import_kinds")).toArray(),
             QJsonArray{QStringLiteral("function-local")});
    const QJsonObject site = bc.value(QLatin1String("sites")).toArray().first().toObject();
    QCOMPARE(site.value(QLatin1String("file")).toString(), QStringLiteral("shop/b.py"));
    QCOMPARE(site.value(QLatin1String("line")).toInt(), 2);
    QVERIFY(edges.contains(QStringLiteral("tools.run->shop.a")));
}

void TestCliFormats::packageLevel()
{
    ProjectFixture project(shopFiles());
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("graph.json"));
    QCOMPARE(runCommand({QStringLiteral("analyze"), project.path(), QStringLiteral("--level"),
                         QStringLiteral("package"), QStringLiteral("--no-external"),
                         QStringLiteral("-o"), file, QStringLiteral("-q")}),
             0);
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

void TestCliFormats::dotRenders()
{
    ProjectFixture project(shopFiles());
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("graph.dot"));
    QCOMPARE(runCommand({QStringLiteral("analyze"), project.path(), QStringLiteral("--format"),
                         QStringLiteral("dot"), QStringLiteral("-o"), file, QStringLiteral("-q")}),
             0);
    const QByteArray dot = readAll(file);
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.contains("\"shop.b\" -> \"shop.c\""));
    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.output.contains("shop.b"));
}

// Issue 11: DOT for other tools. Cycle members carry class="cycle", the edges of every
// breaking set class="cut", and Graphviz's SVG keeps them as the elements' classes.
void TestCliFormats::dotClasses_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("cycle"); // members, sorted
    QTest::addColumn<QStringList>("cut");   // "source->target", sorted

    // a -> b and b -> c have two sites each, c -> a one: the cut is c -> a.
    QTest::newRow("a ring of three")
        << FileList{{"ring/__init__.py", ""},
                    {"ring/a.py", "import ring.b\nimport ring.b as again\n"},
                    {"ring/b.py", "import ring.c\nimport ring.c as again\n"},
                    {"ring/c.py", "import ring.a\n"},
                    {"ring/d.py", "import os\nimport ring.a\n"}}
        << QStringList{"ring.a", "ring.b", "ring.c"} << QStringList{"ring.c->ring.a"};
    // Every import written twice: each count is drawn, and Graphviz 2.43, which frees memory
    // twice laying out a labelled edge within one rank, must not be handed one.
    QTest::newRow("a ring of three, every import twice")
        << FileList{{"ring/__init__.py", ""},
                    {"ring/a.py", "import ring.b\nimport ring.b as again\n"},
                    {"ring/b.py", "import ring.c\nimport ring.c as again\n"},
                    {"ring/c.py", "import ring.a\nimport ring.a as again\n"},
                    {"ring/d.py", "import ring.a\n"}}
        << QStringList{"ring.a", "ring.b", "ring.c"} << QStringList{"ring.b->ring.c"};
    // Two rings, each cut at its one-site import; b -> c joins them and is cut in neither.
    QTest::newRow("two rings") << FileList{{"pkg/__init__.py", ""},
                                           {"pkg/a.py", "import pkg.b\nimport pkg.b as again\n"},
                                           {"pkg/b.py", "import pkg.a\nimport pkg.c\n"},
                                           {"pkg/c.py", "import pkg.d\n"},
                                           {"pkg/d.py", "import pkg.c\nimport pkg.c as again\n"}}
                               << QStringList{"pkg.a", "pkg.b", "pkg.c", "pkg.d"}
                               << QStringList{"pkg.b->pkg.a", "pkg.c->pkg.d"};
    QTest::newRow("a ring closed only for type checking")
        << FileList{{"pkg/a.py", "from pkg import b\n"},
                    {"pkg/b.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from "
                                 "pkg import a\n"}}
        << QStringList{} << QStringList{};
}

void TestCliFormats::dotClasses()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, cycle);
    QFETCH(QStringList, cut);
    ProjectFixture project(files);
    QTemporaryDir out;
    QCOMPARE(runCommand(
                 {"analyze", project.path(), "--format", "dot", "-o", out.filePath("g.dot"), "-q"}),
             0);
    const QByteArray dot = readAll(out.filePath("g.dot"));
    // In the DOT: the nodes and edges with a class. A cut stays drawn as before (thick,
    // dashed, upward=true); nothing else gets a class.
    QStringList dotCycle, dotCut;
    for (const test::DotStatement &s : test::dotStatements(dot)) {
        QVERIFY2(s.classes.isEmpty() || s.classes == (s.edge ? "cut" : "cycle"),
                 qPrintable(s.text));
        QVERIFY2(s.attributes.contains("upward=true") == (s.edge && !s.classes.isEmpty()),
                 dot.constData());
        if (!s.classes.isEmpty())
            (s.edge ? dotCut : dotCycle) << s.id;
        // An edge inside a ring joins two modules of one level (one rank): its count, if
        // any, beside it (xlabel), never on it.
        if (s.edge && cycle.contains(s.id.section(QStringLiteral("->"), 0, 0)) &&
            cycle.contains(s.id.section(QStringLiteral("->"), 1, 1))) {
            QVERIFY2(!QRegularExpression(QStringLiteral("(^|[ ,])label="))
                          .match(s.attributes)
                          .hasMatch(),
                     qPrintable(s.text));
            if (s.text.contains(QLatin1String("weight=2")))
                QVERIFY2(s.attributes.contains(QLatin1String("xlabel=2")), qPrintable(s.text));
        }
    }
    dotCycle.sort();
    dotCut.sort();
    QCOMPARE(dotCycle, cycle);
    QCOMPARE(dotCut, cut);
    // Through Graphviz: the classes on the SVG's node and edge groups, titled by id.
    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(!svg.output.isEmpty(), qPrintable(svg.error));
    const SvgClasses rendered = svgClasses(svg.output);
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    QCOMPARE(rendered.cycleNodes, cycle);
    QCOMPARE(rendered.cutEdges, cut);
}

void TestCliFormats::sampleJson()
{
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("sample.json"));
    QCOMPARE(runCommand({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "-o", file}), 0);
    const QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(root.value("depth").toInt(), 12);
    QCOMPARE(root.value("longest_chain").toArray().first().toString(),
             QStringLiteral("tinyshop.web.admin"));
    QCOMPARE(root.value("longest_chain").toArray().last().toString(),
             QStringLiteral("tinyshop.config"));

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
    QCOMPARE(runCommand({"analyze", QStringLiteral(HEADROOM_SAMPLE_DIR), "-q", "-o", file,
                         "--cycle-imports", "runtime,function-local,conditional,type-checking"}),
             0);
    QCOMPARE(QJsonDocument::fromJson(readAll(file)).object().value("cycles").toArray().size(), 3);
}

// Every internal module, package and namespace has an integer layer; externals and classes
// have none, as for levels.
void TestCliFormats::layerJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("modules") << QStringList{};
    for (const char *depth : {"1", "2", "3"})
        QTest::addRow("packages, depth %s", depth)
            << QStringList{"--level", "package", "--depth", depth};
}

void TestCliFormats::layerJson()
{
    QFETCH(QStringList, args);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("sample.json"));
    const QString sample = QStringLiteral(HEADROOM_SAMPLE_DIR);
    QCOMPARE(runCommand(QStringList{"analyze", sample, "-q", "-o", file} + args), 0);
    QHash<QString, int> layer;
    for (const QJsonValue &v : QJsonDocument::fromJson(readAll(file))["nodes"].toArray()) {
        const QJsonValue value = v["layer"];
        QCOMPARE(v.toObject().contains("layer"), v["origin"] == "internal" && v["kind"] != "class");
        QVERIFY(value.isUndefined() || (value.isDouble() && value.toDouble() == value.toInt(-1)));
        layer.insert(v["id"].toString(), value.toInt(-1));
    }
    if (args.isEmpty()) // the cut is order -> pricing: pricing sits a layer above order
        QCOMPARE(layer["tinyshop.domain.pricing"], layer["tinyshop.domain.order"] + 1);
}

QTEST_MAIN(TestCliFormats)
#include "tst_cli_formats.moc"
