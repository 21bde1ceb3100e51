// import-linter contracts: configuration read from the three places import-linter reads,
// and layers / forbidden / independence checked on small projects.
#include "analysis.h"
#include "contracts.h"
#include "projectfixture.h"

#include <QtTest>

using namespace headroom;

namespace {

const char *statusKey(ContractStatus s)
{
    switch (s) {
    case ContractStatus::Kept:
        return "kept";
    case ContractStatus::Broken:
        return "broken";
    case ContractStatus::NotChecked:
        return "not-checked";
    case ContractStatus::Invalid:
        return "invalid";
    }
    return "";
}

// "status" then one "a -> b -> c" line per violation, in the order found.
QStringList describe(const ContractResult &r, const ImportGraph &g)
{
    QStringList out{QLatin1String(statusKey(r.status)) +
                    (r.reason.isEmpty() ? QString() : QLatin1Char(' ') + r.reason)};
    for (const ContractViolation &v : r.violations) {
        QString chain = g.node(g.edge(v.chain.front()).source).name;
        for (const int e : v.chain)
            chain += QLatin1String(" -> ") + g.node(g.edge(e).target).name;
        out << chain;
    }
    return out;
}

const FileList Shop{
    {"shop/__init__.py", ""},
    {"shop/web/__init__.py", ""},
    {"shop/web/views.py", "from shop.domain import order\n"},
    {"shop/domain/__init__.py", ""},
    {"shop/domain/order.py", "from shop.db import rows\nimport requests\n"},
    {"shop/domain/price.py", "from shop.util import fmt\n"},
    {"shop/db/__init__.py", ""},
    {"shop/db/rows.py", "def f():\n    import shop.web.views\n"},
    {"shop/util/__init__.py", ""},
    {"shop/util/fmt.py",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from shop.web import views\n"}};

QString tomlContract(const QString &body, const QString &extraRoot = {})
{
    return QStringLiteral("[tool.importlinter]\nroot_package = \"shop\"\n") + extraRoot +
           QStringLiteral("\n[[tool.importlinter.contracts]]\nname = \"c\"\n") + body;
}

} // namespace

class TestContracts : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void iniFiles();
    void configErrors_data();
    void configErrors();
    void patterns_data();
    void patterns();
    void cuts();
};

void TestContracts::check_data()
{
    QTest::addColumn<QString>("pyproject");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("layers kept")
        << tomlContract("type = \"layers\"\nlayers = [\"shop.domain\", \"shop.util\"]\n",
                        "exclude_type_checking_imports = true\n")
        << QStringList{"kept"};
    QTest::newRow("indirect imports break layers")
        << tomlContract("type = \"layers\"\nlayers = [\"shop.web\", \"shop.domain\"]\n")
        << QStringList{"broken", "shop.domain.order -> shop.db.rows -> shop.web.views",
                       "shop.domain.price -> shop.util.fmt -> shop.web.views"};
    QTest::newRow("layers broken, direct and through a chain")
        << tomlContract(
               "type = \"layers\"\nlayers = [\"shop.web\", \"shop.domain\", \"shop.db\"]\n")
        << QStringList{"broken", "shop.domain.order -> shop.db.rows -> shop.web.views",
                       "shop.domain.price -> shop.util.fmt -> shop.web.views",
                       "shop.db.rows -> shop.web.views",
                       "shop.db.rows -> shop.web.views -> shop.domain.order"};
    QTest::newRow("type-checking imports count unless excluded")
        << tomlContract("type = \"layers\"\nlayers = [\"shop.web\", \"shop.util\"]\n")
        << QStringList{"broken", "shop.util.fmt -> shop.web.views"};
    QTest::newRow("exclude_type_checking_imports")
        << tomlContract("type = \"layers\"\nlayers = [\"shop.web\", \"shop.util\"]\n",
                        "exclude_type_checking_imports = true\n")
        << QStringList{"kept"};
    QTest::newRow("containers")
        << tomlContract(
               "type = \"layers\"\ncontainers = [\"shop\"]\nlayers = [\"domain\", \"util\"]\n")
        << QStringList{"broken", "shop.util.fmt -> shop.web.views -> shop.domain.order"};
    QTest::newRow("missing layer")
        << tomlContract("type = \"layers\"\nlayers = [\"shop.web\", \"shop.api\"]\n")
        << QStringList{"invalid shop.api"};
    QTest::newRow("optional missing layer")
        << tomlContract(
               "type = \"layers\"\nlayers = [\"shop.web\", \"(shop.api)\", \"shop.domain\"]\n",
               "exclude_type_checking_imports = true\n")
        << QStringList{"broken", "shop.domain.order -> shop.db.rows -> shop.web.views"};
    QTest::newRow("independent siblings")
        << tomlContract("type = \"layers\"\nlayers = [\"shop.web\", \"shop.domain | shop.util\"]\n")
        << QStringList{"broken",
                       "shop.domain.order -> shop.db.rows -> shop.web.views",
                       "shop.domain.price -> shop.util.fmt -> shop.web.views",
                       "shop.util.fmt -> shop.web.views",
                       "shop.domain.price -> shop.util.fmt",
                       "shop.util.fmt -> shop.web.views -> shop.domain.order"};
    QTest::newRow("forbidden, indirect")
        << tomlContract("type = \"forbidden\"\nsource_modules = "
                        "[\"shop.domain\"]\nforbidden_modules = [\"shop.web\"]\n")
        << QStringList{"broken", "shop.domain.order -> shop.db.rows -> shop.web.views",
                       "shop.domain.price -> shop.util.fmt -> shop.web.views"};
    QTest::newRow("forbidden, direct only")
        << tomlContract("type = \"forbidden\"\nsource_modules = "
                        "[\"shop.domain\"]\nforbidden_modules = [\"shop.web\"]\n"
                        "allow_indirect_imports = true\n")
        << QStringList{"kept"};
    QTest::newRow("forbidden external")
        << tomlContract("type = \"forbidden\"\nsource_modules = "
                        "[\"shop.domain\"]\nforbidden_modules = [\"requests\"]\n")
        << QStringList{"broken", "shop.domain.order -> requests"};
    QTest::newRow("ignore_imports with a wildcard")
        << tomlContract("type = \"forbidden\"\nsource_modules = "
                        "[\"shop.domain\"]\nforbidden_modules = [\"shop.web\"]\n"
                        "ignore_imports = [\"shop.*.rows -> shop.web.views\", \"shop.** -> "
                        "shop.util.fmt\"]\n")
        << QStringList{"kept"};
    QTest::newRow("independence")
        << tomlContract(
               "type = \"independence\"\nmodules = [\"shop.db\", \"shop.util\", \"shop.web\"]\n")
        << QStringList{"broken", "shop.db.rows -> shop.web.views",
                       "shop.util.fmt -> shop.web.views -> shop.domain.order -> shop.db.rows",
                       "shop.util.fmt -> shop.web.views",
                       "shop.web.views -> shop.domain.order -> shop.db.rows"};
    QTest::newRow("unknown type") << tomlContract("type = \"acyclic_siblings\"\n")
                                  << QStringList{"not-checked acyclic_siblings"};
    QTest::newRow("missing key")
        << tomlContract("type = \"forbidden\"\nsource_modules = [\"shop.domain\"]\n")
        << QStringList{"invalid forbidden_modules"};
}

void TestContracts::check()
{
    QFETCH(QString, pyproject);
    QFETCH(QStringList, expected);
    FileList files = Shop;
    files.append(qMakePair(QStringLiteral("pyproject.toml"), pyproject));
    ProjectFixture project(files);
    const AnalysisPtr a = analyzeProject(project.path());
    const ImportLinterConfig config =
        readImportLinterConfig(project.path(), loadPyProject(project.path()));
    QCOMPARE(config.file, QStringLiteral("pyproject.toml"));
    QCOMPARE(int(config.contracts.size()), 1);
    const std::vector<ContractResult> results = checkContracts(config, a->graph);
    QCOMPARE(describe(results.front(), a->graph).join(QLatin1Char(0x7c)),
             expected.join(QLatin1Char(0x7c)));
}

void TestContracts::iniFiles()
{
    const QString ini =
        QStringLiteral("[importlinter]\nroot_package = shop\n\n"
                       "[importlinter:contract:layers]\n"
                       "name = Web above domain\n"
                       "type = layers\n"
                       "layers=\n    shop.web\n    # a comment\n    shop.domain\n    shop.db\n"
                       "ignore_imports =\n    shop.db.rows -> shop.web.views\n\n"
                       "[importlinter:contract:two]\ntype: forbidden\nsource_modules = "
                       "shop.util\nforbidden_modules = shop.db\n");
    const ImportLinterConfig c =
        parseImportLinterIni(ini.toStdString(), QStringLiteral(".importlinter"));
    QCOMPARE(int(c.contracts.size()), 2);
    QCOMPARE(c.contracts[0].id, QStringLiteral("layers"));
    QCOMPARE(c.contracts[0].name, QStringLiteral("Web above domain"));
    QCOMPARE(c.contracts[0].type, QStringLiteral("layers"));
    QCOMPARE(c.contracts[0].options.value(QStringLiteral("layers")),
             (QStringList{"shop.web", "shop.domain", "shop.db"}));
    QCOMPARE(c.contracts[1].name, QStringLiteral("two"));
    QCOMPARE(c.contracts[1].type, QStringLiteral("forbidden"));

    // .importlinter wins over setup.cfg, which wins over pyproject.toml.
    FileList files = Shop;
    files.append(
        qMakePair(QStringLiteral("setup.cfg"),
                  QStringLiteral("[metadata]\nname = shop\n[importlinter:contract:x]\ntype = "
                                 "independence\nmodules = shop.db\n")));
    files.append(qMakePair(QStringLiteral("pyproject.toml"),
                           tomlContract("type = \"layers\"\nlayers = [\"shop.web\"]\n")));
    ProjectFixture project(files);
    QCOMPARE(readImportLinterConfig(project.path(), loadPyProject(project.path())).file,
             QStringLiteral("setup.cfg"));
    project.write(QStringLiteral(".importlinter"), ini.toUtf8());
    const ImportLinterConfig dot =
        readImportLinterConfig(project.path(), loadPyProject(project.path()));
    QCOMPARE(dot.file, QStringLiteral(".importlinter"));
    const AnalysisPtr a = analyzeProject(project.path());
    const std::vector<ContractResult> r = checkContracts(dot, a->graph);
    // rows -> views is ignored; the type-checking chain through util remains.
    QCOMPARE(describe(r[0], a->graph),
             (QStringList{"broken", "shop.domain.price -> shop.util.fmt -> shop.web.views"}));
    QCOMPARE(r[1].status,
             ContractStatus::Broken); // util.fmt -> web.views -> domain.order -> db.rows

    const ImportLinterConfig broken = parseImportLinterToml("[tool.importlinter\n");
    QCOMPARE(int(broken.diagnostics.size()), 1);
    QCOMPARE(broken.diagnostics[0].code, DiagnosticCode::ConfigError);
}

// What import-linter could not read as written is a config-error naming the line; the
// contracts read stay as configured, never guessed.
void TestContracts::configErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("contracts"); // "id:name:type"
    QTest::addColumn<QStringList>("problems");  // "line:detail"

    const QString ini = QStringLiteral(".importlinter");
    const QString one =
        QStringLiteral("[importlinter]\nroot_package = shop\n[importlinter:contract:one]\n"
                       "name = One\ntype = forbidden\nsource_modules = shop.util\n"
                       "forbidden_modules = shop.db\n");
    // Issue 9: a malformed header gave no word, and "ok contracts: 1 kept" for the rest.
    QTest::newRow("ini: a header without its bracket")
        << ini << one + "[importlinter:contract:two\nname = Two\ntype = layers\nlayers = shop.web\n"
        << QStringList{"one:One:forbidden"} << QStringList{"8:[importlinter:contract:two"};
    QTest::newRow("ini: a header typed with an indent")
        << ini << one + "  [importlinter:contract:two]\nname = Two\n"
        << QStringList{"one:Two:forbidden"}
        << QStringList{"8:[importlinter:contract:two]", "9:name"};
    QTest::newRow("ini: a section import-linter does not know")
        << ini << QStringLiteral("[importlinter:contracts:one]\nname = x\ntype = layers\n")
        << QStringList{} << QStringList{"1:[importlinter:contracts:one]"};
    QTest::newRow("ini: a contract without an id")
        << ini << QStringLiteral("[importlinter:contract:]\ntype = layers\n") << QStringList{}
        << QStringList{"1:[importlinter:contract:]"};
    QTest::newRow("ini: a line without a value")
        << ini << QStringLiteral("[importlinter:contract:one]\ntype = forbidden\nsource_modules\n")
        << QStringList{"one:one:forbidden"} << QStringList{"3:source_modules"};
    QTest::newRow("ini: a contract twice")
        << ini
        << QStringLiteral("[importlinter:contract:a]\ntype = "
                          "layers\n[importlinter:contract:a]\ntype = forbidden\n")
        << QStringList{"a:a:layers", "a:a:forbidden"} << QStringList{"3:[importlinter:contract:a]"};
    QTest::newRow("setup.cfg: other tools' sections are theirs")
        << QStringLiteral("setup.cfg")
        << QStringLiteral("[metadata]\nname = x\n[flake8\nmax-line = "
                          "3\nnonsense\n[importlinter:contract:a]\ntype = layers\n")
        << QStringList{"a:a:layers"} << QStringList{};
    const QString toml = QStringLiteral("pyproject.toml");
    // Issue 9: `name = 3` showed as "true".
    QTest::newRow("toml: a name that is a number")
        << toml
        << QStringLiteral(
               "[tool.importlinter]\nroot_package = \"shop\"\n[[tool.importlinter.contracts]]\n"
               "name = 3\ntype = \"forbidden\"\n")
        << QStringList{"1:1:forbidden"} << QStringList{"4:name"};
    QTest::newRow("toml: a list with a number")
        << toml
        << QStringLiteral("[[tool.importlinter.contracts]]\nname = \"c\"\ntype = "
                          "\"layers\"\nlayers = [\"a\", 1]\n")
        << QStringList{"1:c:layers"} << QStringList{"4:layers"};
    QTest::newRow("toml: a boolean that is a number")
        << toml << QStringLiteral("[tool.importlinter]\nexclude_type_checking_imports = 1\n")
        << QStringList{} << QStringList{"2:exclude_type_checking_imports"};
    QTest::newRow("toml: contracts that are no list")
        << toml << QStringLiteral("[tool.importlinter]\ncontracts = \"layers\"\n") << QStringList{}
        << QStringList{"2:contracts"};
    QTest::newRow("toml: an integer beyond 64 bits elsewhere")
        << toml
        << QStringLiteral(
               "[tool.black]\nline-length = 99999999999999999999\n[[tool.importlinter.contracts]]\n"
               "name = \"c\"\ntype = \"layers\"\n")
        << QStringList{"1:c:layers"} << QStringList{};
}

void TestContracts::configErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QStringList, contracts);
    QFETCH(QStringList, problems);
    const std::string bytes = text.toStdString();
    const ImportLinterConfig config = file == QLatin1String("pyproject.toml")
                                          ? parseImportLinterToml(bytes)
                                          : parseImportLinterIni(bytes, file);
    QStringList got;
    for (const ContractConfig &c : config.contracts)
        got << c.id + u':' + c.name + u':' + c.type;
    QCOMPARE(got, contracts);
    QStringList found;
    for (const Diagnostic &d : config.diagnostics) {
        QCOMPARE(d.code, DiagnosticCode::ConfigError);
        QCOMPARE(d.file, file);
        found << QString::number(d.line) + u':' + d.detail;
    }
    QCOMPARE(found, problems);
}

void TestContracts::patterns_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "a.b"
                           << "a.b" << true;
    QTest::newRow("star one") << "a.x.c"
                              << "a.*.c" << true;
    QTest::newRow("star not two") << "a.x.y.c"
                                  << "a.*.c" << false;
    QTest::newRow("double star two") << "a.x.y.c"
                                     << "a.**.c" << true;
    QTest::newRow("double star at end") << "a.x.y"
                                        << "a.**" << true;
    QTest::newRow("double star needs one") << "a"
                                           << "a.**" << false;
    QTest::newRow("prefix is no match") << "a.bc"
                                        << "a.b" << false;
}

void TestContracts::patterns()
{
    QFETCH(QString, module);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(matchesModulePattern(module, pattern), matches);
}

void TestContracts::cuts()
{
    FileList files = Shop;
    files.append(qMakePair(
        QStringLiteral("pyproject.toml"),
        tomlContract(
            "type = \"layers\"\nlayers = [\"shop.web\", \"shop.domain\", \"shop.db\"]\n")));
    ProjectFixture project(files);
    const AnalysisPtr a = analyzeProject(project.path());
    const ImportGraph &g = a->graph;
    const int cut = g.findEdge(g.find(QStringLiteral("shop.db.rows")),
                               g.find(QStringLiteral("shop.web.views")));
    const int cut2 = g.findEdge(g.find(QStringLiteral("shop.util.fmt")),
                                g.find(QStringLiteral("shop.web.views")));
    QVERIFY(cut >= 0 && cut2 >= 0);
    const ImportLinterConfig config =
        readImportLinterConfig(project.path(), loadPyProject(project.path()));
    QCOMPARE(checkContracts(config, g, {cut}).front().status, ContractStatus::Broken);
    const std::vector<ContractResult> r = checkContracts(config, g, {cut, cut2});
    QCOMPARE(r[0].status, ContractStatus::Kept);
}

QTEST_GUILESS_MAIN(TestContracts)
#include "tst_contracts.moc"
