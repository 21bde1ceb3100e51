#include "checkbaseline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace headroom {

namespace {

QString keyIn(const RuleOutcome &rule, const QString &itemKey)
{
    return QLatin1String(rule.id()) + u'/' + itemKey;
}

QString keyIn(CheckRule rule, const QString &itemKey)
{
    return QLatin1String(keyOf(rule)) + u'/' + itemKey;
}

QSet<QString> memberSet(const QStringList &members)
{
    return QSet<QString>(members.begin(), members.end());
}

} // namespace

CheckBaseline CheckBaseline::fromOutcome(const CheckOutcome &outcome)
{
    CheckBaseline b;
    for (const RuleOutcome &rule : outcome.rules) {
        if (rule.status == RuleStatus::NotRun)
            continue;
        if (rule.rule == CheckRule::Depth) {
            b.depth = rule.count;
            continue;
        }
        for (std::size_t i = 0; i < rule.items.size(); ++i) {
            const CheckItem &item = rule.items[i];
            // A contract's own line is context when it was kept: only a broken or invalid
            // one (it counts, or violations follow it) was there already.
            const bool broken =
                item.counts || (i + 1 < rule.items.size() && rule.items[i + 1].level > item.level);
            if (rule.rule == CheckRule::Cycles)
                b.cycles.push_back(memberSet(item.key.split(u' ')));
            else if (broken)
                b.keys.insert(keyIn(rule, item.key));
        }
    }
    return b;
}

std::optional<CheckBaseline> CheckBaseline::fromJson(const QByteArray &json, int packageDepth,
                                                     QString *error)
{
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError || !root.contains(QStringLiteral("cycles")) ||
        !root.value(QStringLiteral("depth")).isDouble()) {
        *error = parse.error != QJsonParseError::NoError ? parse.errorString()
                                                         : QStringLiteral("no analyze JSON");
        return std::nullopt;
    }
    const int depthThen = root.value(QStringLiteral("package_depth")).toInt(0);
    if (depthThen != packageDepth) {
        *error = QStringLiteral("level");
        return std::nullopt;
    }
    CheckBaseline b;
    b.depth = root.value(QStringLiteral("depth")).toInt();
    for (const QJsonValue cycle : root.value(QStringLiteral("cycles")).toArray()) {
        QStringList members;
        for (const QJsonValue m : cycle[QStringLiteral("members")].toArray())
            members << m.toString();
        b.cycles.push_back(memberSet(members));
    }
    for (const QJsonValue f : root.value(QStringLiteral("findings")).toArray())
        b.keys.insert(keyIn(CheckRule::Budget, f[QStringLiteral("check")].toString() + u':' +
                                                   f[QStringLiteral("node")].toString()));
    for (const QJsonValue c : root.value(QStringLiteral("contracts")).toArray()) {
        const QString name = c[QStringLiteral("name")].toString();
        const QString status = c[QStringLiteral("status")].toString();
        const QJsonArray violations = c[QStringLiteral("violations")].toArray();
        if (status == QLatin1String("invalid") || status == QLatin1String("broken"))
            b.keys.insert(keyIn(CheckRule::Contracts, name));
        for (const QJsonValue v : violations) {
            const QJsonArray chain = v[QStringLiteral("chain")].toArray();
            if (chain.isEmpty())
                continue;
            b.keys.insert(keyIn(CheckRule::Contracts,
                                name + u'|' + chain.first()[QStringLiteral("source")].toString() +
                                    u'|' + chain.last()[QStringLiteral("target")].toString()));
        }
    }
    return b;
}

void CheckBaseline::apply(CheckOutcome &outcome) const
{
    for (RuleOutcome &rule : outcome.rules) {
        for (CheckItem &item : rule.items) {
            switch (rule.rule) {
            case CheckRule::Cycles: {
                const QStringList members = item.key.split(u' ');
                item.known = std::any_of(cycles.begin(), cycles.end(), [&](const QSet<QString> &c) {
                    return std::all_of(members.begin(), members.end(),
                                       [&](const QString &m) { return c.contains(m); });
                });
                break;
            }
            case CheckRule::Depth:
                item.known = depth >= 0 && rule.count <= depth;
                break;
            default:
                item.known = keys.contains(keyIn(rule, item.key));
                break;
            }
        }
    }
    outcome.settle();
}

} // namespace headroom
