#include "pathglobs.h"

namespace headroom {

namespace {

// The regular expression of one glob: the path itself or any folder above it matches.
QString expressionOf(QString glob)
{
    glob = glob.trimmed();
    while (glob.startsWith(QLatin1String("./")))
        glob.remove(0, 2);
    while (glob.endsWith(u'/'))
        glob.chop(1);
    // Anchored at the project folder when a '/' stands anywhere but at its end.
    const bool anchored = glob.startsWith(u'/') || glob.contains(u'/');
    while (glob.startsWith(u'/'))
        glob.remove(0, 1);
    if (glob.isEmpty())
        return {};
    QString re = anchored ? QStringLiteral("^") : QStringLiteral("^(?:.*/)?");
    for (qsizetype i = 0; i < glob.size();) {
        if (glob.mid(i, 3) == QLatin1String("**/")) {
            re += QLatin1String("(?:.*/)?");
            i += 3;
        } else if (glob.mid(i, 2) == QLatin1String("**")) {
            re += QLatin1String(".*");
            i += 2;
        } else if (glob[i] == u'*') {
            re += QLatin1String("[^/]*");
            ++i;
        } else if (glob[i] == u'?') {
            re += QLatin1String("[^/]");
            ++i;
        } else {
            re += QRegularExpression::escape(QString(glob[i]));
            ++i;
        }
    }
    return re + QLatin1String("(?:/.*)?$");
}

} // namespace

PathGlobs::PathGlobs(const QStringList &patterns)
{
    for (const QString &glob : patterns) {
        const QString re = expressionOf(glob);
        if (!re.isEmpty())
            m_patterns.emplace_back(re, QRegularExpression::DontCaptureOption);
    }
}

bool PathGlobs::matches(const QString &relativePath) const
{
    for (const QRegularExpression &pattern : m_patterns) {
        if (pattern.match(relativePath).hasMatch())
            return true;
    }
    return false;
}

} // namespace headroom
