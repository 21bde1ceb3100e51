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
    QTest::newRow("nothing") << "[project]\nname = 'x'\n" << QList<int>{7, 7, 7, 7, 7} << runtimeKinds
                             << QList<int>{0, 0, -1, 1} << QStringList{};
    QTest::newRow("uniform budget") << "[tool.headroom]\nbudget = 5\n" << QList<int>{5, 5, 5, 5, 5}
                                    << runtimeKinds << QList<int>{0, 0, -1, 1} << QStringList{};
    QTest::newRow("overrides")
        << "[tool.headroom]\nbudget = 6\n[tool.headroom.budgets]\nclass_methods = 12\ndepth = 9\n"
        << QList<int>{6, 6, 6, 12, 9} << runtimeKinds << QList<int>{0, 0, -1, 1} << QStringList{};
    QTest::newRow("cycle kinds")
        << "[tool.headroom]\ncycle_imports = ['runtime', 'type-checking']\n" << QList<int>{7, 7, 7, 7, 7}
        << int(kindBit(ImportKind::Runtime) | kindBit(ImportKind::TypeChecking)) << QList<int>{0, 0, -1, 1}
        << QStringList{};
    QTest::newRow("check rules")
        << "[tool.headroom.check]\nmax_cycles = 3\nmax_depth = -1\nmax_findings = 10\ncontracts = false\n"
        << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{3, -1, 10, 0} << QStringList{};
    QTest::newRow("wrong types")
        << "[tool.headroom]\nbudget = 'seven'\ncycle_imports = ['sometimes']\n[tool.headroom.budgets]\ndepth = 0\n"
           "[tool.headroom.check]\ncontracts = 'yes'\n"
        << QList<int>{7, 7, 7, 7, 7} << runtimeKinds << QList<int>{0, 0, -1, 1}
        << QStringList{"2:budget", "3:cycle_imports", "5:depth", "7:contracts"}; // sorted
    QTest::newRow("not TOML") << "[tool.headroom\nbudget = 3\n" << QList<int>{7, 7, 7, 7, 7} << runtimeKinds
                              << QList<int>{0, 0, -1, 1} << QStringList{"1:"};
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
    QCOMPARE((QList<int>{b.packageMembers, b.moduleDefinitions, b.moduleImports, b.classMethods, b.depth}), budget);
    QCOMPARE(int(s.metrics.cycles.kinds), kinds);
    QCOMPARE((QList<int>{s.check.maxCycles, s.check.maxDepth, s.check.maxFindings, int(s.check.contracts)}), check);
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
