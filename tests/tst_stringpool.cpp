// The string pool keeps one copy of every name an analysis holds: interning changes no fact and
// no output, equal names share one buffer, and lists of facts keep no spare room.
#include "analysis.h"
#include "exporter.h"
#include "pipeline.h"
#include "stringpool.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace headroom;

namespace {
const QString DjangoDir = QStringLiteral("/usr/lib/python3/dist-packages/django");
}

class TestStringPool : public QObject
{
    Q_OBJECT

private slots:
    void sameFacts_data();
    void sameFacts();
    void listsShared();
    void concurrent();
    void django();
};

void TestStringPool::sameFacts_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("shared"); // a callee both files call

    QTest::newRow("test methods") << QByteArray("import unittest\n"
                                                "class T(unittest.TestCase):\n"
                                                "    def test_a(self):\n"
                                                "        self.assertEqual(1, 1)\n")
                                  << QByteArray("import unittest\n"
                                                "class U(unittest.TestCase):\n"
                                                "    def test_b(self, x=None):\n"
                                                "        self.assertEqual(x, None)\n")
                                  << "self.assertEqual";
    QTest::newRow("calls, bindings, stores, lambdas")
        << QByteArray("from os import path\n"
                      "handlers = {}\n"
                      "handlers['a'] = path.join\n"
                      "key = lambda item: item.name\n"
                      "def run(*args, **kwargs):\n"
                      "    return path.join(*args)\n")
        << QByteArray("from os import path\n"
                      "def other():\n"
                      "    yield path.join('a', 'b')\n"
                      "sorted([], key=lambda item: item.name)\n")
        << "path.join";
    QTest::newRow("non-ASCII names") << QByteArray("def caf\xc3\xa9():\n    pass\ncaf\xc3\xa9()\n")
                                     << QByteArray("from m import caf\xc3\xa9\ncaf\xc3\xa9()\n")
                                     << QString::fromUtf8("caf\xc3\xa9");
}

void TestStringPool::sameFacts()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, shared);

    PythonExtractor extractor;
    const FileFacts a = extractor.extract(first);
    const FileFacts b = extractor.extract(second);
    FileFacts ai = a;
    FileFacts bi = b;
    StringPool pool;
    internFacts(ai, pool);
    internFacts(bi, pool);
    QCOMPARE(ai, a); // interning changes no fact
    QCOMPARE(bi, b);

    const auto callNamed = [&shared](const FileFacts &f) {
        for (const CallFact &c : f.calls) {
            if (c.callee == shared)
                return c.callee;
        }
        return QString();
    };
    const QString inA = callNamed(ai);
    const QString inB = callNamed(bi);
    QVERIFY2(!inA.isEmpty() && !inB.isEmpty(), qPrintable(shared));
    QVERIFY2(inA.isSharedWith(inB), "one buffer for a name called in two files");
    QVERIFY(!callNamed(a).isSharedWith(callNamed(b))); // extraction alone made two
    QCOMPARE(ai.calls.capacity(), ai.calls.size());
    QCOMPARE(ai.definitions.capacity(), ai.definitions.size());
    QCOMPARE(ai.bindings.capacity(), ai.bindings.size());
}

void TestStringPool::listsShared()
{
    StringPool pool;
    // Made at run time, as extraction makes them (a literal's text is static, not allocated).
    const auto made = [](const char *text) { return QString::fromLatin1(text); };
    const QStringList one = pool.intern(QStringList{made("self"), made("x")});
    const QStringList two = pool.intern(QStringList{made("self"), made("x")});
    const QStringList other = pool.intern(QStringList{made("cls")});
    QCOMPARE(one, two);
    QVERIFY(one.constData() == two.constData());
    QVERIFY(one.first().isSharedWith(two.first()));
    QVERIFY(one.constData() != other.constData());
    QVERIFY(pool.intern(QStringList()).isEmpty());
    QVERIFY(pool.intern(QString()).isNull());
    QCOMPARE(pool.size(), 5); // "self", "x", "cls" and two lists
}

void TestStringPool::concurrent()
{
    StringPool pool;
    std::vector<QStringList> seen(4);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&pool, &seen, t] {
                for (int i = 0; i < 5000; ++i)
                    seen[std::size_t(t)].append(pool.intern(QStringLiteral("name%1").arg(i % 500)));
            });
        }
    }
    for (int i = 0; i < 5000; ++i) {
        QCOMPARE(seen[1][i], QStringLiteral("name%1").arg(i % 500));
        QVERIFY(seen[0][i].isSharedWith(seen[3][i]));
    }
    QCOMPARE(pool.size(), 500);
}

// On real code: every file's facts as interned by the analysis equal a plain extraction, and
// the JSON is exactly what QJsonDocument writes for the same values.
void TestStringPool::django()
{
    if (!QFileInfo::exists(DjangoDir + QLatin1String("/db/models/base.py")))
        QSKIP("Debian's python3-django is not installed (./setup.sh test installs it)");
    PipelineOptions options;
    options.analysis.threads = 2;
    const SnapshotPtr snapshot = runPipeline(DjangoDir, options);
    QVERIFY(snapshot && snapshot->ok());
    const Analysis &analysis = *snapshot->analysis;
    PythonExtractor extractor;
    int compared = 0;
    for (std::size_t i = 0; i < analysis.scan.files.size(); ++i) {
        QFile file(analysis.scan.files[i].path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const FileFacts plain = extractor.extract(file.readAll());
        QVERIFY2(plain == analysis.facts[i], qPrintable(analysis.scan.files[i].relativePath));
        ++compared;
    }
    QVERIFY(compared > 800);

    const QByteArray json = toJson(analysis, snapshot->review);
    QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented), json);
}

QTEST_MAIN(TestStringPool)
#include "tst_stringpool.moc"
