#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

namespace headroom {

// Writes JSON text straight into a buffer, byte for byte as QJsonDocument::Indented would, for
// documents too large to build as QJsonObject trees first (the call graph of a large project
// has hundreds of thousands of values, and the tree cost five times the writing).
// The caller gives keys in the order they are to appear; QJsonDocument sorts them, so callers
// that must agree with it write them sorted.
class JsonWriter
{
public:
    // Where written text goes, a piece at a time; false when it could not be written.
    using Sink = std::function<bool(QByteArrayView)>;

    JsonWriter() { m_out.reserve(1 << 16); }
    // Hands the text to `sink` whenever a piece of about a megabyte is ready, so that a
    // document of any size takes one piece of memory.
    explicit JsonWriter(Sink sink);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value in the current object.
    void key(const char *latin1);
    void key(const QString &text);
    void value(const QString &text);
    void value(const char *latin1);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    // Any value, written as QJsonDocument writes it at this depth (objects with sorted keys).
    void value(const QJsonValue &json);

    // The document, ended by a line break as QJsonDocument ends it.
    [[nodiscard]] QByteArray take();
    // With a sink: ends the document as take() does and hands on what is left; false when
    // any piece could not be written.
    [[nodiscard]] bool finish();

private:
    void beforeValue();
    void indent();
    void quoted(const QString &text);

    void handOn();

    QByteArray m_out;
    Sink m_sink;
    bool m_sinkFailed = false;
    std::vector<bool> m_empty; // per open array or object: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace headroom
