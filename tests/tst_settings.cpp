// [tool.headroom] settings: the budget and its per-check overrides, cycle import kinds,
// check rules, and clear diagnostics for settings of the wrong type.
#include "settings.h"

#include <QtTest>

using namespace headroom;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestSettings::parse_data()
{
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QList<int>>("budget"); // members, definitions, imports, methods, depth
    QTest::addColumn<int>("kinds");
    QTest::addColumn<QList<int>>("check"); // max cycles, max depth, max findings, contracts
    QTest::addColumn<QStringList>("problems");

    const int runtimeKinds = RuntimeImportKinds;
    QTest::newRow("nothing") << "[project]\nname = 'x'\n"
                             << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{0, 0, -1, 1}
                             << QStringList{};
    QTest::newRow("uniform budget")
        << "[tool.headroom]\nbudget = 5\n"
        << QList<int>{5, 5, 5, 5, 5} << runtimeKinds << QList<int>{0, 0, -1, 1} << QStringList{};
    QTest::newRow("overrides")
        << "[tool.headroom]\nbudget = 6\n[tool.headroom.budgets]\nclass_methods = 12\ndepth = 9\n"
        << QList<int>{6, 6, 6, 12, 9} << runtimeKinds << QList<int>{0, 0, -1, 1} << QStringList{};
    QTest::newRow("cycle kinds")
        << "[tool.headroom]\ncycle_imports = ['runtime', 'type-checking']\n"
        << QList<int>{7, 7, 7, 7, 7}
        << int(kindBit(ImportKind::Runtime) | kindBit(ImportKind::TypeChecking))
        << QList<int>{0, 0, -1, 1} << QStringList{};
    QTest::newRow("check rules") << "[tool.headroom.check]\nmax_cycles = 3\nmax_depth = "
                                    "-1\nmax_findings = 10\ncontracts = false\n"
                                 << QList<int>{7, 7, 7, 7, 7} << runtimeKinds
                                 << QList<int>{3, -1, 10, 0} << QStringList{};
    QTest::newRow("wrong types") << "[tool.headroom]\nbudget = 'seven'\ncycle_imports = "
                                    "['sometimes']\n[tool.headroom.budgets]\ndepth = 0\n"
                                    "[tool.headroom.check]\ncontracts = 'yes'\n"
                                 << QList<int>{7, 7, 7, 7, 7} << runtimeKinds
                                 << QList<int>{0, 0, -1, 1}
                                 << QStringList{"2:budget", "3:cycle_imports", "5:depth",
                                                "7:contracts"}; // sorted
    QTest::newRow("not TOML") << "[tool.headroom\nbudget = 3\n"
                              << QList<int>{7, 7, 7, 7, 7} << runtimeKinds
                              << QList<int>{0, 0, -1, 1} << QStringList{"1:"};
    // Issue 9: one integer beyond 64 bits discarded the whole file; now only its setting.
    QTest::newRow("an integer beyond 64 bits")
        << "[tool.headroom]\nbudget = 5\n[tool.headroom.check]\nmax_cycles = 99999999999999999999\n"
           "max_depth = 4\n"
        << QList<int>{5, 5, 5, 5, 5} << runtimeKinds << QList<int>{0, 4, -1, 1}
        << QStringList{"4:max_cycles"};
    QTest::newRow("an integer beyond 64 bits elsewhere")
        << "[tool.black]\nline-length = -99999999999999999999\n[tool.headroom]\nbudget = 5\n"
        << QList<int>{5, 5, 5, 5, 5} << runtimeKinds << QList<int>{0, 0, -1, 1} << QStringList{};
    // A float, a boolean or an integer where another type belongs is no value of that type.
    QTest::newRow("numbers and booleans of the wrong type")
        << "[tool.headroom]\nbudget = 7.0\n[tool.headroom.check]\nmax_cycles = false\ncontracts = "
           "1\n"
        << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{0, 0, -1, 1}
        << QStringList{"2:budget", "4:max_cycles", "5:contracts"};
    QTest::newRow("misspelt settings")
        << "[tool.headroom]\nbudgett = 5\n[tool.headroom.budgets]\ndepht = "
           "3\n[tool.headroom.check]\n"
           "max_cycle = 3\n"
        << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{0, 0, -1, 1}
        << QStringList{"2:budgett", "4:depht", "6:max_cycle"};
    QTest::newRow("tables of the wrong type")
        << "[tool.headroom]\nbudgets = 5\ncheck = true\n"
        << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{0, 0, -1, 1}
        << QStringList{"2:budgets", "3:check"};
    QTest::newRow("settings read with the files")
        << "[tool.headroom]\nroots = ['src']\nmax_file_bytes = 1000\n"
        << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{0, 0, -1, 1} << QStringList{};
}

void TestSettings::parse()
{
    QFETCH(QString, toml);
    QFETCH(QList<int>, budget);
    QFETCH(int, kinds);
    QFETCH(QList<int>, check);
    QFETCH(QStringList, problems);
    const QByteArray text = toml.toUtf8();
    const HeadroomSettings s = parseHeadroomSettings({text.constData(), size_t(text.size())});
    const HeadBudget &b = s.metrics.budget;
    QCOMPARE((QList<int>{b.packageMembers, b.moduleDefinitions, b.moduleImports, b.classMethods,
                         b.depth}),
             budget);
    QCOMPARE(int(s.metrics.cycles.kinds), kinds);
    QCOMPARE((QList<int>{s.check.maxCycles, s.check.maxDepth, s.check.maxFindings,
                         int(s.check.contracts)}),
             check);
    QStringList got;
    for (const Diagnostic &d : s.diagnostics) {
        QCOMPARE(d.code, DiagnosticCode::ConfigError);
        // A TOML syntax error's detail is the parser's own sentence: compare its line only.
        const bool syntax = !d.detail.contains(QRegularExpression(QStringLiteral("^[a-z_]+$")));
        got << QString::number(d.line) + QLatin1Char(':') + (syntax ? QString() : d.detail);
    }
    got.sort();
    QCOMPARE(got, problems);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
