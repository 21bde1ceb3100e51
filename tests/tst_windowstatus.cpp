// The status line while a project is parsed: how far the parse is and, once its pace can be
// read, about how long the rest takes (a hundred thousand modules parse for minutes).
#include "mainwindow.h"

#include <QTranslator>
#include <QtTest>

using namespace headroom;

class TestWindowStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsing_data();
    void parsing();
};

void TestWindowStatus::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto *english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(HEADROOM_EN_QM)));
    QCoreApplication::installTranslator(english);
}

void TestWindowStatus::parsing_data()
{
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing parsed yet")
        << 0 << 100000 << qint64(5000) << QStringLiteral("Parsing 0 of 100,000 files...");
    QTest::newRow("too early to read a pace")
        << 5000 << 100000 << qint64(2999) << QStringLiteral("Parsing 5,000 of 100,000 files...");
    // 1,000 files in 6 s: 99,000 more take 594 s, about 10 minutes.
    QTest::newRow("minutes left") << 1000 << 100000 << qint64(6000)
                                  << QStringLiteral("Parsing 1,000 of 100,000 files, about 10 "
                                                    "minutes left...");
    // 61 s left rounds to one minute.
    QTest::newRow("one minute left")
        << 500 << 1000 << qint64(61000)
        << QStringLiteral("Parsing 500 of 1,000 files, about 1 minute left...");
    QTest::newRow("under a minute left")
        << 900 << 1000 << qint64(10000)
        << QStringLiteral("Parsing 900 of 1,000 files, under a minute left...");
    QTest::newRow("all parsed") << 1000 << 1000 << qint64(10000)
                                << QStringLiteral("Parsing 1,000 of 1,000 files...");
}

void TestWindowStatus::parsing()
{
    QFETCH(int, done);
    QFETCH(int, total);
    QFETCH(qint64, elapsedMs);
    QTEST(MainWindow::parsingText(done, total, elapsedMs), "expected");
}

QTEST_MAIN(TestWindowStatus)
#include "tst_windowstatus.moc"
