#pragma once
// The texts of an SVG with their size on the page: the font size times the scale of every
// transform above them (as QSvgGenerator writes them: matrix() and translate() on groups).
#include <QList>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <array>
#include <cmath>

namespace headroom::test {

struct SvgText
{
    QString text;
    double pixels = 0; // on the page (viewBox units)
};

// a, b, c, d, e, f as in SVG's matrix(): x' = a x + c y + e, y' = b x + d y + f.
using SvgMatrix = std::array<double, 6>;

inline SvgMatrix svgMultiply(const SvgMatrix &m, const SvgMatrix &n)
{
    return {m[0] * n[0] + m[2] * n[1],        m[1] * n[0] + m[3] * n[1],
            m[0] * n[2] + m[2] * n[3],        m[1] * n[2] + m[3] * n[3],
            m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]};
}

inline SvgMatrix svgTransform(const QString &attribute)
{
    SvgMatrix m{1, 0, 0, 1, 0, 0};
    static const QRegularExpression call(QStringLiteral("(\\w+)\\s*\\(([^)]*)\\)"));
    static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
    for (const QRegularExpressionMatch &match : call.globalMatch(attribute)) {
        QList<double> v;
        for (const QString &n : match.captured(2).split(separator, Qt::SkipEmptyParts))
            v << n.toDouble();
        const QString name = match.captured(1);
        if (name == QLatin1String("matrix") && v.size() == 6)
            m = svgMultiply(m, {v[0], v[1], v[2], v[3], v[4], v[5]});
        else if (name == QLatin1String("translate") && !v.isEmpty())
            m = svgMultiply(m, {1, 0, 0, 1, v[0], v.value(1)});
        else if (name == QLatin1String("scale") && !v.isEmpty())
            m = svgMultiply(m, {v[0], 0, 0, v.value(1, v[0]), 0, 0});
    }
    return m;
}

inline QList<SvgText> svgTexts(const QByteArray &svg)
{
    struct Level
    {
        SvgMatrix matrix;
        double fontSize;
    };
    QList<Level> stack{{{1, 0, 0, 1, 0, 0}, 16.0}};
    QList<SvgText> out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        Level level = stack.last();
        const QXmlStreamAttributes a = xml.attributes();
        level.matrix =
            svgMultiply(level.matrix, svgTransform(a.value(QLatin1String("transform")).toString()));
        if (a.hasAttribute(QLatin1String("font-size"))) {
            QString size = a.value(QLatin1String("font-size")).toString();
            size.remove(QRegularExpression(QStringLiteral("[a-z]+")));
            level.fontSize = size.toDouble();
        }
        if (xml.name() == QLatin1String("text")) {
            const SvgMatrix &m = level.matrix;
            const double scale = std::sqrt(std::abs(m[0] * m[3] - m[1] * m[2]));
            // readElementText() consumes the end element: the level is not pushed.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                out.append({text.trimmed(), level.fontSize * scale});
            continue;
        }
        stack.append(level);
    }
    return out;
}

} // namespace headroom::test
