// The one pipeline: what it decides for every front end. The depth a first picture opens
// on, from hand-made module graphs, and on the sample through runPipeline.
#include "graphspec.h"
#include "pipeline.h"

#include <QtTest>

using namespace headroom;
using headroom::test::graphOf;

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void legibleDepth_data();
    void legibleDepth();
    void firstDepthOfSample();
};

void TestPipeline::legibleDepth_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("maxNodes");
    QTest::addColumn<int>("depth");
    // p, p.a, p.a.x, p.a.y, p.b, p.b.z: six internal nodes at module level.
    const QString nested = QStringLiteral("p.a.x->p.b.z, p.a.y->p.a.x, p.b.z");
    QTest::newRow("modules fit") << nested << 6 << 0;
    // Depth 2 keeps p, p.a, p.b: three boxes.
    QTest::newRow("packages fit") << nested << 5 << 2;
    QTest::newRow("only the top fits") << nested << 2 << 1;
    QTest::newRow("nothing fits: the top") << nested << 0 << 1;
    QTest::newRow("externals do not count")
        << QStringLiteral("a->!os, a->!sys, a->!re, b->a") << 2 << 0;
    QTest::newRow("flat project, too many") << QStringLiteral("a, b, c, d") << 3 << 1;
}

void TestPipeline::legibleDepth()
{
    QFETCH(QString, spec);
    QFETCH(int, maxNodes);
    QFETCH(int, depth);
    QCOMPARE(headroom::legibleDepth(graphOf(spec), maxNodes), depth);
}

void TestPipeline::firstDepthOfSample()
{
    const SnapshotPtr snapshot = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR));
    QVERIFY(snapshot->ok());
    QCOMPARE(snapshot->firstDepth, headroom::legibleDepth(snapshot->analysis->graph));
    // The sample's modules fit on one picture.
    QCOMPARE(snapshot->firstDepth, 0);
    // A what-if snapshot opens on the same depth.
    QCOMPARE(deriveSnapshot(*snapshot, {}, AllImportKinds)->firstDepth, 0);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
