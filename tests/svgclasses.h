#pragma once
// Graphviz's SVG keeps a DOT element's class attribute on the element's group, after its
// own word: <g class="node cycle"><title>a</title>...; <g class="edge cut"><title>a->b</title>.
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

} // namespace headroom::test
