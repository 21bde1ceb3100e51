#pragma once
// The on-page size of every text of an SVG: its font size with every enclosing transform
// applied (matrix, translate, scale), in viewBox units. What a reader of the exported page
// sees, whatever the exporter's own arithmetic says.
#include <QByteArray>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>

#include <cmath>
#include <vector>

namespace headroom::test {

inline QTransform svgTransform(const QString &text)
{
    QTransform t;
    static const QRegularExpression step(QStringLiteral(R"((\w+)\s*\(([^)]*)\))"));
    static const QRegularExpression separator(QStringLiteral("[ ,]+"));
    for (auto it = step.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        std::vector<double> v;
        for (const QString &part : m.captured(2).split(separator, Qt::SkipEmptyParts))
            v.push_back(part.toDouble());
        QTransform s;
        if (m.captured(1) == QLatin1String("matrix") && v.size() == 6)
            s = QTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
        else if (m.captured(1) == QLatin1String("translate") && !v.empty())
            s = QTransform::fromTranslate(v[0], v.size() > 1 ? v[1] : 0);
        else if (m.captured(1) == QLatin1String("scale") && !v.empty())
            s = QTransform::fromScale(v[0], v.size() > 1 ? v[1] : v[0]);
        t = s * t; // SVG applies the rightmost first
    }
    return t;
}

// Sizes of the non-empty texts, in document order.
inline std::vector<double> svgTextSizes(const QByteArray &svg)
{
    struct Level
    {
        QTransform transform;
        double fontSize = 16;
    };
    std::vector<Level> stack{{}};
    std::vector<double> sizes;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            Level level = stack.back();
            const auto attributes = xml.attributes();
            if (attributes.hasAttribute(QLatin1String("transform")))
                level.transform =
                    svgTransform(attributes.value(QLatin1String("transform")).toString()) *
                    level.transform;
            if (attributes.hasAttribute(QLatin1String("font-size"))) {
                QString size = attributes.value(QLatin1String("font-size")).toString();
                size.remove(QRegularExpression(QStringLiteral("[a-z]+")));
                level.fontSize = size.toDouble();
            }
            stack.push_back(level);
            if (xml.name() == QLatin1String("text")) {
                const double scale = std::sqrt(std::abs(level.transform.determinant()));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                stack.pop_back();
                if (!text.trimmed().isEmpty())
                    sizes.push_back(level.fontSize * scale);
            }
        } else if (xml.isEndElement() && stack.size() > 1) {
            stack.pop_back();
        }
    }
    return sizes;
}

} // namespace headroom::test
