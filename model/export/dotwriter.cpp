#include "dotwriter.h"

#include <QByteArrayView>

namespace headroom {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c);
}

// DOT's numeral: [-]?(.[0-9]+ | [0-9]+(.[0-9]*)?).
bool isNumeral(QByteArrayView v)
{
    qsizetype i = v.startsWith('-') ? 1 : 0;
    qsizetype digits = 0;
    while (i < v.size() && isDigit(v[i])) {
        ++i;
        ++digits;
    }
    if (i < v.size() && v[i] == '.') {
        ++i;
        while (i < v.size() && isDigit(v[i])) {
            ++i;
            ++digits;
        }
    }
    return digits > 0 && i == v.size();
}

// A plain ASCII identifier that is no DOT keyword: DOT reads it bare as the same string.
// (DOT would take bytes over 127 too; keeping them quoted keeps every line readable as
// what it is.)
bool isWord(QByteArrayView v)
{
    if (v.isEmpty() || isDigit(v[0]))
        return false;
    for (const char c : v) {
        if (!isWordChar(c))
            return false;
    }
    for (const char *keyword : {"node", "edge", "graph", "digraph", "subgraph", "strict"}) {
        if (v.compare(QByteArrayView(keyword), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

void appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        switch (c) {
        case '"':
        case '\\':
            out += '\\';
            out += c;
            break;
        case '\r':
            if (i + 1 < utf8.size() && utf8[i + 1] == '\n')
                break; // CR LF is one line break
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    out += '"';
}

} // namespace

DotAttribute dotText(const char *key, const QString &text)
{
    return {key, text.toUtf8(), true};
}

const char *dotEdgeTextKey(bool flat)
{
    return flat ? "xlabel" : "label";
}

QByteArray dotQuoted(const QString &text)
{
    QByteArray out;
    appendQuoted(out, text.toUtf8());
    return out;
}

DotWriter::DotWriter(const QString &name, const DotAttributes &graph, const DotAttributes &nodes,
                     const DotAttributes &edges)
{
    m_out = "digraph ";
    appendQuoted(m_out, name.toUtf8());
    m_out += " {\n";
    const std::pair<const char *, const DotAttributes *> defaults[] = {
        {"graph", &graph}, {"node", &nodes}, {"edge", &edges}};
    for (const auto &[statement, attributes] : defaults) {
        if (attributes->empty())
            continue;
        m_out += "  ";
        m_out += statement;
        writeAttributes(*attributes);
        m_out += ";\n";
    }
}

void DotWriter::node(const QString &id, const DotAttributes &attributes)
{
    Q_ASSERT(!m_finished);
    m_out += "  ";
    appendQuoted(m_out, id.toUtf8());
    writeAttributes(attributes);
    m_out += ";\n";
}

void DotWriter::edge(const QString &from, const QString &to, const DotAttributes &attributes)
{
    Q_ASSERT(!m_finished);
    m_out += "  ";
    appendQuoted(m_out, from.toUtf8());
    m_out += " -> ";
    appendQuoted(m_out, to.toUtf8());
    writeAttributes(attributes);
    m_out += ";\n";
}

void DotWriter::beginCluster(const QString &id, const DotAttributes &attributes)
{
    Q_ASSERT(!m_finished);
    m_out += "  subgraph ";
    appendQuoted(m_out, QByteArrayLiteral("cluster_") + id.toUtf8());
    m_out += " {\n  graph";
    writeAttributes(attributes);
    m_out += ";\n";
}

void DotWriter::endCluster()
{
    Q_ASSERT(!m_finished);
    m_out += "  }\n";
}

void DotWriter::sameRank(const QStringList &ids, const QString &comment)
{
    Q_ASSERT(!m_finished);
    m_out += "  { rank=same;";
    for (const QString &id : ids) {
        m_out += ' ';
        appendQuoted(m_out, id.toUtf8());
        m_out += ';';
    }
    m_out += " }";
    if (!comment.isEmpty()) {
        // A line comment ends at the line's end: keep it on one line.
        QByteArray text = comment.toUtf8();
        text.replace('\r', ' ').replace('\n', ' ');
        m_out += " // " + text;
    }
    m_out += '\n';
}

QByteArray DotWriter::finish()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    m_out += "}\n";
    return std::move(m_out);
}

void DotWriter::addClass(DotAttributes &attributes, const QByteArray &name)
{
    for (DotAttribute &a : attributes) {
        if (a.key != "class")
            continue;
        if (!a.value.split(' ').contains(name))
            a.value += (a.value.isEmpty() ? "" : " ") + name;
        a.text = true;
        return;
    }
    attributes.push_back({"class", name, true});
}

void DotWriter::set(DotAttributes &attributes, DotAttribute attribute)
{
    for (DotAttribute &a : attributes) {
        if (a.key == attribute.key) {
            a = std::move(attribute);
            return;
        }
    }
    attributes.push_back(std::move(attribute));
}

void DotWriter::writeAttributes(const DotAttributes &attributes)
{
    if (attributes.empty())
        return;
    m_out += " [";
    bool first = true;
    for (const DotAttribute &a : attributes) {
        Q_ASSERT(isWord(a.key));
        if (!first)
            m_out += ", ";
        first = false;
        m_out += a.key;
        m_out += '=';
        if (!a.text && (isWord(a.value) || isNumeral(a.value)))
            m_out += a.value;
        else
            appendQuoted(m_out, a.value);
    }
    m_out += ']';
}

} // namespace headroom
