// Findings: a small project over a head budget of 2 in, the panel's rows out: what is over,
// the kind of check, its value against the budget and the excess; long dotted names lose
// their middle (never their end) and show whole in a tooltip; a broken import-linter
// contract lists its chain.
#include "contracts.h"
#include "diagnostictext.h"
#include "dottedname.h"
#include "findingspanel.h"
#include "projectfixture.h"
#include "review.h"

#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace headroom;
using namespace Qt::StringLiterals;

namespace {

using FileList = QList<QPair<QString, QString>>;

const FileList Project{
    {u"app/__init__.py"_s, u""_s},
    {u"app/models/__init__.py"_s, u""_s},
    // Three top-level definitions, a class of four methods, three project modules imported.
    {u"app/models/related_descriptors.py"_s, u"import app.core\n"
                                             u"import app.util\n"
                                             u"import app.views\n"
                                             u"\n"
                                             u"\n"
                                             u"class ForwardManyToOneDescriptor:\n"
                                             u"    def __init__(self):\n"
                                             u"        self.field = None\n"
                                             u"\n"
                                             u"    def get(self):\n"
                                             u"        return self.field\n"
                                             u"\n"
                                             u"    def set(self, value):\n"
                                             u"        self.field = value\n"
                                             u"\n"
                                             u"    def delete(self):\n"
                                             u"        self.field = None\n"
                                             u"\n"
                                             u"\n"
                                             u"def one():\n"
                                             u"    pass\n"
                                             u"\n"
                                             u"\n"
                                             u"def two():\n"
                                             u"    pass\n"_s},
    {u"app/core.py"_s, u"import app.util\n"_s},
    {u"app/util.py"_s, u""_s},
    {u"app/views.py"_s, u""_s},
};

const char *const Contracts = "[importlinter]\n"
                              "root_package = app\n"
                              "\n"
                              "[importlinter:contract:pure-core]\n"
                              "name = The core uses no utilities\n"
                              "type = forbidden\n"
                              "source_modules =\n"
                              "    app.core\n"
                              "forbidden_modules =\n"
                              "    app.util\n";

const QString Descriptor = u"app.models.related_descriptors.ForwardManyToOneDescriptor"_s;

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupedByCheck();
    void budget_data();
    void budget();
    void elidesDottedNames_data();
    void elidesDottedNames();
    void uniqueSuffixes_data();
    void uniqueSuffixes();
    void elisionKeepsWhatDiffers_data();
    void elisionKeepsWhatDiffers();
    void alikeNamesTellApart();
    void contracts();

private:
    [[nodiscard]] QTreeWidgetItem *finding(const QString &name, const QString &group = {}) const;

    std::unique_ptr<ProjectFixture> m_project;
    std::unique_ptr<FindingsPanel> m_panel;
    std::vector<Finding> m_findings;
};

void TestFindings::initTestCase()
{
    m_project = std::make_unique<ProjectFixture>(Project);
    AnalysisOptions options;
    options.scan.useGit = false;
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->analysis = analyzeProject(m_project->path(), options);
    QVERIFY(snapshot->analysis);
    ReviewOptions review;
    review.settings.metrics.budget = HeadBudget::uniform(2);
    snapshot->review = buildReview(*snapshot->analysis, snapshot->analysis->graph, review,
                                   parseImportLinterIni(Contracts, u".importlinter"_s), nullptr);
    m_findings = snapshot->review.metrics.findings;
    m_panel = std::make_unique<FindingsPanel>();
    m_panel->setSnapshot(SnapshotPtr(std::move(snapshot)));
}

// Findings come grouped by the check they failed, the group of the largest excess first,
// each headed by its title and count and holding every finding of that check, by excess; a
// short list opens every group.
void TestFindings::groupedByCheck()
{
    QTreeWidgetItem *budget = m_panel->topLevelItem(0);
    QVERIFY(budget && budget->isExpanded());
    QCOMPARE(budget->text(FindingsPanel::NameColumn),
             u"Over the head budget (%1)"_s.arg(m_findings.size()));
    std::vector<std::pair<BudgetCheck, std::vector<int>>> expected; // excesses by check
    for (const Finding &f : m_findings) {
        auto at = std::find_if(expected.begin(), expected.end(),
                               [&f](const auto &e) { return e.first == f.check; });
        if (at == expected.end())
            at = expected.insert(expected.end(), {f.check, {}});
        at->second.push_back(f.excess);
    }
    QCOMPARE(budget->childCount(), int(expected.size()));
    QVERIFY(expected.size() >= 4);
    int row = 0;
    for (const auto &[check, excesses] : expected) {
        QTreeWidgetItem *group = budget->child(row++);
        QCOMPARE(group->text(FindingsPanel::NameColumn),
                 u"%1 (%2)"_s.arg(FindingText::checkTitle(check)).arg(excesses.size()));
        QCOMPARE(group->childCount(), int(excesses.size()));
        QVERIFY(group->isExpanded());
        QVERIFY(std::is_sorted(excesses.rbegin(), excesses.rend()));
        if (row > 1) // the group before has the larger excess
            QVERIFY(expected[std::size_t(row - 2)].second.front() >= excesses.front());
    }
    // The contracts' types need the column.
    QVERIFY(!m_panel->isColumnHidden(FindingsPanel::CheckColumn));
}

QTreeWidgetItem *TestFindings::finding(const QString &name, const QString &group) const
{
    QTreeWidgetItem *budget = m_panel->topLevelItem(0);
    for (int i = 0; budget && i < budget->childCount(); ++i) {
        QTreeWidgetItem *g = budget->child(i);
        if (!group.isEmpty() && !g->text(FindingsPanel::NameColumn).startsWith(group + u" ("_s))
            continue;
        for (int k = 0; k < g->childCount(); ++k) {
            if (g->child(k)->text(FindingsPanel::NameColumn) == name)
                return g->child(k);
        }
    }
    return nullptr;
}

void TestFindings::budget_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("excess");
    QTest::newRow("class size") << Descriptor << "Class size"
                                << "4 of 2" << 2;
    QTest::newRow("module size") << "app.models.related_descriptors"
                                 << "Module size"
                                 << "3 of 2" << 1;
    QTest::newRow("fan-out") << "app.models.related_descriptors"
                             << "Fan-out"
                             << "3 of 2" << 1;
    // app holds models, core, util and views.
    QTest::newRow("package size") << "app"
                                  << "Package size"
                                  << "4 of 2" << 2;
    // util, core, related_descriptors: three levels.
    QTest::newRow("depth") << "the project"
                           << "Depth"
                           << "3 of 2" << 1;
}

void TestFindings::budget()
{
    QFETCH(QString, name);
    QFETCH(QString, check);
    QFETCH(QString, value);
    QFETCH(int, excess);
    QCOMPARE(m_panel->headerItem()->text(FindingsPanel::CheckColumn), u"Check"_s);
    QTreeWidgetItem *item = finding(name, check);
    QStringList seen;
    for (QTreeWidgetItemIterator it(m_panel.get()); *it; ++it)
        seen << (*it)->text(FindingsPanel::NameColumn);
    QVERIFY2(item, qPrintable(seen.join(u", "_s)));
    QCOMPARE(item->text(FindingsPanel::ValueColumn), value);
    // The tooltip says the name whole, what it counts and how far it is over.
    const QString says = item->toolTip(FindingsPanel::NameColumn);
    QVERIFY2(says.startsWith(name + u" has "_s) &&
                 says.endsWith(u", %1 over the budget of 2"_s.arg(excess)),
             qPrintable(says));
    QCOMPARE(item->toolTip(FindingsPanel::ValueColumn), says);
}

void TestFindings::elidesDottedNames_data()
{
    QTest::addColumn<int>("width"); // of the name column, in average characters
    QTest::newRow("20 characters") << 20;
    QTest::newRow("30 characters") << 30;
    QTest::newRow("45 characters") << 45;
    QTest::newRow("70 characters") << 70;
}

// The name column narrower than the class's name: it loses whole components from its start
// and keeps the class's name (cut in the middle only when that alone is too long).
void TestFindings::elidesDottedNames()
{
    QFETCH(int, width);
    QTreeWidgetItem *item = finding(Descriptor);
    QVERIFY(item);
    QCOMPARE(item->text(FindingsPanel::NameColumn), Descriptor);
    auto *delegate = qobject_cast<DottedNameDelegate *>(
        m_panel->itemDelegateForColumn(FindingsPanel::NameColumn));
    QVERIFY(delegate);
    const QFontMetrics metrics(m_panel->font());
    QStyleOptionViewItem option;
    option.initFrom(m_panel.get());
    option.widget = m_panel.get();
    option.rect = QRect(0, 0, metrics.averageCharWidth() * width, metrics.height() + 4);
    const QString shown =
        delegate->shownText(option, m_panel->indexFromItem(item, FindingsPanel::NameColumn));
    const QString ellipsis(QChar(0x2026));
    QVERIFY(metrics.horizontalAdvance(shown) <= option.rect.width());
    if (metrics.horizontalAdvance(Descriptor) <= option.rect.width() - 8) {
        QCOMPARE(shown, Descriptor);
    } else if (shown.startsWith(ellipsis)) {
        QVERIFY2(Descriptor.endsWith(u'.' + shown.mid(1)), qPrintable(shown));
    } else {
        QVERIFY2(shown.startsWith(u"Forward"_s.left(3)) && shown.endsWith(u"riptor"_s) &&
                     shown.contains(ellipsis),
                 qPrintable(shown));
    }
    QVERIFY2(shown.endsWith(u"riptor"_s), qPrintable(shown));
}

void TestFindings::uniqueSuffixes_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("lengths");
    QTest::newRow("all different at the end")
        << QStringList{"a.b.C", "a.b.D", "x.E"} << QList<int>{1, 1, 1};
    QTest::newRow("alike to the backend")
        << QStringList{"db.backends.mysql.operations.DatabaseOperations",
                       "db.backends.oracle.operations.DatabaseOperations",
                       "db.backends.base.operations.BaseDatabaseOperations"}
        << QList<int>{3, 3, 1};
    QTest::newRow("one a suffix of another")
        << QStringList{"a.b.c", "b.c", "z.c"} << QList<int>{3, 2, 2};
    QTest::newRow("the same name twice") << QStringList{"p.q", "p.q", "r"} << QList<int>{2, 2, 1};
    QTest::newRow("one name") << QStringList{"p.q.r"} << QList<int>{1};
    QTest::newRow("none") << QStringList{} << QList<int>{};
}

void TestFindings::uniqueSuffixes()
{
    QFETCH(QStringList, names);
    QFETCH(QList<int>, lengths);
    const std::vector<int> got = uniqueSuffixLengths(names);
    QCOMPARE(QList<int>(got.begin(), got.end()), lengths);
}

void TestFindings::elisionKeepsWhatDiffers_data()
{
    QTest::addColumn<QString>("room"); // the column is as wide as this text
    QTest::addColumn<QString>("shown");
    const QString name = u"django.db.backends.mysql.operations.DatabaseOperations"_s;
    QTest::newRow("wide: whole") << name << name;
    QTest::newRow("the suffix that differs")
        << u"…mysql.operations.DatabaseOperations"_s << u"…mysql.operations.DatabaseOperations"_s;
    QTest::newRow("narrow: the component that differs, then the last")
        << u"…mysql…DatabaseOperations"_s << u"…mysql…DatabaseOperations"_s;
    QTest::newRow("narrower: what differs cut at its end")
        << u"…mys…DatabaseOperations"_s << u"…mys…DatabaseOperations"_s;
    QTest::newRow("narrowest: the last alone")
        << u"DatabaseOperations"_s << u"DatabaseOperations"_s;
}

// Too narrow for the suffix that tells it from its peers, a name keeps the component that
// differs beside its last, never only the last that every peer shares, while there is room.
void TestFindings::elisionKeepsWhatDiffers()
{
    QFETCH(QString, room);
    QFETCH(QString, shown);
    const QString name = u"django.db.backends.mysql.operations.DatabaseOperations"_s;
    const QFontMetricsF metrics(m_panel->font());
    const double width = metrics.horizontalAdvance(room) + 1;
    QCOMPARE(elideDottedName(metrics, name, width, 3), shown);
    // Without peers, the longest suffix that fits.
    QVERIFY(!elideDottedName(metrics, name,
                             metrics.horizontalAdvance(u"…mysql…DatabaseOperations"_s) + 1, 1)
                 .contains(u"mysql"_s));
}

// Classes of the same name in two backends, too big for the budget: in a narrow Findings
// dock each still says which backend it is.
void TestFindings::alikeNamesTellApart()
{
    const QString methods = u"    def a(self):\n        pass\n\n"
                            u"    def b(self):\n        pass\n\n"
                            u"    def c(self):\n        pass\n"_s;
    const ProjectFixture project(
        {{u"shop/__init__.py"_s, u""_s},
         {u"shop/backends/__init__.py"_s, u""_s},
         {u"shop/backends/mysql/__init__.py"_s, u""_s},
         {u"shop/backends/mysql/operations.py"_s, u"class DatabaseOperations:\n"_s + methods},
         {u"shop/backends/oracle/__init__.py"_s, u""_s},
         {u"shop/backends/oracle/operations.py"_s, u"class DatabaseOperations:\n"_s + methods}});
    AnalysisOptions options;
    options.scan.useGit = false;
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->analysis = analyzeProject(project.path(), options);
    ReviewOptions review;
    review.settings.metrics.budget = HeadBudget::uniform(2);
    snapshot->review =
        buildReview(*snapshot->analysis, snapshot->analysis->graph, review, {}, nullptr);
    FindingsPanel panel;
    panel.setSnapshot(SnapshotPtr(std::move(snapshot)));
    auto *delegate =
        qobject_cast<DottedNameDelegate *>(panel.itemDelegateForColumn(FindingsPanel::NameColumn));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(&panel);
    option.widget = &panel;
    const QFontMetrics metrics(panel.font());
    option.rect = QRect(0, 0, metrics.horizontalAdvance(u"…mysql…DatabaseOperations"_s) + 24,
                        metrics.height() + 4);
    QStringList shown;
    for (QTreeWidgetItemIterator it(&panel); *it; ++it) {
        if ((*it)->text(FindingsPanel::NameColumn).endsWith(u".DatabaseOperations"_s))
            shown << delegate->shownText(option,
                                         panel.indexFromItem(*it, FindingsPanel::NameColumn));
    }
    shown.sort();
    QCOMPARE(shown, (QStringList{u"…mysql…DatabaseOperations"_s, u"…oracle…DatabaseOperations"_s}));
}

void TestFindings::contracts()
{
    QCOMPARE(m_panel->topLevelItemCount(), 2);
    QTreeWidgetItem *contracts = m_panel->topLevelItem(1);
    QCOMPARE(contracts->childCount(), 1);
    QTreeWidgetItem *contract = contracts->child(0);
    QCOMPARE(contract->text(FindingsPanel::NameColumn), u"The core uses no utilities"_s);
    QCOMPARE(contract->text(FindingsPanel::CheckColumn), u"forbidden"_s);
    QCOMPARE(contract->text(FindingsPanel::ValueColumn), u"broken by 1 chain(s)"_s);
    QCOMPARE(contract->childCount(), 1);
    QTreeWidgetItem *chain = contract->child(0);
    QVERIFY(chain->isFirstColumnSpanned());
    QCOMPARE(chain->text(FindingsPanel::NameColumn), u"app.core must not import app.util"_s);
    QCOMPARE(chain->childCount(), 1);
    QCOMPARE(chain->child(0)->text(FindingsPanel::NameColumn),
             u"app.core imports app.util (app/core.py:1)"_s);
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
