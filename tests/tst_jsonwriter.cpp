// JsonWriter writes what QJsonDocument would: the same values, read back by any JSON reader,
// and the same indented text, for strings of every kind (quotes, backslashes, control
// characters, non-ASCII) and for nesting.
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace headroom;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void nesting();
    void anyValue_data();
    void anyValue();
    void pieces();
    void failedPiece();
};

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("django.db.models.Model.save");
    QTest::newRow("quotes and backslashes") << QStringLiteral("a \"b\" c:\\path\\");
    QTest::newRow("line breaks and tabs") << QStringLiteral("one\ntwo\r\tthree");
    QTest::newRow("other control characters") << QString::fromUtf8("\x01\x08\x0c\x1f end");
    QTest::newRow("non-ASCII") << QString::fromUtf8("caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x90\x8d");
    QTest::newRow("slash and delete") << QString::fromUtf8("a/b\x7f");
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    JsonWriter writer;
    writer.beginObject();
    writer.key(text.isEmpty() ? QStringLiteral("k") : text);
    writer.value(text);
    writer.key("n");
    writer.value(qint64(-42));
    writer.endObject();
    const QByteArray written = writer.take();

    QJsonObject expected;
    expected[text.isEmpty() ? QStringLiteral("k") : text] = text;
    expected[QStringLiteral("n")] = -42;
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.object(), expected);
    if (text.isEmpty() || text < QStringLiteral("n")) // QJsonDocument sorts the keys
        QCOMPARE(written, QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void TestJsonWriter::nesting()
{
    JsonWriter writer;
    writer.beginObject();
    writer.key("edges");
    writer.beginArray();
    for (int i = 0; i < 2; ++i) {
        writer.beginObject();
        writer.key("sites");
        writer.beginArray();
        writer.beginObject();
        writer.key("line");
        writer.value(i);
        writer.endObject();
        writer.endArray();
        writer.key("source");
        writer.value(QStringLiteral("m%1").arg(i));
        writer.endObject();
    }
    writer.endArray();
    writer.key("level");
    writer.value("function");
    writer.key("none");
    writer.beginArray();
    writer.endArray();
    writer.key("nothing");
    writer.beginObject();
    writer.endObject();
    writer.endObject();
    const QByteArray written = writer.take();

    QJsonArray edges;
    for (int i = 0; i < 2; ++i) {
        QJsonObject site;
        site[QStringLiteral("line")] = i;
        QJsonObject edge;
        edge[QStringLiteral("sites")] = QJsonArray{site};
        edge[QStringLiteral("source")] = QStringLiteral("m%1").arg(i);
        edges.append(edge);
    }
    QJsonObject expected;
    expected[QStringLiteral("edges")] = edges;
    expected[QStringLiteral("level")] = QStringLiteral("function");
    expected[QStringLiteral("none")] = QJsonArray();
    expected[QStringLiteral("nothing")] = QJsonObject();
    QCOMPARE(QJsonDocument::fromJson(written).object(), expected);
    QCOMPARE(written, QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

// A QJsonValue written by JsonWriter two levels deep reads exactly as QJsonDocument writes the
// same document: numbers, null, booleans, and objects and arrays indented to their depth.
void TestJsonWriter::anyValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("fraction") << QJsonValue(0.125);
    QTest::newRow("rounded metric") << QJsonValue(std::round(2.0 / 3.0 * 1000.0) / 1000.0);
    QTest::newRow("tiny") << QJsonValue(1e-7);
    QTest::newRow("whole double") << QJsonValue(3.0);
    QTest::newRow("large whole double") << QJsonValue(9007199254740993.0);
    QTest::newRow("huge") << QJsonValue(1.5e300);
    QTest::newRow("negative") << QJsonValue(-42.75);
    QTest::newRow("integer") << QJsonValue(qint64(1) << 40);
    QTest::newRow("null") << QJsonValue();
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("string") << QJsonValue(QStringLiteral("a \"quoted\"\nline"));
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QJsonObject nested;
    nested[QStringLiteral("zeta")] = QJsonArray{1, QJsonObject{{QStringLiteral("b"), 0.5}}, {}};
    nested[QStringLiteral("alpha")] = QJsonObject{{QStringLiteral("x"), QJsonArray()}};
    QTest::newRow("nested object") << QJsonValue(nested);
    QTest::newRow("array of objects") << QJsonValue(QJsonArray{nested, nested});
}

void TestJsonWriter::anyValue()
{
    QFETCH(QJsonValue, value);
    JsonWriter writer;
    writer.beginObject();
    writer.key("list");
    writer.beginArray();
    writer.value(qint64(1));
    writer.value(value);
    writer.endArray();
    writer.key("value");
    writer.value(value);
    writer.endObject();

    QJsonObject expected;
    expected[QStringLiteral("list")] = QJsonArray{1, value};
    expected[QStringLiteral("value")] = value;
    QCOMPARE(writer.take(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

namespace {

// A document of many values, large enough to be handed on in several pieces.
void writeLarge(JsonWriter &writer)
{
    writer.beginObject();
    writer.key("nodes");
    writer.beginArray();
    for (int i = 0; i < 60000; ++i) {
        writer.beginObject();
        writer.key("id");
        writer.value(QStringLiteral("package.module_%1.Class.method").arg(i));
        writer.key("line");
        writer.value(i);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
}

} // namespace

void TestJsonWriter::pieces()
{
    JsonWriter whole;
    writeLarge(whole);
    const QByteArray expected = whole.take();

    QByteArray joined;
    int count = 0;
    JsonWriter streamed([&](QByteArrayView piece) {
        joined.append(piece);
        ++count;
        return true;
    });
    writeLarge(streamed);
    QVERIFY(streamed.finish());
    QVERIFY2(count > 1, "a document of several megabytes comes in several pieces");
    QCOMPARE(joined, expected);
}

void TestJsonWriter::failedPiece()
{
    int offered = 0;
    JsonWriter streamed([&](QByteArrayView) {
        ++offered;
        return offered != 2; // the second piece cannot be written
    });
    writeLarge(streamed);
    QVERIFY(!streamed.finish());
}

QTEST_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
