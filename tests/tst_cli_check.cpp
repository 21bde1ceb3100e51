// `headroom check --format sarif|junit [-o FILE]`: the CI forms of the check's report. Every
// failing item names its import sites relative to the project (SARIF for code scanning,
// JUnit XML for test reports); a passing project gives neither results nor failures.
#include "checkreport.h"
#include "cliharness.h"
#include "projectfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

using namespace headroom;
using namespace headroom::test;

namespace {

const QStringList RuleIds{"configuration", "cycles", "depth", "contracts", "budget"};

// app.domain and app.web import each other on their third lines (a cycle, and a broken
// forbidden contract), and app.big's class of eight methods is over the budget of 7.
FileList shopProject()
{
    QString crowded = "# one class does too much\nclass Crowded:\n";
    for (int i = 0; i < 8; ++i)
        crowded += QString("    def m%1(self):\n        return %1\n").arg(i);
    return {{"pyproject.toml", "[tool.headroom.check]\nmax_findings = 0\n\n"
                               "[tool.importlinter]\nroot_package = \"app\"\n\n"
                               "[[tool.importlinter.contracts]]\nname = \"Domain knows no web\"\n"
                               "type = \"forbidden\"\nsource_modules = [\"app.domain\"]\n"
                               "forbidden_modules = [\"app.web\"]\n"},
            {"app/__init__.py", ""},
            {"app/web.py", "import os\n\nfrom app import domain\n"},
            {"app/domain.py", "import sys\n\nimport app.web\n"},
            {"app/big.py", crowded}};
}

// Every rule passes: one import, no contracts.
FileList cleanProject()
{
    return {{"a.py", "import b\n"}, {"b.py", "X = 1\n"}};
}

QJsonObject sarifOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject firstRun(const QJsonObject &sarif)
{
    return sarif["runs"].toArray().first().toObject();
}

struct Site
{
    QString uri;
    int line = 0;
};

Site siteOf(const QJsonValue &location)
{
    const QJsonObject physical = location["physicalLocation"].toObject();
    return {physical["artifactLocation"]["uri"].toString(),
            physical["region"]["startLine"].toInt()};
}

// A JUnit report as read by a CI: its root's attributes and each testcase's outcome.
struct JUnit
{
    QString root;
    QHash<QString, QString> rootAttributes;
    QStringList testcases;          // names, in order
    QHash<QString, QString> result; // name -> "failure", "skipped" or "" (passed)
    QHash<QString, QString> failureType;
    QHash<QString, QString> failureText;
    QString error;
};

JUnit readJUnit(const QString &text)
{
    JUnit junit;
    QXmlStreamReader xml(text);
    QString testcase;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (junit.root.isEmpty()) {
            junit.root = name;
            for (const QXmlStreamAttribute &a : xml.attributes())
                junit.rootAttributes.insert(a.name().toString(), a.value().toString());
        } else if (name == "testcase") {
            testcase = xml.attributes().value("name").toString();
            junit.testcases << testcase;
            junit.result.insert(testcase, QString());
        } else if (name == "failure" || name == "skipped") {
            junit.result[testcase] = name;
            junit.failureType[testcase] = xml.attributes().value("type").toString();
            junit.failureText[testcase] =
                xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError())
        junit.error = xml.errorString();
    return junit;
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void sarifFields();
    void sarifLocations_data();
    void sarifLocations();
    void junitRules_data();
    void junitRules();
    void passingProject_data();
    void passingProject();
    void outputFile_data();
    void outputFile();
    void badFormat();
    void knownItems_data();
    void knownItems();
};

// What a SARIF 2.1.0 reader requires, and what GitHub code scanning reads.
void TestCliCheck::sarifFields()
{
    ProjectFixture project(shopProject());
    const Outcome outcome = runProgram({"check", "--format", "sarif", project.path()});
    QCOMPARE(outcome.exitCode, 1);
    const QJsonObject sarif = sarifOf(outcome.out);
    QCOMPARE(sarif["version"].toString(), QString("2.1.0"));
    QCOMPARE(sarif["$schema"].toString(), QString("https://json.schemastore.org/sarif-2.1.0.json"));
    QCOMPARE(sarif["runs"].toArray().size(), 1);
    const QJsonObject run = firstRun(sarif);
    const QJsonObject driver = run["tool"]["driver"].toObject();
    QCOMPARE(driver["name"].toString(), QString("headroom"));
    QCOMPARE("headroom " + driver["version"].toString() + "\n", runProgram({"--version"}).out);

    const QJsonArray rules = driver["rules"].toArray();
    QStringList ids;
    for (const QJsonValue &rule : rules) {
        ids << rule["id"].toString();
        QVERIFY(!rule["name"].toString().isEmpty());
        for (const char *text : {"shortDescription", "fullDescription", "help"})
            QVERIFY2(!rule[text]["text"].toString().isEmpty(), text);
        QCOMPARE(rule["defaultConfiguration"]["level"].toString(), QString("error"));
    }
    QCOMPARE(ids, RuleIds);

    const QString root = QFileInfo(project.path()).canonicalFilePath() + '/';
    QCOMPARE(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].toString(),
             QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded));
    const QJsonArray results = run["results"].toArray();
    QCOMPARE(results.size(), 3); // the cycle, the contract's chain, the crowded class
    for (const QJsonValue &result : results) {
        const int index = result["ruleIndex"].toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(result["ruleId"].toString(), rules[index]["id"].toString());
        QCOMPARE(result["level"].toString(), QString("error"));
        QVERIFY(!result["message"]["text"].toString().isEmpty());
        QJsonArray locations = result["locations"].toArray();
        QCOMPARE(locations.size(), 1);
        for (const QJsonValue &related : result["relatedLocations"].toArray()) {
            QVERIFY(related["id"].isDouble());
            locations.append(related);
        }
        for (const QJsonValue &location : locations) {
            const QJsonObject artifact =
                location["physicalLocation"]["artifactLocation"].toObject();
            QCOMPARE(artifact["uriBaseId"].toString(), QString("%SRCROOT%"));
            const QString uri = artifact["uri"].toString();
            QVERIFY2(QUrl(uri).isRelative() && !uri.startsWith('/'), qPrintable(uri));
            QVERIFY2(QFileInfo::exists(project.filePath(uri)), qPrintable(uri));
            QVERIFY(location["physicalLocation"]["region"]["startLine"].toInt() >= 1);
        }
    }
}

void TestCliCheck::sarifLocations_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("sites"); // the location, then the related locations

    // A cycle's chain starts at its first member by name.
    QTest::newRow("cycle") << "cycles" << QStringList{"app/domain.py:3", "app/web.py:3"};
    QTest::newRow("contract") << "contracts" << QStringList{"app/domain.py:3"};
    QTest::newRow("class over the budget") << "budget" << QStringList{"app/big.py:2"};
}

void TestCliCheck::sarifLocations()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, sites);
    ProjectFixture project(shopProject());
    const Outcome outcome = runProgram({"check", "--format=sarif", project.path()});
    QStringList found;
    for (const QJsonValue &result : firstRun(sarifOf(outcome.out))["results"].toArray()) {
        if (result["ruleId"].toString() != rule)
            continue;
        QVERIFY2(found.isEmpty(), "one result expected");
        QJsonArray locations = result["locations"].toArray();
        for (const QJsonValue &related : result["relatedLocations"].toArray())
            locations.append(related);
        for (const QJsonValue &location : locations) {
            const Site site = siteOf(location);
            found << site.uri + ':' + QString::number(site.line);
        }
    }
    QCOMPARE(found, sites);
}

void TestCliCheck::junitRules_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("result"); // "failure", "skipped" or "" (passed)
    QTest::addColumn<QStringList>("sites");

    QTest::newRow("cycle") << QStringList{} << "cycles"
                           << "failure" << QStringList{"app/domain.py:3", "app/web.py:3"};
    QTest::newRow("contract") << QStringList{} << "contracts"
                              << "failure" << QStringList{"app/domain.py:3"};
    QTest::newRow("budget") << QStringList{} << "budget"
                            << "failure" << QStringList{"app/big.py:2"};
    QTest::newRow("depth passes") << QStringList{} << "depth"
                                  << "" << QStringList{};
    QTest::newRow("configuration passes") << QStringList{} << "configuration"
                                          << "" << QStringList{};
    QTest::newRow("contracts not run") << QStringList{"--no-contracts"} << "contracts"
                                       << "skipped" << QStringList{};
    QTest::newRow("depth not run") << QStringList{"--max-depth", "-1"} << "depth"
                                   << "skipped" << QStringList{};
    QTest::newRow("any cycle allowed") << QStringList{"--max-cycles", "-1"} << "cycles"
                                       << "" << QStringList{};
}

void TestCliCheck::junitRules()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, rule);
    QFETCH(QString, result);
    QFETCH(QStringList, sites);
    ProjectFixture project(shopProject());
    const Outcome outcome =
        runProgram(QStringList{"check", "--format", "junit", project.path()} + flags);
    QVERIFY(outcome.exitCode == 0 || outcome.exitCode == 1);
    const JUnit junit = readJUnit(outcome.out);
    QVERIFY2(junit.error.isEmpty(), qPrintable(junit.error));
    QCOMPARE(junit.root, QString("testsuites"));
    QCOMPARE(junit.rootAttributes.value("name"), QString("headroom"));
    QCOMPARE(junit.rootAttributes.value("tests"), QString("5"));
    QCOMPARE(junit.rootAttributes.value("failures").toInt(),
             int(std::count(junit.result.cbegin(), junit.result.cend(), QString("failure"))));
    QCOMPARE(outcome.exitCode, junit.rootAttributes.value("failures").toInt() > 0 ? 1 : 0);
    QCOMPARE(junit.testcases, RuleIds);
    QCOMPARE(junit.result.value(rule), result);
    if (result == "failure")
        QCOMPARE(junit.failureType.value(rule), rule);
    for (const QString &site : sites)
        QVERIFY2(junit.failureText.value(rule).contains(site),
                 qPrintable(site + " not in:\n" + junit.failureText.value(rule)));
}

void TestCliCheck::passingProject_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("sarif") << "sarif";
    QTest::newRow("junit") << "junit";
    QTest::newRow("text") << "text";
}

void TestCliCheck::passingProject()
{
    QFETCH(QString, format);
    ProjectFixture project(cleanProject());
    const Outcome outcome = runProgram({"check", "--format", format, project.path()});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.err, QString());
    if (format == "sarif") {
        const QJsonObject run = firstRun(sarifOf(outcome.out));
        QCOMPARE(run["tool"]["driver"]["rules"].toArray().size(), RuleIds.size());
        QVERIFY(run["results"].isArray());
        QCOMPARE(run["results"].toArray().size(), 0);
    } else if (format == "junit") {
        const JUnit junit = readJUnit(outcome.out);
        QVERIFY2(junit.error.isEmpty(), qPrintable(junit.error));
        QCOMPARE(junit.rootAttributes.value("failures"), QString("0"));
        QVERIFY(!junit.result.values().contains("failure"));
        QCOMPARE(junit.result.value("contracts"), QString("skipped")); // none configured
    } else {
        QVERIFY2(outcome.out.endsWith("All rules pass.\n"), qPrintable(outcome.out));
    }
}

void TestCliCheck::outputFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("starts");
    QTest::newRow("sarif") << "sarif"
                           << "{";
    QTest::newRow("junit") << "junit"
                           << "<?xml";
    QTest::newRow("text") << "text"
                          << "ok   cycles: 0";
}

void TestCliCheck::outputFile()
{
    QFETCH(QString, format);
    QFETCH(QString, starts);
    ProjectFixture project(cleanProject());
    QTemporaryDir out;
    const QString file = out.filePath("check.out");
    const Outcome outcome = runProgram({"check", "--format", format, "-o", file, project.path()});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out, QString());
    const QString written = QString::fromUtf8(readAll(file));
    QVERIFY2(written.startsWith(starts), qPrintable(written));
    // Standard output holds the same report.
    QCOMPARE(runProgram({"check", "--format", format, project.path()}).out, written);
}

void TestCliCheck::badFormat()
{
    ProjectFixture project(cleanProject());
    const Outcome outcome = runProgram({"check", "--format", "xml", project.path()});
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(outcome.out, QString());
    QCOMPARE(outcome.err, QString("headroom: unknown format 'xml' (text, sarif or junit)\n"));
}

// What a baseline will do: known items are listed as known and fail no rule.
void TestCliCheck::knownItems_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("results");
    QTest::newRow("new") << false
                         << "FAIL cycles: 1 import cycle(s), 0 allowed\n" // in source words: no
                            "  Cycle 1: a.py:1\n    cut: a.py:1\n1 rule(s) failed.\n" // translator
                         << 1;
    QTest::newRow("known") << true
                           << "ok   cycles: 1\n  Cycle 1: a.py:1 (known)\n    cut: a.py:1\n"
                              "All rules pass.\n"
                           << 1;
}

void TestCliCheck::knownItems()
{
    QFETCH(bool, known);
    QFETCH(QString, text);
    QFETCH(int, results);
    RuleOutcome cycles;
    cycles.rule = CheckRule::Cycles;
    cycles.status = RuleStatus::Passed;
    cycles.count = 1;
    CheckItem item;
    item.message = "Cycle 1: a.py:1\n  cut: a.py:1";
    item.sites = {CheckSite{"a.py", 1}};
    item.key = "a b";
    item.known = known;
    cycles.items.push_back(item);
    CheckOutcome outcome;
    outcome.rules.push_back(cycles);
    outcome.settle();
    QCOMPARE(outcome.failedRules(), known ? 0 : 1);
    QCOMPARE(CheckReport::text(outcome), text);
    const QJsonArray found =
        firstRun(sarifOf(QString::fromUtf8(CheckReport::sarif(outcome, Analysis{}))))["results"]
            .toArray();
    QCOMPARE(found.size(), results);
    QCOMPARE(found.first()["level"].toString(), QString(known ? "note" : "error"));
}

QTEST_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
