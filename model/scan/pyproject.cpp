#include "pyproject.h"

#include "tomlread.h"

#include <QFile>
#include <QFileInfo>

#include <limits>
#include <string>

namespace headroom {

namespace {

using detail::fromStd;

int lineOf(const toml::node_view<const toml::node> &node)
{
    return node ? detail::lineOf(*node.node()) : 0;
}

// A string, or an array of strings. Anything else there is a settings error named by `key`.
QStringList strings(const toml::node_view<const toml::node> &node, std::string_view key,
                    PyProject &out)
{
    QStringList result;
    if (!node)
        return result;
    if (auto single = node.value_exact<std::string>()) {
        result.append(fromStd(*single));
        return result;
    }
    const toml::array *array = node.as_array();
    bool wrongType = array == nullptr;
    if (array) {
        for (const toml::node &element : *array) {
            if (auto text = element.value_exact<std::string>())
                result.append(fromStd(*text));
            else
                wrongType = true;
        }
    }
    if (wrongType)
        out.errors.push_back({lineOf(node), fromStd(key)});
    return result;
}

QString string(const toml::node_view<const toml::node> &node, std::string_view key, PyProject &out)
{
    if (!node)
        return {};
    if (auto text = node.value_exact<std::string>())
        return fromStd(*text);
    out.errors.push_back({lineOf(node), fromStd(key)});
    return {};
}

// A whole number of bytes the parser can address, or a settings error named by `key`.
qint64 byteCount(const toml::node_view<const toml::node> &node, std::string_view key,
                 PyProject &out)
{
    if (!node)
        return 0;
    const auto value = node.value_exact<int64_t>();
    if (!value || *value < 1 || *value >= std::numeric_limits<std::uint32_t>::max()) {
        out.errors.push_back({lineOf(node), fromStd(key)});
        return 0;
    }
    return *value;
}

void readSettings(const toml::table &table, PyProject &out)
{
    const toml::node_view<const toml::node> root{table};
    const auto tool = root["tool"];

    out.name = string(root["project"]["name"], "project.name", out);
    if (out.name.isEmpty())
        out.name = string(tool["poetry"]["name"], "tool.poetry.name", out);

    const auto headroomRoots = tool["headroom"]["roots"];
    out.headroomRoots = strings(headroomRoots, "tool.headroom.roots", out);
    out.hasHeadroomRoots = !out.headroomRoots.isEmpty();
    out.maxFileBytes =
        byteCount(tool["headroom"]["max_file_bytes"], "tool.headroom.max_file_bytes", out);
    // Days of history counted as churn, as --churn DAYS.
    out.churnDays = int(std::min<qint64>(
        byteCount(tool["headroom"]["churn_days"], "tool.headroom.churn_days", out), 36500));

    out.exclude = strings(tool["headroom"]["exclude"], "tool.headroom.exclude", out);

    const auto setuptools = tool["setuptools"];
    const QString packageDir =
        string(setuptools["package-dir"][""], "tool.setuptools.package-dir", out);
    if (!packageDir.isEmpty())
        out.setuptoolsRoots.append(packageDir);
    out.setuptoolsRoots += strings(setuptools["packages"]["find"]["where"],
                                   "tool.setuptools.packages.find.where", out);

    // Poetry: packages = [{ include = "pkg", from = "src" }]
    if (const toml::array *packages = tool["poetry"]["packages"].as_array()) {
        for (const toml::node &package : *packages) {
            const toml::table *entry = package.as_table();
            if (!entry)
                continue;
            if (auto from = (*entry)["from"].value_exact<std::string>())
                out.setuptoolsRoots.append(fromStd(*from));
        }
    }
}

} // namespace

PyProject parsePyProject(const PyProjectDocument &document)
{
    PyProject out;
    if (!document)
        return out;
    if (document->parsed)
        readSettings(document->table, out);
    else
        out.errors.push_back({document->errorLine, document->error});
    return out;
}

PyProject parsePyProject(std::string_view text)
{
    return parsePyProject(std::make_shared<const detail::TomlDocument>(detail::parseToml(text)));
}

namespace {

// A pyproject.toml is a few kilobytes; anything huge is not one we want to parse.
constexpr qint64 kMaxPyProjectBytes = 4 * 1024 * 1024;

} // namespace

PyProjectDocument loadPyProject(const QString &folder)
{
    QFile file(folder + QStringLiteral("/pyproject.toml"));
    if (!QFileInfo(file.fileName()).isFile())
        return nullptr;
    auto failed = [](const QString &why) {
        auto doc = std::make_shared<detail::TomlDocument>();
        doc->error = why;
        return PyProjectDocument(std::move(doc));
    };
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    if (file.size() > kMaxPyProjectBytes)
        return failed(QString::number(file.size()));
    return parsePyProjectBytes(file.readAll());
}

PyProjectDocument parsePyProjectBytes(const QByteArray &bytes)
{
    if (bytes.size() > kMaxPyProjectBytes) {
        auto doc = std::make_shared<detail::TomlDocument>();
        doc->error = QString::number(bytes.size());
        return doc;
    }
    return std::make_shared<const detail::TomlDocument>(
        detail::parseToml(std::string_view(bytes.constData(), size_t(bytes.size()))));
}

} // namespace headroom
