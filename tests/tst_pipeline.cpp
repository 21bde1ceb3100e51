// The one pipeline: what it decides for every front end. The packages a first picture
// opens, from hand-made module graphs, and on the sample through runPipeline.
#include "graphspec.h"
#include "pipeline.h"
#include "structure.h"

#include <QtTest>

using namespace headroom;
using headroom::test::graphOf;

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void fittingOpen_data();
    void fittingOpen();
    void firstOpenOfSample();
};

void TestPipeline::fittingOpen_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("maxBoxes");
    QTest::addColumn<QStringList>("open");
    // p, p.a, p.a.x, p.a.y, p.b, p.b.z: four modules in three packages.
    const QString nested = QStringLiteral("p.a.x->p.b.z, p.a.y->p.a.x, p.b.z");
    QTest::newRow("everything fits") << nested << 6 << QStringList{"p", "p.a", "p.b"};
    // p.a would make three boxes; p.b takes the place of its one module.
    QTest::newRow("what fits opens") << nested << 2 << QStringList{"p", "p.b"};
    QTest::newRow("a lone top package always opens") << nested << 0 << QStringList{"p"};
    QTest::newRow("externals do not count")
        << QStringLiteral("a->!os, a->!sys, a->!re, b->a") << 2 << QStringList{};
    QTest::newRow("flat project: nothing to open")
        << QStringLiteral("a, b, c, d") << 3 << QStringList{};
}

void TestPipeline::fittingOpen()
{
    QFETCH(QString, spec);
    QFETCH(int, maxBoxes);
    QTEST(fittingOpenPackages(graphOf(spec), maxBoxes), "open");
}

void TestPipeline::firstOpenOfSample()
{
    const SnapshotPtr snapshot = runPipeline(QStringLiteral(HEADROOM_SAMPLE_DIR));
    QVERIFY(snapshot->ok());
    QCOMPARE(snapshot->firstOpen, fittingOpenPackages(snapshot->analysis->graph));
    // The sample is small: its top package and every package in it open.
    QVERIFY(snapshot->firstOpen.contains(QStringLiteral("tinyshop")));
    QVERIFY(snapshot->firstOpen.contains(QStringLiteral("tinyshop.domain")));
    // A what-if snapshot opens on the same packages.
    QCOMPARE(deriveSnapshot(*snapshot, {}, AllImportKinds)->firstOpen, snapshot->firstOpen);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
