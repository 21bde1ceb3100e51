// Names are interned once for the whole process (name.h): interning changes no fact and no
// output, equal names and lists have one id and share one buffer, and lists of facts keep no
// spare room.
#include "analysis.h"
#include "exporter.h"
#include "factscodec.h"
#include "pipeline.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace headroom;

namespace {
const QString DjangoDir = QStringLiteral("/usr/lib/python3/dist-packages/django");
}

class TestNames : public QObject
{
    Q_OBJECT

private slots:
    void sameFacts_data();
    void sameFacts();
    void rawRoundTrip();
    void listsShared();
    void concurrent();
    void findWithoutAdding();
    void django();
};

void TestNames::sameFacts_data()
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

// Two files that call the same name hold one id for it, whose text is one buffer; spelled
// out again, interned again and through the cache's codec, the facts stay the same.
void TestNames::sameFacts()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, shared);

    PythonExtractor extractor;
    const FileFacts a = extractor.extract(first);
    const FileFacts b = extractor.extract(second);
    QCOMPARE(interned(raw(a)), a);
    QCOMPARE(interned(raw(b)), b);
    QVERIFY(decodeFacts(encodeFacts(a)) == a);

    const auto callNamed = [&shared](const FileFacts &f) {
        for (const CallFact &c : f.calls) {
            if (c.callee == shared)
                return c.callee;
        }
        return Name();
    };
    const Name inA = callNamed(a);
    const Name inB = callNamed(b);
    QVERIFY2(!inA.isEmpty() && !inB.isEmpty(), qPrintable(shared));
    QCOMPARE(inA.id(), inB.id());
    QVERIFY2(inA.str().constData() == Name(QString(shared)).str().constData(),
             "one buffer for a name");
    QCOMPARE(a.calls.capacity(), a.calls.size());
    QCOMPARE(a.definitions.capacity(), a.definitions.size());
    QCOMPARE(a.bindings.capacity(), a.bindings.size());
}

// Facts as the extractor builds them come back unchanged through the interned form, empty
// texts (a literal argument, a lambda's missing return) included.
void TestNames::rawRoundTrip()
{
    RawFileFacts facts;
    facts.calls.push_back(RawCallFact{.scope = 2,
                                      .callee = QStringLiteral("self.run"),
                                      .line = 7,
                                      .lambda = -1,
                                      .decorates = -1,
                                      .arguments = {QStringLiteral("job"), QString()},
                                      .decorator = false,
                                      .origin = CallOrigin::Written});
    RawBinding binding;
    binding.name = QStringLiteral("handler");
    binding.value = QStringLiteral("on_save");
    binding.kind = BindingKind::Alias;
    facts.bindings.push_back(binding);
    RawDefinition run;
    run.name = QStringLiteral("run");
    run.qualName = QStringLiteral("K.run");
    run.parameters = QStringList{QStringLiteral("self"), QStringLiteral("*")};
    facts.definitions.push_back(run);
    RawLambdaFact lambda;
    lambda.name = QStringLiteral("<lambda1>");
    facts.lambdas.push_back(lambda);
    facts.moduleNames = QStringList{QStringLiteral("K"), QStringLiteral("handler")};
    const FileFacts once = interned(facts);
    QCOMPARE(raw(once), facts);
    QCOMPARE(once.calls[0].arguments.size(), 2);
    QVERIFY(once.calls[0].arguments.at(1).isEmpty());
    QCOMPARE(once.definitions[0].parameters.toList().join(u' '), QStringLiteral("self *"));
    QCOMPARE(interned(facts), once); // the same ids again
}

void TestNames::listsShared()
{
    // Made at run time, as extraction makes them (a literal's text is static, not allocated).
    const auto made = [](const char *text) { return QString::fromLatin1(text); };
    const std::uint32_t before = NameList::tableSize();
    const NameList one(QStringList{made("listsShared-self"), made("listsShared-x")});
    const NameList two(QStringList{made("listsShared-self"), made("listsShared-x")});
    const NameList other(QStringList{made("listsShared-cls")});
    QCOMPARE(one, two);
    QCOMPARE(one.id(), two.id());
    QVERIFY(one.names().data() == two.names().data()); // held once
    QCOMPARE(one.names().size(), 2u);
    QCOMPARE(one[1], made("listsShared-x"));
    QCOMPARE(one.value(2), QString());
    QVERIFY(one.contains(made("listsShared-x")));
    QVERIFY(!one.contains(QLatin1String("listsShared-cls")));
    QVERIFY(one == QStringList({made("listsShared-self"), made("listsShared-x")}));
    QCOMPARE(QStringList(one.begin(), one.end()), one.toList());
    QCOMPARE(one.end() - one.begin(), 2);
    QCOMPARE(one.first().constData(), Name(made("listsShared-self")).str().constData());
    QVERIFY(one != other);
    QVERIFY(NameList(QStringList()).isEmpty());
    QCOMPARE(NameList(QStringList()).id(), 0u);
    QVERIFY(Name(QString()).isEmpty());
    QVERIFY(Name(QStringLiteral("")).isEmpty());
    QCOMPARE(NameList::tableSize(), before + 2);
}

void TestNames::concurrent()
{
    const std::uint32_t before = Name::tableSize();
    std::vector<std::vector<Name>> seen(4);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&seen, t] {
                for (int i = 0; i < 5000; ++i)
                    seen[std::size_t(t)].emplace_back(QStringLiteral("concurrent%1").arg(i % 500));
            });
        }
    }
    for (std::size_t i = 0; i < 5000; ++i) {
        QCOMPARE(seen[1][i].str(), QStringLiteral("concurrent%1").arg(i % 500));
        QCOMPARE(seen[0][i].id(), seen[3][i].id());
        QCOMPARE(seen[0][i].str().constData(), seen[2][i].str().constData()); // one text
    }
    QCOMPARE(Name::tableSize(), before + 500);
}

// Name::find() answers from the table without adding to it; a view and a string of the same
// text give the same name.
void TestNames::findWithoutAdding()
{
    const Name held(QStringLiteral("findable.name"));
    const QString text = QStringLiteral("xfindable.namex");
    const std::uint32_t before = Name::tableSize();
    const std::optional<Name> found = Name::find(QStringView(text).mid(1, 13));
    QVERIFY(found.has_value());
    QCOMPARE(found->id(), held.id());
    QCOMPARE(Name(QStringView(text).mid(1, 13)).id(), held.id());
    QVERIFY(!Name::find(QStringLiteral("never.interned.anywhere")).has_value());
    QVERIFY(!Name::find(QStringView(text).mid(1, 12)).has_value()); // "findable.nam"
    QCOMPARE(Name::tableSize(), before);
    QVERIFY(Name::find(QStringView()).has_value()); // the empty name is always there
    QCOMPARE(Name::find(QStringView())->id(), 0u);
    const Name added(QStringView(text).mid(1, 12));
    QCOMPARE(Name::tableSize(), before + 1);
    QCOMPARE(added.str(), QStringLiteral("findable.nam"));
    QCOMPARE(Name::find(QStringLiteral("findable.nam"))->id(), added.id());
}

// On real code: every file's facts as the analysis holds them equal a plain extraction and
// come back unchanged when spelled out and interned again, and the JSON is exactly what
// QJsonDocument writes for the same values.
void TestNames::django()
{
    if (!QFileInfo::exists(DjangoDir + QLatin1String("/db/models/base.py")))
        QSKIP("Debian's python3-django is not installed (./setup.sh test installs it)");
    PipelineOptions options;
    options.analysis.threads = 2;
    const SnapshotPtr snapshot = runPipeline(DjangoDir, options);
    QVERIFY(snapshot && snapshot->ok());
    const Analysis &analysis = *snapshot->analysis;
    PythonExtractor extractor;
    std::vector<FileFacts> plain;
    for (std::size_t i = 0; i < analysis.scan.files.size(); ++i) {
        QFile file(analysis.scan.pathOf(analysis.scan.files[i]));
        QVERIFY(file.open(QIODevice::ReadOnly));
        plain.push_back(extractor.extract(file.readAll()));
        QVERIFY2(interned(raw(plain.back())) == plain.back(),
                 qPrintable(analysis.scan.files[i].relativePath));
    }
    // The analysis keeps the operators' calls only where a class of the project defines the
    // special method.
    dropUnansweredOperators(plain);
    for (std::size_t i = 0; i < plain.size(); ++i)
        QVERIFY2(plain[i] == analysis.facts[i], qPrintable(analysis.scan.files[i].relativePath));
    QVERIFY(plain.size() > 800);

    const QByteArray json = toJson(analysis, snapshot->review);
    QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented), json);
}

QTEST_MAIN(TestNames)
#include "tst_names.moc"
