// Pictures of a change, the views' part: the marks drawn on the boxes and arrows of a
// structure map and of a plain picture, and the legend's key to them in the SVG export.
#include "changestyle.h"
#include "containeritem.h"
#include "edgeitem.h"
#include "graphscene.h"
#include "nodeitem.h"
#include "pictureexport.h"
#include "pipeline.h"
#include "projectfixture.h"
#include "structurepicture.h"
#include "svgtexts.h"

#include <QtTest>

using namespace headroom;

namespace {

const FileList Before{{"shop/__init__.py", ""},
                      {"shop/a.py", "from shop import b\n"},
                      {"shop/b.py", "from shop import c\n"},
                      {"shop/c.py", ""},
                      {"shop/old.py", "from shop import c\n"}};

// c now imports a (a new cycle a > b > c > a), old.py is gone, new.py is new.
const FileList After{{"shop/__init__.py", ""},
                     {"shop/a.py", "from shop import b\n"},
                     {"shop/b.py", "from shop import c\n"},
                     {"shop/c.py", "from shop import a\n"},
                     {"shop/new.py", "from shop import a\n"},
                     {"shop/web/__init__.py", "from shop import a\n"},
                     {"shop/web/view.py", "from shop import c\n"}};

SnapshotPtr analyse(const FileList &files)
{
    ProjectFixture project(files);
    PipelineOptions options;
    options.callGraph = false;
    options.analysis.scan.useGit = false;
    options.analysis.threads = 1;
    options.includeExternal = false;
    return runPipeline(project.path(), options);
}

struct Looks
{
    QHash<QString, NodeLook> nodes;
    QHash<QString, EdgeLook> edges; // "a>b", by the last part of each name
};

QString last(const QString &name)
{
    return name.mid(name.lastIndexOf(u'.') + 1);
}

Looks looksOf(const GraphScene &scene)
{
    Looks out;
    QHash<int, QString> names;
    for (const NodeItem *n : scene.nodeItems()) {
        out.nodes.insert(last(n->look().name), n->look());
        names.insert(n->node(), last(n->look().name));
    }
    for (const EdgeItem *e : scene.edgeItems())
        out.edges.insert(names.value(e->look().source) + '>' + names.value(e->look().target),
                         e->look());
    return out;
}

} // namespace

class TestChangePicture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marks_data();
    void marks();
    void legend();

private:
    std::unique_ptr<GraphScene> scene(bool structure) const;

    SnapshotPtr m_later;
    std::shared_ptr<const ChangeSet> m_changes;
};

void TestChangePicture::initTestCase()
{
    const SnapshotPtr earlier = analyse(Before);
    m_later = analyse(After);
    QVERIFY(earlier->ok() && m_later->ok());
    m_changes = std::make_shared<const ChangeSet>(
        compareOutlines(outlineOf(earlier->graph(), earlier->review.metrics),
                        outlineOf(m_later->graph(), m_later->review.metrics)));
}

std::unique_ptr<GraphScene> TestChangePicture::scene(bool structure) const
{
    const ImportGraph u = unionGraph(m_later->graph(), *m_changes);
    GraphPictureOptions options;
    options.changes = m_changes;
    if (structure) {
        const StructurePicture picture = makeStructurePicture(
            *m_later->analysis, u, {QStringLiteral("shop"), QStringLiteral("shop.web")},
            m_later->settings().metrics, nullptr, options);
        return std::make_unique<GraphScene>(*m_later->analysis, picture, options);
    }
    const Metrics metrics = computeMetrics(*m_later->analysis, u, m_later->settings().metrics);
    options.marks = std::make_shared<const ChangeMarks>(changeMarks(u, *m_changes, u));
    options.heat = std::make_shared<const MeasuredGraph>(
        laterState(*m_later->analysis, u, *options.marks, m_later->settings().metrics));
    return makeGraphScene(*m_later->analysis, u, metrics, options);
}

void TestChangePicture::marks_data()
{
    QTest::addColumn<bool>("structure");
    QTest::newRow("structure map") << true;
    QTest::newRow("modules") << false;
}

void TestChangePicture::marks()
{
    QFETCH(bool, structure);
    const auto s = scene(structure);
    QVERIFY(s);
    QVERIFY(s->showsChanges());
    const Looks looks = looksOf(*s);
    QVERIFY(looks.nodes.value("new").change == Change::Added);
    QVERIFY(looks.nodes.value("old").change == Change::Removed); // a ghost, laid out with the rest
    QVERIFY(!looks.nodes.value("old").value); // with no heat: colours are the current state's
    QVERIFY(looks.nodes.value("c").value);
    QVERIFY(looks.nodes.value("a").change == Change::Kept);
    for (const char *member : {"a", "b", "c"})
        QVERIFY2(looks.nodes.value(member).inNewCycle, member);
    QVERIFY(!looks.nodes.value("new").inNewCycle);
    QVERIFY(looks.edges.value("new>a").change == Change::Added);
    QVERIFY(looks.edges.value("old>c").change == Change::Removed);
    QVERIFY(looks.edges.value("c>a").change == Change::Added);
    QVERIFY(looks.edges.value("c>a").inNewCycle);
    QVERIFY(looks.edges.value("a>b").inNewCycle);
    // A new package opened in place is marked as its boxes are.
    if (structure) {
        const auto &containers = s->containerItems();
        const auto web = std::find_if(containers.begin(), containers.end(), [](auto *c) {
            return c->look().name == QLatin1String("shop.web");
        });
        QVERIFY(web != containers.end());
        QVERIFY((*web)->look().change == Change::Added);
        QVERIFY(looks.nodes.value("view").change == Change::Added);
    }
    // The marks' pens: a ghost import dashed grey, an added one thick.
    QVERIFY(EdgeItem::penFor(looks.edges.value("old>c")).style() == Qt::CustomDashLine);
    QCOMPARE(EdgeItem::penFor(looks.edges.value("old>c")).color(), ChangeStyle::ghostColor());
    QVERIFY(EdgeItem::widthFor(looks.edges.value("new>a")) >= 4.0);
    QCOMPARE(EdgeItem::penFor(looks.edges.value("new>a")).color(), ChangeStyle::addedColor());
    // Every box has a place of its own: the ghost overlaps nothing.
    for (const NodeItem *n : s->nodeItems())
        for (const NodeItem *m : s->nodeItems())
            QVERIFY(n == m || !n->sceneBoundingRect()
                                   .adjusted(10, 10, -10, -10)
                                   .intersects(m->sceneBoundingRect().adjusted(10, 10, -10, -10)));
}

void TestChangePicture::legend()
{
    const auto s = scene(true);
    PictureOptions options;
    options.title = QStringLiteral("Changes since HEAD~1 (1234567890, Drop old)");
    options.legend = Legend(Metric::Level, s->scale());
    options.legend->setShowsContainers(true);
    options.legend->setChangesSince(QStringLiteral("HEAD~1 (1234567890, Drop old)"));
    options.preset = PicturePreset::Slide;
    const Picture picture = PictureExport::render(*s, PictureFormat::Svg, options);
    QVERIFY2(picture.ok(), qPrintable(picture.error));
    QStringList texts;
    double smallest = 1e9;
    for (const test::SvgText &t : test::svgTexts(picture.data)) {
        texts << t.text;
        smallest = std::min(smallest, t.pixels);
    }
    const QString all = texts.join(u'\n');
    for (const QString &entry :
         {Legend::tr("Changes since %1").arg("HEAD~1 (1234567890, Drop old)"),
          Legend::tr("added module or package (+)"),
          Legend::tr("removed: a ghost where it was (−)"), Legend::tr("in a new or grown cycle"),
          Legend::tr("import added (+)"), Legend::tr("import removed (−)"),
          Legend::tr("import of a new or grown cycle")})
        QVERIFY2(all.contains(entry.section(u' ', 0, 1)), qPrintable(entry));
    for (const char *box : {"new", "old", "a"})
        QVERIFY2(texts.contains(box), box);
    QVERIFY2(smallest >= 9.0, qPrintable(QString::number(smallest)));
    // Without a comparison the legend has no key to changes.
    Legend plain(Metric::Level, s->scale());
    QVERIFY(plain.size().height() < options.legend->size().height());
}

QTEST_MAIN(TestChangePicture)
#include "tst_changepicture.moc"
