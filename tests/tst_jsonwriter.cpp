// JsonWriter writes what QJsonDocument would: the same values, read back by any JSON reader,
// and the same indented text, for strings of every kind (quotes, backslashes, control
// characters, non-ASCII) and for nesting.
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void nesting();
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

QTEST_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
