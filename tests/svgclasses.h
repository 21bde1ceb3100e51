#pragma once
// Graphviz's SVG keeps a DOT element's class attribute on the element's group, after its
// own word: <g class="node cycle"><title>a</title>...; <g class="edge cut"><title>a->b</title>.
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace headroom::test {

struct SvgClasses
{
    QStringList cycleNodes; // titles of the groups classed "node cycle", sorted
    QStringList cutEdges;   // titles of the groups classed "edge cut", sorted
    QString error;          // the XML reader's, when the SVG does not parse
};

inline SvgClasses svgClasses(const QByteArray &svg)
{
    SvgClasses out;
    QXmlStreamReader xml(svg);
    QStringList classes;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("g")) {
            classes = xml.attributes().value(QLatin1String("class")).toString().split(u' ');
        } else if (xml.name() == QLatin1String("title")) {
            const QString title = xml.readElementText();
            if (classes == QStringList{QStringLiteral("node"), QStringLiteral("cycle")})
                out.cycleNodes << title;
            else if (classes == QStringList{QStringLiteral("edge"), QStringLiteral("cut")})
                out.cutEdges << title;
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    out.cycleNodes.sort();
    out.cutEdges.sort();
    return out;
}

// One node or edge statement of the DOT Headroom writes, one a line:
// `  "a" [...];` or `  "a" -> "b" [...];` (no raw strings here: moc reads this header).
struct DotStatement
{
    QString id; // "a", or "a->b" for an edge
    bool edge = false;
    QString classes;    // its class attribute, empty without one
    QString attributes; // the whole attribute list
    QString text;       // the statement as written
};

inline QList<DotStatement> dotStatements(const QByteArray &dot)
{
    static const QRegularExpression statement(
        QStringLiteral("^  \"([^\"]*)\"(?: -> \"([^\"]*)\")? \\[(.*)\\];$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression classAttribute(QStringLiteral("(?:^|, )class=\"([^\"]*)\""));
    QList<DotStatement> out;
    for (const QRegularExpressionMatch &m : statement.globalMatch(QString::fromUtf8(dot))) {
        DotStatement s;
        s.edge = m.capturedLength(2) > 0;
        s.id = s.edge ? m.captured(1) + QLatin1String("->") + m.captured(2) : m.captured(1);
        s.attributes = m.captured(3);
        s.classes = classAttribute.match(s.attributes).captured(1);
        s.text = m.captured(0);
        out.append(s);
    }
    return out;
}

} // namespace headroom::test
