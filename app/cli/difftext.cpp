#include "difftext.h"

#include "gitrevision.h"

#include <QTextStream>

namespace headroom {

namespace {

const QString kArrow = QStringLiteral(" \u2192 ");

QString sitesText(const std::vector<SiteRef> &sites)
{
    QStringList out;
    for (const SiteRef &s : sites)
        out << s.file + u':' + QString::number(s.line);
    return out.join(QStringLiteral(", "));
}

void edges(QTextStream &s, QChar mark, const std::vector<EdgeChange> &list)
{
    for (const EdgeChange &e : list)
        s << QLatin1String("  ") << mark << u' ' << e.source << kArrow << e.target
          << QLatin1String("  (") << sitesText(e.sites) << u')' << Qt::endl;
}

void cycles(QTextStream &s, const std::vector<CycleChange> &list)
{
    for (const CycleChange &c : list) {
        s << QLatin1String("  ") << c.members.join(QStringLiteral(", "));
        if (!c.before.isEmpty())
            s << DiffReport::tr(" (was %1)").arg(c.before.join(QStringLiteral(", ")));
        if (!c.chain.isEmpty())
            s << QLatin1String(": ") << c.chain.join(kArrow);
        s << Qt::endl;
    }
}

void findings(QTextStream &s, QChar mark, const std::vector<FindingChange> &list)
{
    for (const FindingChange &f : list) {
        s << QLatin1String("  ") << mark << u' ' << f.check;
        if (!f.node.isEmpty())
            s << u' ' << f.node;
        s << DiffReport::tr(": %1, budget %2").arg(f.value).arg(f.limit) << Qt::endl;
    }
}

void violations(QTextStream &s, QChar mark, const std::vector<ViolationChange> &list)
{
    for (const ViolationChange &v : list)
        s << QLatin1String("  ") << mark << u' ' << v.contract << QLatin1String(": ") << v.importer
          << kArrow << v.imported << QLatin1String(" (") << v.chain.join(kArrow) << u')'
          << Qt::endl;
}

void prefixPaths(Comparison &c, const QString &prefix)
{
    for (auto *list : {&c.addedEdges, &c.removedEdges})
        for (EdgeChange &e : *list)
            for (SiteRef &site : e.sites)
                site.file.prepend(prefix);
    for (auto *list : {&c.newCycles, &c.grownCycles, &c.brokenCycles})
        for (CycleChange &cycle : *list)
            for (QString &step : cycle.chain)
                step.prepend(prefix);
    for (auto *list : {&c.newViolations, &c.fixedViolations})
        for (ViolationChange &v : *list)
            for (QString &step : v.chain)
                step.prepend(prefix);
}

} // namespace

QString DiffReport::stateName(const GitRevision *revision)
{
    if (!revision)
        return tr("the work tree");
    return QStringLiteral("%1 (%2 %3)")
        .arg(revision->expression(), revision->commitId().left(10), revision->summary());
}

QString DiffReport::text(Comparison c, const GitRevision *from, const GitRevision *to,
                         const QString &packagePrefix)
{
    if (!packagePrefix.isEmpty())
        prefixPaths(c, packagePrefix + u'/');
    QString out;
    QTextStream s(&out);
    s << tr("From %1").arg(stateName(from)) << Qt::endl
      << tr("to   %1").arg(stateName(to)) << Qt::endl;
    if (c.empty()) {
        s << tr("No change to the structure.") << Qt::endl;
        return out;
    }
    if (!c.addedModules.isEmpty() || !c.removedModules.isEmpty()) {
        s << tr("Modules: %1 added, %2 removed")
                 .arg(c.addedModules.size())
                 .arg(c.removedModules.size())
          << Qt::endl;
        for (const QString &m : c.addedModules)
            s << QLatin1String("  + ") << m << Qt::endl;
        for (const QString &m : c.removedModules)
            s << QLatin1String("  - ") << m << Qt::endl;
    }
    if (!c.addedEdges.empty() || !c.removedEdges.empty()) {
        s << tr("Imports: %1 added, %2 removed").arg(c.addedEdges.size()).arg(c.removedEdges.size())
          << Qt::endl;
        edges(s, u'+', c.addedEdges);
        edges(s, u'-', c.removedEdges);
    }
    if (c.depthFrom != c.depthTo)
        s << tr("Depth: %1 levels, now %2").arg(c.depthFrom).arg(c.depthTo) << Qt::endl;
    if (!c.newCycles.empty()) {
        s << tr("New cycles: %1").arg(c.newCycles.size()) << Qt::endl;
        cycles(s, c.newCycles);
    }
    if (!c.grownCycles.empty()) {
        s << tr("Grown cycles: %1").arg(c.grownCycles.size()) << Qt::endl;
        cycles(s, c.grownCycles);
    }
    if (!c.brokenCycles.empty()) {
        s << tr("Broken cycles: %1").arg(c.brokenCycles.size()) << Qt::endl;
        cycles(s, c.brokenCycles);
    }
    if (!c.changedLevels.empty()) {
        s << tr("Levels changed: %1").arg(c.changedLevels.size()) << Qt::endl;
        for (const LevelChange &l : c.changedLevels)
            s << QLatin1String("  ") << l.module << QLatin1String(": ") << l.from << kArrow << l.to
              << Qt::endl;
    }
    if (!c.addedFindings.empty() || !c.removedFindings.empty()) {
        s << tr("Over the head budget: %1 added, %2 gone")
                 .arg(c.addedFindings.size())
                 .arg(c.removedFindings.size())
          << Qt::endl;
        findings(s, u'+', c.addedFindings);
        findings(s, u'-', c.removedFindings);
    }
    if (!c.newViolations.empty() || !c.fixedViolations.empty()) {
        s << tr("Contracts: %1 new violations, %2 fixed")
                 .arg(c.newViolations.size())
                 .arg(c.fixedViolations.size())
          << Qt::endl;
        violations(s, u'+', c.newViolations);
        violations(s, u'-', c.fixedViolations);
    }
    return out;
}

} // namespace headroom
