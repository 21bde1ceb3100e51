#pragma once

#include "diagnostic.h"
#include "enumkeys.h"
#include "graph.h"
#include "pyproject.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace headroom {

class GitRevision;

// One import-linter contract as configured, before it is checked.
struct ContractConfig
{
    QString id;   // the INI section suffix, or the TOML `id`
    QString name; // its `name`, else the id
    QString type; // "layers", "forbidden", "independence", or anything else (not checked)
    QHash<QString, QStringList> options; // every other key; single values as one-item lists
    int line = 0;                        // where it is configured
};

struct ImportLinterConfig
{
    QString file;                     // "pyproject.toml", ".importlinter", "setup.cfg"; "" = none
    bool excludeTypeChecking = false; // exclude_type_checking_imports
    std::vector<ContractConfig> contracts;
    std::vector<Diagnostic> diagnostics; // the file could not be read or parsed
};

// Reads the configuration as import-linter finds it: `.importlinter`, else `setup.cfg` with
// an [importlinter] section, else `[tool.importlinter]` in pyproject.toml.
// `pyproject` is the analysis's parsed pyproject.toml (ScanResult::pyproject), read only
// when neither of the other files configures import-linter.
[[nodiscard]] ImportLinterConfig readImportLinterConfig(const QString &folder,
                                                        const PyProjectDocument &pyproject,
                                                        const GitRevision *revision = nullptr);
[[nodiscard]] ImportLinterConfig parseImportLinterIni(std::string_view text, const QString &file);
[[nodiscard]] ImportLinterConfig parseImportLinterToml(std::string_view text);

enum class ContractStatus : std::uint8_t
{
    Kept,
    Broken,
    NotChecked, // a contract type Headroom does not check (named in `reason`)
    Invalid,    // misconfigured: `reason` names the missing key or the unknown module
};
constexpr std::array<EnumKey<ContractStatus>, 4> keyTable(ContractStatus)
{
    return {{{ContractStatus::Kept, "kept"},
             {ContractStatus::Broken, "broken"},
             {ContractStatus::NotChecked, "not-checked"},
             {ContractStatus::Invalid, "invalid"}}};
}
static_assert(keyTableIsComplete<ContractStatus>(4));

// An import chain that breaks a contract: one edge for a direct import, several for an
// indirect one. Edge indices refer to the module graph checked.
struct ContractViolation
{
    std::vector<int> chain;
    QString from; // the layer / source / independent module the chain starts in
    QString to;   // the layer / forbidden / independent module it reaches
};

struct ContractResult
{
    ContractConfig config;
    ContractStatus status = ContractStatus::Kept;
    QString reason;
    std::vector<ContractViolation> violations;
};

// Checks every contract on the module import graph. Edges listed in `ignoredEdges` (the
// "what if" cuts) do not count; `ignore_imports` from the contract are honoured.
[[nodiscard]] std::vector<ContractResult> checkContracts(const ImportLinterConfig &config,
                                                         const ImportGraph &graph,
                                                         const std::vector<int> &ignoredEdges = {});

// An INI/TOML boolean option: "true", "yes", "1" in any case.
[[nodiscard]] bool optionIsTrue(const QStringList &value);
// True when `module` is `pattern` or lies below it ("a.b" matches "a.b" and "a.b.c").
[[nodiscard]] bool moduleWithin(const QString &module, const QString &pattern);
// import-linter's ignore_imports wildcard: `*` stands for one component, `**` for any number.
[[nodiscard]] bool matchesModulePattern(const QString &module, const QString &pattern);

} // namespace headroom
