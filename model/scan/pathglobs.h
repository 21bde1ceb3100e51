#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace headroom {

// Paths left out of an analysis ([tool.headroom] exclude, --exclude), as globs over paths
// relative to the project folder with '/' between folders, read as .gitignore reads them:
// `*` is any run of characters within one folder or file name, `?` one such character and
// `**` any number of whole folders; a pattern without a '/' (but a trailing one) matches a
// name at any depth (`migrations`, `*_pb2.py`), one with a '/' matches from the project
// folder (`pip/_vendor`, `src/**/generated`). A pattern that matches a folder leaves out
// everything inside it.
class PathGlobs
{
public:
    PathGlobs() = default;
    explicit PathGlobs(const QStringList &patterns);

    [[nodiscard]] bool isEmpty() const { return m_patterns.empty(); }
    // Whether `relativePath` ("a/b/c.py") or a folder it lies in is left out.
    [[nodiscard]] bool matches(const QString &relativePath) const;

private:
    std::vector<QRegularExpression> m_patterns;
};

} // namespace headroom
