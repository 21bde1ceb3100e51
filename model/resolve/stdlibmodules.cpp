#include "stdlibmodules.h"

#include <QFile>

namespace headroom {

const QSet<QString> &stdlibModules()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/headroom/stdlib-modules.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("headroom: the stdlib module list is missing from the resources");
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                set.insert(line);
        }
        return set;
    }();
    return names;
}

bool isStdlibModule(const QString &topLevelName)
{
    return stdlibModules().contains(topLevelName);
}

} // namespace headroom
