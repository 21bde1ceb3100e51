// `headroom export --since REV`: a picture of what changed since a git revision, made by
// the program itself on a small repository, which is left exactly as it was.
#include "changestyle.h"
#include "cliharness.h"
#include "gitrepo.h"
#include "graphviz.h"
#include "legend.h"
#include "svgclasses.h"
#include "svgtexts.h"

#include <QRegularExpression>
#include <QtTest>

using namespace headroom;
using namespace headroom::test;

namespace {

// The texts of an SVG and the smallest one's size on the page.
QStringList textsOf(const QString &svgFile, double *smallest)
{
    QStringList texts;
    *smallest = 1e9;
    for (const SvgText &t : svgTexts(readAll(svgFile))) {
        texts << t.text;
        *smallest = std::min(*smallest, t.pixels);
    }
    return texts;
}

// One attribute's value in a DOT attribute list as Headroom writes it: key=word or
// key="text".
QString attributeOf(const DotStatement &statement, const QString &key)
{
    const QRegularExpression pattern(
        QStringLiteral("(?:^|, )%1=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\]]+))").arg(key));
    const QRegularExpressionMatch m = pattern.match(statement.attributes);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : QString();
}

} // namespace

class TestExportSince : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void picture_data();
    void picture();
    void errors_data();
    void errors();
    void dot_data();
    void dot();

private:
    Repo m_repo;
    QTemporaryDir m_out;
};

void TestExportSince::initTestCase()
{
    QVERIFY(m_repo.ok());
    QVERIFY(m_repo.commit({{"shop/__init__.py", ""},
                           {"shop/a.py", "from shop import b\n"},
                           {"shop/b.py", "from shop import c\n"},
                           {"shop/c.py", ""},
                           {"shop/old.py", "from shop import c\n"}},
                          QStringLiteral("first")));
    QVERIFY(m_repo.commit({{"shop/c.py", "from shop import a\n"},
                           {"shop/old.py", QString()},
                           {"shop/new.py", "from shop import a\n"}},
                          QStringLiteral("Close a cycle, drop old")));
}

void TestExportSince::picture_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("boxes");
    QTest::newRow("structure map") << QStringList{} << QStringList{"new", "old", "a", "c"};
    QTest::newRow("modules") << QStringList{"--level", "module"}
                             << QStringList{"new", "old", "a", "c"};
    QTest::newRow("focus") << QStringList{"--focus", "shop.c", "--hops", "2"}
                           << QStringList{"new", "a", "c"};
    QTest::newRow("packages") << QStringList{"--level", "package", "--depth", "2"}
                              << QStringList{"new", "old", "a", "c"};
}

void TestExportSince::picture()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, boxes);
    const QString svg = m_out.filePath(QStringLiteral("%1.svg").arg(QTest::currentDataTag()));
    const QStringList before = fingerprint(m_repo.path());
    const Outcome o = runProgram(
        QStringList{"export", m_repo.path(), "--since", "HEAD~1", "--preset", "slide", "-o", svg} +
        options);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(fingerprint(m_repo.path()), before); // nothing written, nothing checked out
    double smallest = 0;
    const QStringList texts = textsOf(svg, &smallest);
    const QString all = texts.join(u'\n');
    static const QRegularExpression title(
        QStringLiteral("^Changes since HEAD~1 \\([0-9a-f]{10}, first\\)"));
    QVERIFY2(std::any_of(texts.begin(), texts.end(),
                         [](const QString &t) { return title.match(t).hasMatch(); }),
             qPrintable(all));
    for (const QString &box : boxes)
        QVERIFY2(texts.contains(box), qPrintable(box + " in\n" + all));
    for (const char *key :
         {"added module or package (+)", "import removed (−)", "in a new or grown cycle"})
        QVERIFY2(all.contains(QString::fromUtf8(key)), key);
    QVERIFY2(smallest >= 9.0, qPrintable(QString::number(smallest)));
}

void TestExportSince::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown revision")
        << QStringList{"--since", "nosuchbranch"} << 1 << "has no revision nosuchbranch";
    QTest::newRow("empty revision") << QStringList{"--since", ""} << 2 << "--since takes";
    QTest::newRow("not the graph")
        << QStringList{"--since", "HEAD~1", "--view", "matrix"} << 2 << "graph view only";
}

void TestExportSince::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString svg = m_out.filePath(QStringLiteral("error.svg"));
    const Outcome o = runProgram(QStringList{"export", m_repo.path(), "-o", svg} + arguments);
    QCOMPARE(o.exitCode, exitCode);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY(!QFile::exists(svg));
}

void TestExportSince::dot_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("title"); // the start of the graph's label
    const QString since = QStringLiteral("Changes since HEAD~1 \\([0-9a-f]{10}, first\\) · ");
    QTest::newRow("structure map") << QStringList{} << since;
    QTest::newRow("modules") << QStringList{"--level", "module"} << since;
    QTest::newRow("two revisions")
        << QStringList{"--level", "module", "--rev", "HEAD"}
        << QStringLiteral("Changes from HEAD~1 \\([0-9a-f]{10}, first\\) to HEAD "
                          "\\([0-9a-f]{10}, Close a cycle, drop old\\) · ");
}

// The DOT carries the SVG's marks, as attributes and as classes, and the key to them; the
// boxes are coloured by the current state alone; Graphviz reads and draws it.
void TestExportSince::dot()
{
    QFETCH(QStringList, options);
    QFETCH(QString, title);
    const QString file = m_out.filePath(QStringLiteral("%1.dot").arg(QTest::currentDataTag()));
    const Outcome o = runProgram(QStringList{"export", m_repo.path(), "--since", "HEAD~1",
                                             "--metric", "fan-in", "-o", file} +
                                 options);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QByteArray dot = readAll(file);
    QHash<QString, DotStatement> statements;
    for (const DotStatement &st : dotStatements(dot))
        statements.insert(st.id, st);
    const auto classes = [&](const QString &id) {
        QStringList list = statements.value(id).classes.split(u' ', Qt::SkipEmptyParts);
        list.sort();
        return list.join(u' ');
    };
    // Added: blue and "+"; removed: a dashed grey ghost and "−"; a new cycle's: vermillion.
    QCOMPARE(classes("shop.new"), QStringLiteral("added"));
    QVERIFY(attributeOf(statements.value("shop.new"), "label").startsWith("+ "));
    QCOMPARE(attributeOf(statements.value("shop.new"), "color"), ChangeStyle::addedColor().name());
    QCOMPARE(classes("shop.old"), QStringLiteral("removed"));
    QVERIFY(attributeOf(statements.value("shop.old"), "label").startsWith(u"\u2212 "));
    QVERIFY(attributeOf(statements.value("shop.old"), "style").contains("dashed"));
    QCOMPARE(attributeOf(statements.value("shop.old"), "fillcolor"),
             ChangeStyle::ghostFill().name());
    for (const char *member : {"shop.a", "shop.b", "shop.c"}) {
        QVERIFY2(classes(member).contains("new-cycle"), member);
        QCOMPARE(attributeOf(statements.value(member), "color"),
                 ChangeStyle::newCycleColor().name());
    }
    QCOMPARE(classes("shop.new->shop.a"), QStringLiteral("added"));
    QCOMPARE(attributeOf(statements.value("shop.new->shop.a"), "label"), QStringLiteral("+"));
    QCOMPARE(classes("shop.old->shop.c"), QStringLiteral("removed"));
    QCOMPARE(attributeOf(statements.value("shop.old->shop.c"), "style"), QStringLiteral("dashed"));
    QCOMPARE(attributeOf(statements.value("shop.old->shop.c"), "label"), QStringLiteral("\u2212"));
    QVERIFY(classes("shop.c->shop.a").contains("added"));
    QVERIFY(classes("shop.c->shop.a").contains("new-cycle"));
    // Colours are the current state's: shop.c is imported by shop.b alone now, as shop.b is
    // by shop.a; the ghost's import of shop.c counts for nothing.
    QCOMPARE(attributeOf(statements.value("shop.c"), "fillcolor"),
             attributeOf(statements.value("shop.b"), "fillcolor"));
    QVERIFY(attributeOf(statements.value("shop.c"), "fillcolor") !=
            attributeOf(statements.value("shop.a"), "fillcolor"));
    // The title names the revisions; the key explains every mark.
    const QString text = QString::fromUtf8(dot);
    QVERIFY2(QRegularExpression("\\n  graph \\[.*label=\"" + title).match(text).hasMatch(),
             qPrintable(text.left(400)));
    QVERIFY(dot.contains("subgraph \"cluster_headroom-legend\""));
    QVERIFY(QRegularExpression("label=\"Changes since HEAD~1 \\([0-9a-f]{10}, first\\)\"")
                .match(text)
                .hasMatch());
    for (const Legend::ChangeKey key : Legend::changeKeys())
        QVERIFY2(text.contains(Legend::changeText(key)), qPrintable(Legend::changeText(key)));
    // Graphviz draws it, classes kept.
    const GraphvizResult svg = renderDot(dot, "dot", "svg");
    QVERIFY2(svg.error.isEmpty() && !svg.output.isEmpty(), qPrintable(svg.error));
    // (Graphviz writes a class's hyphen as &#45;, which an SVG reader reads back as one.)
    const QString drawn = QString::fromUtf8(svg.output).replace(QStringLiteral("&#45;"), "-");
    QVERIFY(drawn.contains("class=\"node added\""));
    QVERIFY(drawn.contains("class=\"edge removed\""));
    QVERIFY(drawn.contains("class=\"node cycle new-cycle\""));
    if (const QString out = qEnvironmentVariable("HEADROOM_DOT_SVG"); !out.isEmpty()) {
        QFile picture(out + u'.' + QString::fromLatin1(QTest::currentDataTag()) + ".svg");
        QVERIFY(picture.open(QIODevice::WriteOnly)); // HEADROOM_DOT_SVG=/tmp/x tst_exportsince
        picture.write(svg.output);
    }
}

QTEST_GUILESS_MAIN(TestExportSince)
#include "tst_exportsince.moc"
