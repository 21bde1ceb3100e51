#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace headroom::fuzz {

// A small project cut from one fuzzer input. The input is Python text; a line starting with
// "#@" begins a new file named by the rest of that line. Names come from a fixed set (the
// root and nested packages, a stub, a namespace package, a source root and the three
// configuration files); a name outside the set picks one of the set by its bytes, so a
// mutated header still names a file and no input writes outside the project. Text before
// the first header is main.py; a later file of the same name replaces an earlier one.
// Since "#@" is a comment, every input is also one valid-looking Python file.
struct ProjectFile
{
    QString path; // relative, '/' separated
    QByteArray text;
};

[[nodiscard]] std::vector<ProjectFile> splitProject(QByteArrayView input);

// Empties `folder` and writes the files into it; false when the disk refuses.
[[nodiscard]] bool writeProject(const QString &folder, const std::vector<ProjectFile> &files);

} // namespace headroom::fuzz
