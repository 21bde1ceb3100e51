// `headroom export --since REV`: a picture of what changed since a git revision, made by
// the program itself on a small repository, which is left exactly as it was.
#include "cliharness.h"
#include "gitrepo.h"
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

QTEST_GUILESS_MAIN(TestExportSince)
#include "tst_exportsince.moc"
