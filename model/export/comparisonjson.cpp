// The JSON form of a comparison: documented field by field in the README ("Diff").
#include "comparisonexport.h"

#include "gitrevision.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace headroom {

namespace {

QJsonArray sitesJson(const std::vector<SiteRef> &sites)
{
    QJsonArray out;
    for (const SiteRef &s : sites)
        out.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("line"), s.line}});
    return out;
}

QJsonArray edgesJson(const std::vector<EdgeChange> &edges)
{
    QJsonArray out;
    for (const EdgeChange &e : edges)
        out.append(QJsonObject{{QStringLiteral("source"), e.source},
                               {QStringLiteral("target"), e.target},
                               {QStringLiteral("sites"), sitesJson(e.sites)}});
    return out;
}

QJsonArray cyclesJson(const std::vector<CycleChange> &cycles)
{
    QJsonArray out;
    for (const CycleChange &c : cycles) {
        QJsonObject o{{QStringLiteral("members"), QJsonArray::fromStringList(c.members)},
                      {QStringLiteral("chain"), QJsonArray::fromStringList(c.chain)}};
        if (!c.before.isEmpty())
            o[QStringLiteral("before")] = QJsonArray::fromStringList(c.before);
        out.append(o);
    }
    return out;
}

QJsonArray findingsJson(const std::vector<FindingChange> &findings)
{
    QJsonArray out;
    for (const FindingChange &f : findings)
        out.append(QJsonObject{
            {QStringLiteral("check"), f.check},
            {QStringLiteral("node"), f.node.isEmpty() ? QJsonValue() : QJsonValue(f.node)},
            {QStringLiteral("value"), f.value},
            {QStringLiteral("limit"), f.limit}});
    return out;
}

QJsonArray violationsJson(const std::vector<ViolationChange> &violations)
{
    QJsonArray out;
    for (const ViolationChange &v : violations)
        out.append(QJsonObject{{QStringLiteral("contract"), v.contract},
                               {QStringLiteral("importer"), v.importer},
                               {QStringLiteral("imported"), v.imported},
                               {QStringLiteral("chain"), QJsonArray::fromStringList(v.chain)}});
    return out;
}

QJsonObject pair(const QString &a, const QJsonValue &va, const QString &b, const QJsonValue &vb)
{
    return QJsonObject{{a, va}, {b, vb}};
}

} // namespace

QJsonObject comparedStateJson(const GitRevision *revision)
{
    if (!revision)
        return QJsonObject{{QStringLiteral("revision"), QJsonValue()},
                           {QStringLiteral("commit"), QJsonValue()},
                           {QStringLiteral("summary"), QStringLiteral("work tree")}};
    return QJsonObject{{QStringLiteral("revision"), revision->expression()},
                       {QStringLiteral("commit"), revision->commitId()},
                       {QStringLiteral("summary"), revision->summary()}};
}

QByteArray comparisonJson(const Comparison &c, const GitRevision *from, const GitRevision *to)
{
    QJsonArray levels;
    for (const LevelChange &l : c.changedLevels)
        levels.append(QJsonObject{{QStringLiteral("module"), l.module},
                                  {QStringLiteral("from"), l.from},
                                  {QStringLiteral("to"), l.to}});
    QJsonObject root;
    root[QStringLiteral("from")] = comparedStateJson(from);
    root[QStringLiteral("to")] = comparedStateJson(to);
    root[QStringLiteral("added_edges")] = edgesJson(c.addedEdges);
    root[QStringLiteral("removed_edges")] = edgesJson(c.removedEdges);
    root[QStringLiteral("modules")] =
        pair(QStringLiteral("added"), QJsonArray::fromStringList(c.addedModules),
             QStringLiteral("removed"), QJsonArray::fromStringList(c.removedModules));
    root[QStringLiteral("new_cycles")] = cyclesJson(c.newCycles);
    root[QStringLiteral("broken_cycles")] = cyclesJson(c.brokenCycles);
    root[QStringLiteral("grown_cycles")] = cyclesJson(c.grownCycles);
    root[QStringLiteral("changed_levels")] = levels;
    root[QStringLiteral("depth")] =
        pair(QStringLiteral("from"), c.depthFrom, QStringLiteral("to"), c.depthTo);
    root[QStringLiteral("findings")] =
        pair(QStringLiteral("added"), findingsJson(c.addedFindings), QStringLiteral("removed"),
             findingsJson(c.removedFindings));
    root[QStringLiteral("contracts")] =
        pair(QStringLiteral("new_violations"), violationsJson(c.newViolations),
             QStringLiteral("fixed"), violationsJson(c.fixedViolations));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace headroom
