#include "fuzzproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace headroom::fuzz {

namespace {

constexpr std::array kNames = {
    "main.py",       "__init__.py",         "pkg/__init__.py", "pkg/a.py",
    "pkg/b.py",      "pkg/sub/__init__.py", "pkg/sub/c.py",    "pkg/sub/c.pyi",
    "ns/d.py",       "src/lib/__init__.py", "src/lib/e.py",    "pyproject.toml",
    ".importlinter", "setup.cfg",
};

QString pickName(QByteArrayView header)
{
    const QByteArray name = header.toByteArray().trimmed();
    unsigned sum = 0;
    for (const char c : name)
        sum += static_cast<unsigned char>(c);
    for (const char *known : kNames) {
        if (name == known)
            return QString::fromLatin1(known);
    }
    return QString::fromLatin1(kNames[sum % kNames.size()]);
}

} // namespace

std::vector<ProjectFile> splitProject(QByteArrayView input)
{
    std::vector<ProjectFile> files{{QStringLiteral("main.py"), {}}};
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        end = end < 0 ? input.size() : end + 1;
        const QByteArrayView line = input.sliced(start, end - start);
        if (line.startsWith("#@")) {
            const QString path = pickName(line.sliced(2));
            std::erase_if(files, [&](const ProjectFile &f) { return f.path == path; });
            files.push_back({path, {}});
        } else {
            files.back().text += line;
        }
        start = end;
    }
    return files;
}

bool writeProject(const QString &folder, const std::vector<ProjectFile> &files)
{
    QDir dir(folder);
    if (!dir.removeRecursively() || !dir.mkpath(QStringLiteral(".")))
        return false;
    for (const ProjectFile &f : files) {
        const QString path = dir.filePath(f.path);
        if (!dir.mkpath(QFileInfo(f.path).path()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.text) != f.text.size())
            return false;
    }
    return true;
}

} // namespace headroom::fuzz
