// What `headroom summary` and `headroom check` say in words (issue 12): a cut list says how
// much it left out, a class without instance attributes has no cohesion figure, every path
// keeps its package folders, and check's report is its standard output.
#include "cliharness.h"
#include "projectfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom::test;

namespace {

// Two digits, so that names sort as numbers do.
QString number(int i)
{
    return QString("%1").arg(i, 2, 10, QChar('0'));
}

// `count` two-module cycles in package p: a<i> and b<i> import each other.
FileList cycles(int count)
{
    FileList files{{"p/__init__.py", ""}};
    for (int i = 0; i < count; ++i) {
        files.append({QString("p/a%1.py").arg(i), QString("from p import b%1\n").arg(i)});
        files.append({QString("p/b%1.py").arg(i), QString("from p import a%1\n").arg(i)});
    }
    return files;
}

// `count` modules of eight functions each: one head budget finding apiece at the default 7.
FileList crowdedModules(int count)
{
    FileList files;
    for (int i = 0; i < count; ++i) {
        QString code;
        for (int f = 0; f < 8; ++f)
            code += QString("def f%1():\n    return %1\n").arg(f);
        files.append({"m" + number(i) + ".py", code});
    }
    return files;
}

// `count` classes of two unrelated methods (LCOM4 2), in a module of their own each.
FileList splitClasses(int count)
{
    FileList files;
    for (int i = 0; i < count; ++i)
        files.append({"c" + number(i) + ".py", "class C:\n    def f(self):\n        return 1\n"
                                               "    def g(self):\n        return 2\n"});
    return files;
}

// A chain of `count` modules, m0 importing m1 and so on: levels 0 to count - 1.
FileList chain(int count)
{
    FileList files;
    for (int i = 0; i < count; ++i)
        files.append({"m" + number(i) + ".py",
                      i + 1 < count ? "import m" + number(i + 1) + "\n" : QString("x = 1\n")});
    return files;
}

// `count` modules of package app each break one forbidden contract.
FileList brokenContract(int count)
{
    FileList files{{"app/__init__.py", ""}, {"app/web.py", ""}};
    QStringList sources;
    for (int i = 0; i < count; ++i) {
        files.append({QString("app/s%1.py").arg(i), "import app.web\n"});
        sources << QString("\"app.s%1\"").arg(i);
    }
    files.append({"pyproject.toml", "[tool.importlinter]\nroot_package = \"app\"\n"
                                    "[[tool.importlinter.contracts]]\nname = \"No web\"\n"
                                    "type = \"forbidden\"\nsource_modules = [" +
                                        sources.join(',') +
                                        "]\nforbidden_modules = [\"app.web\"]\n"});
    return files;
}

void verifyWords(const QString &text, const QStringList &said, const QStringList &unsaid)
{
    for (const QString &words : said)
        QVERIFY2(text.contains(words), qPrintable(words + " not in:\n" + text));
    for (const QString &words : unsaid)
        QVERIFY2(!text.contains(words), qPrintable(words + " in:\n" + text));
}

} // namespace

class TestCliSummary : public QObject
{
    Q_OBJECT

private slots:
    void cutLists_data();
    void cutLists();
    void classCohesion_data();
    void classCohesion();
    void packagePaths_data();
    void packagePaths();
    void checkReportOnStandardOutput_data();
    void checkReportOnStandardOutput();
};

// "14 import cycles" over ten of them read as if the ten were all.
void TestCliSummary::cutLists_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<QStringList>("said");
    QTest::addColumn<QStringList>("unsaid");

    QTest::newRow("12 cycles, 10 shown")
        << cycles(12) << QStringList{"12 import cycles:", "Cycle 10 (", "\nand 2 more cycle"}
        << QStringList{"Cycle 11 ("};
    QTest::newRow("10 cycles, all shown")
        << cycles(10) << QStringList{"10 import cycles:", "Cycle 10 ("} << QStringList{"more"};
    QTest::newRow("22 findings, 20 shown")
        << crowdedModules(22)
        << QStringList{"22 items over the head budget:", "m19 has 8 top-level definitions",
                       "\n  and 2 more item"}
        << QStringList{"m20 has", "m21 has"};
    QTest::newRow("20 findings, all shown")
        << crowdedModules(20) << QStringList{"20 items over the head budget:", "m19 has"}
        << QStringList{"more"};
    QTest::newRow("12 split classes, 10 shown")
        << splitClasses(12) << QStringList{"  c09.C: 2 parts", "\n  and 2 more class"}
        << QStringList{"c10.C", "c11.C"};
    QTest::newRow("12 modules past the depth, 10 named")
        << chain(19)
        << QStringList{"12 modules above level 6, the budget: m00, m01, m02, m03, m04, m05, "
                       "m06, m07, m08, m09, and 2 more\n"}
        << QStringList{"m10,", "m11,", "..."};
    QTest::newRow("one import to cut: on the cycle's line")
        << cycles(1) << QStringList{"\n  cut to break it: p.", " (p/"} << QStringList{"cut these"};
    QTest::newRow("two imports to cut: one to a line")
        << FileList{{"p/__init__.py", ""},
                    {"p/a.py", "from p import b\n"},
                    {"p/b.py", "from p import a\nfrom p import c\n"},
                    {"p/c.py", "from p import b\n"}}
        << QStringList{"\n  cut these 2 imports to break it:\n    p.", " imports p.", ")\n    p."}
        << QStringList{"; p."};
    QTest::newRow("11 contract chains, 10 shown")
        << brokenContract(11)
        << QStringList{"BROKEN by 11 import chains", "app.s9 must not import app.web",
                       "\n    and 1 more chain"}
        << QStringList{"app.s10 must not"};
}

void TestCliSummary::cutLists()
{
    QFETCH(FileList, files);
    QFETCH(QStringList, said);
    QFETCH(QStringList, unsaid);
    ProjectFixture project(files);
    const Outcome outcome = runProgram({"summary", project.path()});
    QCOMPARE(outcome.exitCode, 0);
    verifyWords(outcome.out, said, unsaid);
    QCOMPARE(outcome.err, QString());
}

// DatabaseOperations (no instance attributes) showed "cohesion 100%".
void TestCliSummary::classCohesion_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("summary"); // the class's summary line, empty when not listed
    QTest::addColumn<double>("json");     // its JSON cohesion, -1 for null

    QTest::newRow("no instance attributes")
        << "class C:\n    def f(self):\n        return 1\n    def g(self):\n        return 2\n"
        << "  m.C: 2 parts, 2 methods, cohesion n/a (no instance attributes); 2 methods alone\n"
        << -1.0;
    QTest::newRow("attributes used by half")
        << "class C:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n"
           "    def f(self):\n        return self.a\n    def g(self):\n        return self.b\n"
        << "  m.C: 2 parts, 3 methods, cohesion 50%; 2 methods alone\n"
        << 0.5;
    QTest::newRow("a part of two methods and one alone")
        << "class C:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n"
           "    def f(self):\n        return self.a\n    def g(self):\n        return self.a\n"
           "    def h(self):\n        return self.b\n"
        << "  m.C: 2 parts, 4 methods, cohesion 50%; 1 part of several methods, 1 method alone\n"
        << 0.5;
    QTest::newRow("constructor only") << "class C:\n    def __init__(self):\n        self.a = 1\n"
                                      << QString() << -1.0;
}

void TestCliSummary::classCohesion()
{
    QFETCH(QString, code);
    QFETCH(QString, summary);
    QFETCH(double, json);
    ProjectFixture project({{"m.py", code}});
    const Outcome summarised = runProgram({"summary", project.path()});
    QCOMPARE(summarised.exitCode, 0);
    QCOMPARE(summarised.err, QString());
    if (summary.isEmpty())
        verifyWords(summarised.out, {"Every class is cohesive"}, {"m.C", "100%"});
    else
        verifyWords(summarised.out, {summary}, {"100%"});

    const Outcome analysed = runProgram({"analyze", project.path(), "-q"});
    QCOMPARE(analysed.exitCode, 0);
    QJsonObject node;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(analysed.out.toUtf8()).object().value("nodes").toArray()) {
        if (v["id"].toString() == "m.C")
            node = v.toObject();
    }
    QVERIFY2(node.contains("cohesion"), qPrintable(analysed.out));
    if (json < 0)
        QVERIFY2(node.value("cohesion").isNull(), qPrintable(analysed.out));
    else
        QCOMPARE(node.value("cohesion").toDouble(), json);
}

// Analysing django itself printed its own __init__.py as "__init__.py:1".
void TestCliSummary::packagePaths_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("folder"); // analysed, inside the fixture
    QTest::addColumn<QStringList>("said");

    // shop imports a, a imports shop: a cycle through the package's own __init__.py.
    const QStringList cycle{"shop/__init__.py:1 \u2192 shop/a.py:1 \u2192 shop/__init__.py",
                            "shop imports shop.a (shop/__init__.py:1)"};
    const QStringList contract{"shop.a must not import shop.web: shop.a (shop/a.py:2) \u2192 "
                               "shop.web"};
    QTest::newRow("summary of the package itself") << "summary"
                                                   << "shop" << cycle + contract;
    QTest::newRow("summary of the folder above it") << "summary"
                                                    << "" << cycle + contract;
    QTest::newRow("check of the package itself") << "check"
                                                 << "shop" << cycle + contract;
    QTest::newRow("check of the folder above it") << "check"
                                                  << "" << cycle + contract;
}

void TestCliSummary::packagePaths()
{
    QFETCH(QString, command);
    QFETCH(QString, folder);
    QFETCH(QStringList, said);
    const QString linter = "[importlinter]\nroot_package = shop\n[importlinter:contract:one]\n"
                           "name = One\ntype = forbidden\nsource_modules = shop.a\n"
                           "forbidden_modules = shop.web\n";
    ProjectFixture project(
        {{"shop/__init__.py", "from shop import a\n"},
         {"shop/a.py", "import shop\nimport shop.web\n"},
         {"shop/web.py", ""},
         {"shop/broken.py", "def (:\n"},
         {folder.isEmpty() ? ".importlinter" : folder + "/.importlinter", linter}});
    const Outcome outcome = runProgram({command, project.filePath(folder)});
    QCOMPARE(outcome.exitCode, command == "check" ? 1 : 0);
    verifyWords(outcome.out, said, {" __init__.py", "(__init__.py", "(a.py"});
    // Problems on standard error name their files the same way.
    QVERIFY2(outcome.err.contains("headroom: warning: shop/broken.py:1: "),
             qPrintable(outcome.err));
}

// `headroom check . > report.txt` left the file empty: the report went to standard error.
void TestCliSummary::checkReportOnStandardOutput_data()
{
    QTest::addColumn<FileList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("report");

    // Each project also holds a file with a syntax error: a diagnostic for standard error.
    const FileList broken{{"bad.py", "def (:\n"}};
    QTest::newRow("a rule fails") << cycles(1) + broken << 1
                                  << QStringList{"FAIL cycles: 1 import cycle",
                                                 "  Cycle 1 (2 modules): p/a0.py:1",
                                                 "\n    cut to break it: ", "ok   depth",
                                                 "1 rule failed."};
    QTest::newRow("every rule passes")
        << chain(2) + broken << 0 << QStringList{"ok   cycles: 0", "All rules pass."};
}

void TestCliSummary::checkReportOnStandardOutput()
{
    QFETCH(FileList, files);
    QFETCH(int, exitCode);
    QFETCH(QStringList, report);
    ProjectFixture project(files);
    QTemporaryDir out;
    const QString file = out.filePath("report.txt");
    const Outcome outcome = runProgram({"check", project.path()}, file);
    QCOMPARE(outcome.exitCode, exitCode);
    verifyWords(QString::fromUtf8(readAll(file)), report, {"headroom:"});
    // Standard error holds the input problem alone.
    QCOMPARE(outcome.err, QString("headroom: warning: bad.py:1: has a syntax error; what could "
                                  "be recovered was analysed\n"));
}

QTEST_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
