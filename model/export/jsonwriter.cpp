#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <cmath>

#include <utility>

namespace headroom {

namespace {
constexpr qsizetype kPieceBytes = 1 << 20;
} // namespace

JsonWriter::JsonWriter(Sink sink) : m_sink(std::move(sink))
{
    m_out.reserve(kPieceBytes + (1 << 16));
}

void JsonWriter::handOn()
{
    if (!m_sinkFailed && !m_sink(m_out))
        m_sinkFailed = true;
    m_out.resize(0); // keeps the capacity for the next piece
}

void JsonWriter::indent()
{
    m_out.append(qsizetype(m_empty.size()) * 4, ' ');
}

// Every value but the first of its array or object goes on a line of its own after a comma;
// a value after its key stays on the key's line.
void JsonWriter::beforeValue()
{
    if (m_sink && m_out.size() >= kPieceBytes)
        handOn();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    m_out.append(m_empty.back() ? "\n" : ",\n");
    m_empty.back() = false;
    indent();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_empty.push_back(true);
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_empty.push_back(true);
}

void JsonWriter::endObject()
{
    m_empty.pop_back();
    m_out.append('\n'); // also when empty: "[", then "]" on a line of its own
    indent();
    m_out.append('}');
}

void JsonWriter::endArray()
{
    m_empty.pop_back();
    m_out.append('\n'); // also when empty: "[", then "]" on a line of its own
    indent();
    m_out.append(']');
}

void JsonWriter::key(const char *latin1)
{
    beforeValue();
    m_out.append('"').append(latin1).append("\": ");
    m_afterKey = true;
}

void JsonWriter::key(const QString &text)
{
    beforeValue();
    quoted(text);
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    quoted(text);
}

void JsonWriter::value(const char *latin1)
{
    beforeValue();
    m_out.append('"').append(latin1).append('"');
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

// As QJsonDocument writes each kind of value (qjsonwriter.cpp): an object's keys in their
// sorted order, integers as integers, doubles as the shortest text that reads back the same
// ("null" when not finite), the rest by name.
void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = json.toArray();
        beginArray();
        for (const QJsonValue &element : array)
            value(element);
        endArray();
        return;
    }
    case QJsonValue::String:
        value(json.toString());
        return;
    case QJsonValue::Double: {
        beforeValue();
        const QVariant number = json.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            m_out.append(QByteArray::number(number.toLongLong()));
        } else if (const double d = json.toDouble(); std::isfinite(d)) {
            m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        } else {
            m_out.append("null");
        }
        return;
    }
    case QJsonValue::Bool:
        beforeValue();
        m_out.append(json.toBool() ? "true" : "false");
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        beforeValue();
        m_out.append("null");
        return;
    }
}

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as
// UTF-8.
void JsonWriter::quoted(const QString &text)
{
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    m_out.append('"');
}

QByteArray JsonWriter::take()
{
    m_out.append('\n');
    m_empty.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}

bool JsonWriter::finish()
{
    m_out.append('\n');
    m_empty.clear();
    m_afterKey = false;
    handOn();
    return !m_sinkFailed;
}

} // namespace headroom
