#include "settings.h"

#include "exporter.h"
#include "tomlread.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <initializer_list>

namespace headroom {

namespace {

using detail::fromStd;

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
    const auto v = node->value_exact<int64_t>(); // not a float, nor a boolean
    if (!v || *v < minimum || *v > 1'000'000) {
        badSetting(s, *node, key);
        return;
    }
    *out = int(*v);
}

// The table at `parent[key]`: null when there is none, and a diagnostic when something else
// is there.
const toml::table *tableAt(const toml::table &parent, const char *key, HeadroomSettings &s)
{
    const toml::node *node = parent.get(key);
    if (!node)
        return nullptr;
    if (const toml::table *table = node->as_table())
        return table;
    badSetting(s, *node, key);
    return nullptr;
}

// Names each key of `table` that is no setting: a misspelt one would otherwise leave its
// default in force without a word.
void unknownKeys(const toml::table &table, std::initializer_list<std::string_view> known,
                 HeadroomSettings &s)
{
    for (const auto &[key, node] : table) {
        if (std::find(known.begin(), known.end(), key.str()) == known.end())
            s.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                                     int(key.source().begin.line), fromStd(key.str())});
    }
}

} // namespace

bool parseImportKinds(const QStringList &names, ImportKindSet *kinds)
{
    ImportKindSet set = 0;
    for (const QString &name : names) {
        const std::optional<ImportKind> kind = enumFromKey<ImportKind>(name.trimmed());
        if (!kind)
            return false;
        set |= kindBit(*kind);
    }
    *kinds = set;
    return true;
}

HeadroomSettings parseHeadroomSettings(std::string_view text)
{
    return headroomSettings(std::make_shared<const detail::TomlDocument>(detail::parseToml(text)));
}

HeadroomSettings headroomSettings(const PyProjectDocument &document)
{
    HeadroomSettings s;
    if (!document)
        return s;
    const detail::TomlDocument &doc = *document;
    if (!doc.parsed) {
        s.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                                 doc.errorLine, doc.error});
        return s;
    }
    const toml::table *tool = doc.table["tool"].as_table();
    const toml::table *headroom = tool ? tableAt(*tool, "headroom", s) : nullptr;
    if (!headroom)
        return s;
    // roots, max_file_bytes, churn_days and exclude are read (and checked) with the project's
    // files: PyProject.
    unknownKeys(*headroom,
                {"roots", "max_file_bytes", "churn_days", "exclude", "budget", "budgets",
                 "cycle_imports", "check"},
                s);
    HeadBudget &budget = s.metrics.budget;
    int uniform = -1;
    readCount(*headroom, "budget", &uniform, s);
    if (uniform >= 1)
        budget = HeadBudget::uniform(uniform);
    if (const toml::table *budgets = tableAt(*headroom, "budgets", s)) {
        unknownKeys(
            *budgets,
            {"package_members", "module_definitions", "module_imports", "class_methods", "depth"},
            s);
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
                if (auto text = item.value_exact<std::string>())
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
    if (const toml::table *check = tableAt(*headroom, "check", s)) {
        unknownKeys(*check, {"max_cycles", "max_depth", "max_findings", "contracts"}, s);
        readCount(*check, "max_cycles", &s.check.maxCycles, s, -1);
        readCount(*check, "max_depth", &s.check.maxDepth, s, -1);
        readCount(*check, "max_findings", &s.check.maxFindings, s, -1);
        if (const toml::node *contracts = check->get("contracts")) {
            if (auto v = contracts->value_exact<bool>())
                s.check.contracts = *v;
            else
                badSetting(s, *contracts, "contracts");
        }
    }
    return s;
}

} // namespace headroom
