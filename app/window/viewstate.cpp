#include "viewstate.h"

#include "exporter.h"
#include "settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace headroom {

namespace {
constexpr int FormatVersion = 1;
const QLatin1String Magic("headroom-view");

class ViewStateText
{
    Q_DECLARE_TR_FUNCTIONS(ViewStateText)
};
} // namespace

QByteArray viewStateToJson(const ViewState &s)
{
    QJsonObject o;
    o[QLatin1String("format")] = Magic;
    o[QLatin1String("version")] = FormatVersion;
    o[QLatin1String("project")] = s.project;
    o[QLatin1String("package_depth")] = s.packageDepth;
    o[QLatin1String("metric")] = QLatin1String(keyOf(s.metric));
    o[QLatin1String("tab")] = s.tab;
    o[QLatin1String("focus")] = s.focus;
    o[QLatin1String("hops")] = s.hops;
    QJsonArray kinds;
    for (int k = 0; k < ImportKindCount; ++k) {
        if (s.shownKinds & kindBit(ImportKind(k)))
            kinds.append(QLatin1String(keyOf(ImportKind(k))));
    }
    o[QLatin1String("shown_import_kinds")] = kinds;
    QJsonArray cuts;
    for (const auto &[source, target] : s.cuts)
        cuts.append(
            QJsonObject{{QLatin1String("source"), source}, {QLatin1String("target"), target}});
    o[QLatin1String("cuts")] = cuts;
    o[QLatin1String("selected")] = s.selected;
    o[QLatin1String("expanded")] = QJsonArray::fromStringList(s.expanded);
    o[QLatin1String("all_imports")] = s.allImports;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<ViewState> viewStateFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ViewStateText::tr("not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != Magic) {
        *error = ViewStateText::tr("not a Headroom saved view");
        return std::nullopt;
    }
    if (o.value(QLatin1String("version")).toInt() > FormatVersion) {
        *error = ViewStateText::tr("saved by a newer Headroom");
        return std::nullopt;
    }
    ViewState s;
    s.project = o.value(QLatin1String("project")).toString();
    s.packageDepth = std::max(StructureLevel, o.value(QLatin1String("package_depth")).toInt());
    s.metric =
        enumFromKey<Metric>(o.value(QLatin1String("metric")).toString()).value_or(Metric::Level);
    s.tab = std::clamp(o.value(QLatin1String("tab")).toInt(), 0, 3);
    s.focus = o.value(QLatin1String("focus")).toString();
    s.hops = std::clamp(o.value(QLatin1String("hops")).toInt(1), 1, 10);
    if (o.contains(QLatin1String("shown_import_kinds"))) {
        QStringList names;
        for (const QJsonValue &v : o.value(QLatin1String("shown_import_kinds")).toArray())
            names << v.toString();
        ImportKindSet kinds = 0;
        if (!parseImportKinds(names, &kinds)) {
            *error = ViewStateText::tr("unknown import kind in shown_import_kinds");
            return std::nullopt;
        }
        s.shownKinds = kinds;
    }
    for (const QJsonValue &v : o.value(QLatin1String("cuts")).toArray())
        s.cuts.append(
            {v[QLatin1String("source")].toString(), v[QLatin1String("target")].toString()});
    s.selected = o.value(QLatin1String("selected")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("expanded")).toArray())
        s.expanded << v.toString();
    s.allImports = o.value(QLatin1String("all_imports")).toBool();
    if (s.project.isEmpty()) {
        *error = ViewStateText::tr("no project folder");
        return std::nullopt;
    }
    return s;
}

} // namespace headroom
