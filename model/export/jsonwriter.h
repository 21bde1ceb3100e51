#pragma once

#include <QByteArray>
#include <QString>

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
    JsonWriter() { m_out.reserve(1 << 16); }

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

    // The document, ended by a line break as QJsonDocument ends it.
    [[nodiscard]] QByteArray take();

private:
    void beforeValue();
    void indent();
    void quoted(const QString &text);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open array or object: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace headroom
