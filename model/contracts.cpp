#include "contracts.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <toml++/toml.h>

#include <functional>

namespace headroom {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void finishContract(ContractConfig &c)
{
    c.name = c.options.take(QStringLiteral("name")).value(0);
    c.type = c.options.take(QStringLiteral("type")).value(0);
    if (c.name.isEmpty())
        c.name = c.id;
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > 4 * 1024 * 1024) {
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
    return module == pattern
        || (module.size() > pattern.size() && module.startsWith(pattern)
            && module.at(pattern.size()) == QLatin1Char('.'));
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
    QString section;
    ContractConfig *contract = nullptr;
    QStringList *value = nullptr; // the value continuation lines append to
    QHash<QString, QStringList> rootOptions;
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (line.at(0).isSpace()) {
            if (value)
                value->append(trimmed);
            continue;
        }
        value = nullptr;
        if (trimmed.startsWith(QLatin1Char('['))) {
            section = trimmed.mid(1, trimmed.indexOf(QLatin1Char(']')) - 1).trimmed();
            contract = nullptr;
            if (section.startsWith(QLatin1String("importlinter:contract:"))) {
                config.contracts.push_back({});
                contract = &config.contracts.back();
                contract->id = section.mid(22);
                contract->line = n + 1;
            }
            continue;
        }
        const qsizetype eq = trimmed.indexOf(QRegularExpression(QStringLiteral("[=:]")));
        if (eq <= 0)
            continue;
        const QString key = trimmed.left(eq).trimmed().toLower();
        const QString first = trimmed.mid(eq + 1).trimmed();
        if (contract)
            value = &contract->options[key];
        else if (section == QLatin1String("importlinter"))
            value = &rootOptions[key];
        else
            continue;
        if (!first.isEmpty())
            value->append(first);
    }
    for (ContractConfig &c : config.contracts)
        finishContract(c);
    config.excludeTypeChecking = optionIsTrue(rootOptions.value(QStringLiteral("exclude_type_checking_imports")));
    return config;
}

ImportLinterConfig parseImportLinterToml(std::string_view text)
{
    ImportLinterConfig config;
    toml::table table;
    try {
        table = toml::parse(text, std::string_view("pyproject.toml"));
    } catch (const toml::parse_error &error) {
        config.diagnostics.push_back({DiagnosticCode::ConfigError, QStringLiteral("pyproject.toml"),
                                      int(error.source().begin.line), fromStd(error.description())});
        return config;
    }
    const toml::table *linter = table["tool"]["importlinter"].as_table();
    if (!linter)
        return config;
    config.file = QStringLiteral("pyproject.toml");
    if (auto v = (*linter)["exclude_type_checking_imports"].value<bool>())
        config.excludeTypeChecking = *v;
    const toml::array *contracts = (*linter)["contracts"].as_array();
    if (!contracts)
        return config;
    int index = 0;
    for (const toml::node &node : *contracts) {
        ++index;
        const toml::table *entry = node.as_table();
        if (!entry)
            continue;
        ContractConfig c;
        c.id = QString::number(index);
        c.line = int(node.source().begin.line);
        for (const auto &[key, v] : *entry) {
            QStringList &values = c.options[fromStd(key.str())];
            if (auto s = v.value<std::string>())
                values.append(fromStd(*s));
            else if (auto b = v.value<bool>())
                values.append(*b ? QStringLiteral("true") : QStringLiteral("false"));
            else if (const toml::array *array = v.as_array()) {
                for (const toml::node &item : *array) {
                    if (auto s = item.value<std::string>())
                        values.append(fromStd(*s));
                }
            }
        }
        if (c.options.contains(QStringLiteral("id")))
            c.id = c.options.take(QStringLiteral("id")).value(0);
        finishContract(c);
        config.contracts.push_back(std::move(c));
    }
    return config;
}

ImportLinterConfig readImportLinterConfig(const QString &folder)
{
    QString error;
    const QString dot = folder + QStringLiteral("/.importlinter");
    if (QFileInfo(dot).isFile()) {
        const QByteArray bytes = readSmallFile(dot, &error);
        ImportLinterConfig c = parseImportLinterIni({bytes.constData(), size_t(bytes.size())},
                                                    QStringLiteral(".importlinter"));
        if (!error.isEmpty())
            c.diagnostics.push_back({DiagnosticCode::ConfigError, c.file, 0, error});
        return c;
    }
    const QString cfg = folder + QStringLiteral("/setup.cfg");
    if (QFileInfo(cfg).isFile()) {
        const QByteArray bytes = readSmallFile(cfg, &error);
        if (bytes.contains("[importlinter")) {
            return parseImportLinterIni({bytes.constData(), size_t(bytes.size())},
                                        QStringLiteral("setup.cfg"));
        }
    }
    const QString toml = folder + QStringLiteral("/pyproject.toml");
    if (QFileInfo(toml).isFile()) {
        const QByteArray bytes = readSmallFile(toml, &error);
        if (bytes.contains("importlinter"))
            return parseImportLinterToml({bytes.constData(), size_t(bytes.size())});
    }
    return {};
}

} // namespace headroom
