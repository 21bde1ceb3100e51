#include "contracts.h"

#include "gitrevision.h"

#include "tomlread.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <optional>

namespace headroom {

namespace {

using detail::fromStd;

void finishContract(ContractConfig &c)
{
    c.name = c.options.take(QStringLiteral("name")).value(0);
    c.type = c.options.take(QStringLiteral("type")).value(0);
    if (c.name.isEmpty())
        c.name = c.id;
}

constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > kMaxConfigBytes) {
        *error = QString::number(file.size());
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

bool optionIsTrue(const QStringList &value)
{
    const QString v = value.value(0).trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1");
}

bool moduleWithin(const QString &module, const QString &pattern)
{
    return module == pattern || (module.size() > pattern.size() && module.startsWith(pattern) &&
                                 module.at(pattern.size()) == QLatin1Char('.'));
}

bool matchesModulePattern(const QString &module, const QString &pattern)
{
    const QStringList m = module.split(QLatin1Char('.'));
    const QStringList p = pattern.split(QLatin1Char('.'));
    // Classic two-index match with backtracking for `**` (any number of components, >= 1).
    std::function<bool(int, int)> match = [&](int i, int j) -> bool {
        if (j == p.size())
            return i == m.size();
        if (p[j] == QLatin1String("**")) {
            for (int k = i + 1; k <= m.size(); ++k) {
                if (match(k, j + 1))
                    return true;
            }
            return false;
        }
        if (i == m.size())
            return false;
        return (p[j] == QLatin1String("*") || p[j] == m[i]) && match(i + 1, j + 1);
    };
    return match(0, 0);
}

ImportLinterConfig parseImportLinterIni(std::string_view text, const QString &file)
{
    ImportLinterConfig config;
    config.file = file;
    const QStringList lines = fromStd(text).split(QLatin1Char('\n'));
    auto problem = [&](int lineIndex, const QString &what) {
        config.diagnostics.push_back({DiagnosticCode::ConfigError, file, lineIndex + 1, what});
    };
    QString section;
    bool ours = false; // in [importlinter] or one of its contracts
    ContractConfig *contract = nullptr;
    QStringList *value = nullptr; // the value continuation lines append to
    QHash<QString, QStringList> rootOptions;
    QSet<QString> keys;     // of the current section, to find repeats
    QSet<QString> sections; // to find repeated sections
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (line.at(0).isSpace()) {
            // configparser would take a header typed with an indent as one more value; no
            // module name starts with '[', so it is a contract lost, not a module.
            if (ours && trimmed.startsWith(QLatin1Char('[')))
                problem(n, trimmed);
            if (value)
                value->append(trimmed);
            continue;
        }
        value = nullptr;
        if (trimmed.startsWith(QLatin1Char('['))) {
            const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
            contract = nullptr;
            keys.clear();
            section = close > 0 ? trimmed.mid(1, close - 1).trimmed() : QString();
            ours = section == QLatin1String("importlinter");
            const bool contractSection =
                section.startsWith(QLatin1String("importlinter:contract:")) && section.size() > 22;
            const bool malformed = close < 0;
            const bool unknown = !malformed && section.startsWith(QLatin1String("importlinter")) &&
                                 !ours && !contractSection;
            if (malformed || unknown) {
                // A header import-linter cannot read: what follows belongs to no contract.
                // setup.cfg serves other tools too: judge only what looks like ours there.
                if (unknown || file != QLatin1String("setup.cfg") ||
                    trimmed.contains(QLatin1String("importlinter")))
                    problem(n, trimmed);
                section.clear();
                ours = false;
                continue;
            }
            if (sections.contains(section) && (ours || contractSection))
                problem(n, trimmed);
            sections.insert(section);
            if (contractSection) {
                ours = true;
                config.contracts.push_back({});
                contract = &config.contracts.back();
                contract->id = section.mid(22);
                contract->line = n + 1;
            }
            continue;
        }
        if (!ours)
            continue;
        const qsizetype eq = trimmed.indexOf(QRegularExpression(QStringLiteral("[=:]")));
        if (eq <= 0) {
            problem(n, trimmed);
            continue;
        }
        const QString key = trimmed.left(eq).trimmed().toLower();
        const QString first = trimmed.mid(eq + 1).trimmed();
        if (keys.contains(key))
            problem(n, key);
        keys.insert(key);
        value = contract ? &contract->options[key] : &rootOptions[key];
        value->clear();
        if (!first.isEmpty())
            value->append(first);
    }
    for (ContractConfig &c : config.contracts)
        finishContract(c);
    config.excludeTypeChecking =
        optionIsTrue(rootOptions.value(QStringLiteral("exclude_type_checking_imports")));
    return config;
}

namespace {

// One contract option's TOML value as strings: a string, a boolean, or an array of strings.
// nullopt for anything else (`name = 3`), which is an error, never a guess.
std::optional<QStringList> optionValues(const toml::node &v)
{
    if (auto s = v.value_exact<std::string>())
        return QStringList{fromStd(*s)};
    if (auto b = v.value_exact<bool>())
        return QStringList{*b ? QStringLiteral("true") : QStringLiteral("false")};
    const toml::array *array = v.as_array();
    if (!array)
        return std::nullopt;
    QStringList values;
    for (const toml::node &item : *array) {
        auto s = item.value_exact<std::string>();
        if (!s)
            return std::nullopt;
        values.append(fromStd(*s));
    }
    return values;
}

} // namespace

namespace {
ImportLinterConfig importLinterFromToml(const detail::TomlDocument &doc);
} // namespace

ImportLinterConfig parseImportLinterToml(std::string_view text)
{
    return importLinterFromToml(detail::parseToml(text));
}

namespace {
ImportLinterConfig importLinterFromToml(const detail::TomlDocument &doc)
{
    ImportLinterConfig config;
    const QString file = QStringLiteral("pyproject.toml");
    auto problem = [&](const toml::node &node, const QString &what) {
        config.diagnostics.push_back(
            {DiagnosticCode::ConfigError, file, detail::lineOf(node), what});
    };
    if (!doc.parsed) {
        config.diagnostics.push_back({DiagnosticCode::ConfigError, file, doc.errorLine, doc.error});
        return config;
    }
    const toml::node *linterNode = doc.table["tool"]["importlinter"].node();
    if (!linterNode)
        return config;
    config.file = file;
    const toml::table *linter = linterNode->as_table();
    if (!linter) {
        problem(*linterNode, QStringLiteral("tool.importlinter"));
        return config;
    }
    if (const toml::node *exclude = linter->get("exclude_type_checking_imports")) {
        if (auto v = exclude->value_exact<bool>())
            config.excludeTypeChecking = *v;
        else
            problem(*exclude, QStringLiteral("exclude_type_checking_imports"));
    }
    const toml::node *contractsNode = linter->get("contracts");
    if (!contractsNode)
        return config;
    const toml::array *contracts = contractsNode->as_array();
    if (!contracts) {
        problem(*contractsNode, QStringLiteral("contracts"));
        return config;
    }
    int index = 0;
    for (const toml::node &node : *contracts) {
        ++index;
        const toml::table *entry = node.as_table();
        if (!entry) {
            problem(node, QStringLiteral("contracts"));
            continue;
        }
        ContractConfig c;
        c.id = QString::number(index);
        c.line = detail::lineOf(node);
        for (const auto &[key, v] : *entry) {
            const QString name = fromStd(key.str());
            if (const std::optional<QStringList> values = optionValues(v))
                c.options[name] = *values;
            else
                problem(v, name);
        }
        if (c.options.contains(QStringLiteral("id")))
            c.id = c.options.take(QStringLiteral("id")).value(0);
        finishContract(c);
        config.contracts.push_back(std::move(c));
    }
    return config;
}
} // namespace

ImportLinterConfig readImportLinterConfig(const QString &folder, const PyProjectDocument &pyproject,
                                          const GitRevision *revision)
{
    // A file of the project's top folder, as the work tree or the revision holds it.
    auto read = [&](const QString &name, QString *error) -> std::optional<QByteArray> {
        if (!revision) {
            const QString path = folder + u'/' + name;
            if (!QFileInfo(path).isFile())
                return std::nullopt;
            return readSmallFile(path, error);
        }
        const RevisionEntry *entry = revision->entry(name);
        if (!entry)
            return std::nullopt;
        std::optional<QByteArray> bytes = revision->read(*entry, error);
        if (bytes && bytes->size() > kMaxConfigBytes) {
            *error = QString::number(bytes->size());
            return QByteArray();
        }
        return bytes ? bytes : QByteArray();
    };
    QString error;
    if (const std::optional<QByteArray> bytes = read(QStringLiteral(".importlinter"), &error)) {
        ImportLinterConfig c = parseImportLinterIni({bytes->constData(), size_t(bytes->size())},
                                                    QStringLiteral(".importlinter"));
        if (!error.isEmpty())
            c.diagnostics.push_back({DiagnosticCode::ConfigError, c.file, 0, error});
        return c;
    }
    if (const std::optional<QByteArray> bytes = read(QStringLiteral("setup.cfg"), &error)) {
        if (bytes->contains("[importlinter")) {
            return parseImportLinterIni({bytes->constData(), size_t(bytes->size())},
                                        QStringLiteral("setup.cfg"));
        }
    }
    // A pyproject.toml that does not parse is reported by the scanner and the settings.
    if (pyproject && pyproject->parsed)
        return importLinterFromToml(*pyproject);
    return {};
}

} // namespace headroom
