#include "settings.h"

#include "exporter.h"

#include <QFile>
#include <QFileInfo>

#include <toml++/toml.h>

namespace headroom {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void badSetting(HeadroomSettings &s, const toml::node &node, const char *key)
{
    s.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                             int(node.source().begin.line), QLatin1String(key)});
}

// Reads an integer of at least `minimum` at `table[key]` into `out`; anything else there is
// a diagnostic.
void readCount(const toml::table &table, const char *key, int *out, HeadroomSettings &s,
               int minimum = 1)
{
    const toml::node *node = table.get(key);
    if (!node)
        return;
    const auto v = node->value<int64_t>();
    if (!v || *v < minimum || *v > 1'000'000) {
        badSetting(s, *node, key);
        return;
    }
    *out = int(*v);
}

} // namespace

bool parseImportKinds(const QStringList &names, ImportKindSet *kinds)
{
    ImportKindSet set = 0;
    for (const QString &name : names) {
        bool known = false;
        for (int k = 0; k < ImportKindCount; ++k) {
            if (name.trimmed() == QLatin1String(importKindKey(ImportKind(k)))) {
                set |= kindBit(ImportKind(k));
                known = true;
            }
        }
        if (!known)
            return false;
    }
    *kinds = set;
    return true;
}

HeadroomSettings parseHeadroomSettings(std::string_view text)
{
    HeadroomSettings s;
    toml::table root;
    try {
        root = toml::parse(text, std::string_view("pyproject.toml"));
    } catch (const toml::parse_error &error) {
        s.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                                 int(error.source().begin.line), fromStd(error.description())});
        return s;
    }
    const toml::table *headroom = root["tool"]["headroom"].as_table();
    if (!headroom)
        return s;
    HeadBudget &budget = s.metrics.budget;
    int uniform = -1;
    readCount(*headroom, "budget", &uniform, s);
    if (uniform >= 1)
        budget = HeadBudget::uniform(uniform);
    if (const toml::table *budgets = (*headroom)["budgets"].as_table()) {
        readCount(*budgets, "package_members", &budget.packageMembers, s);
        readCount(*budgets, "module_definitions", &budget.moduleDefinitions, s);
        readCount(*budgets, "module_imports", &budget.moduleImports, s);
        readCount(*budgets, "class_methods", &budget.classMethods, s);
        readCount(*budgets, "depth", &budget.depth, s);
    }
    if (const toml::node *kinds = headroom->get("cycle_imports")) {
        QStringList names;
        if (const toml::array *array = kinds->as_array()) {
            for (const toml::node &item : *array) {
                if (auto text = item.value<std::string>())
                    names << fromStd(*text);
                else
                    names << QStringLiteral("?");
            }
        }
        ImportKindSet set = 0;
        if (!kinds->is_array() || !parseImportKinds(names, &set) || set == 0)
            badSetting(s, *kinds, "cycle_imports");
        else
            s.metrics.cycles.kinds = set;
    }
    if (const toml::table *check = (*headroom)["check"].as_table()) {
        readCount(*check, "max_cycles", &s.check.maxCycles, s, -1);
        readCount(*check, "max_depth", &s.check.maxDepth, s, -1);
        readCount(*check, "max_findings", &s.check.maxFindings, s, -1);
        if (const toml::node *contracts = check->get("contracts")) {
            if (auto v = contracts->value<bool>())
                s.check.contracts = *v;
            else
                badSetting(s, *contracts, "contracts");
        }
    }
    return s;
}

HeadroomSettings readHeadroomSettings(const QString &folder)
{
    QFile file(folder + QStringLiteral("/pyproject.toml"));
    if (!QFileInfo(file.fileName()).isFile() || file.size() > 4 * 1024 * 1024
        || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return parseHeadroomSettings({bytes.constData(), size_t(bytes.size())});
}

} // namespace headroom
