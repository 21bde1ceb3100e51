#include "detailspanel.h"

#include "cohesion.h"
#include "diagnostictext.h"
#include "exporter.h"
#include "metricchoice.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace headroom {

namespace {
enum Role
{
    NodeRole = Qt::UserRole + 1,
    FileRole,
    LineRole,
    SourceNameRole,
    TargetNameRole
};
}

DetailsPanel::DetailsPanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Property"), tr("Value")});
    // Values first: the property column takes what its usual names need, no more, and long
    // values wrap (their tooltip holds them whole).
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, fontMetrics().horizontalAdvance(tr("Relational cohesion")) + 24);
    setWordWrap(true);
    setTextElideMode(Qt::ElideMiddle);
    // A wrapped row's height follows its columns' widths: measured again when a column (or
    // the dock) changes width.
    connect(header(), &QHeaderView::sectionResized, this, &DetailsPanel::fitRows);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, FileRole).isValid())
            emit siteActivated({item->data(0, FileRole).toInt(), item->data(0, LineRole).toInt()});
        else if (item->data(0, NodeRole).isValid())
            emit nodeActivated(item->data(0, NodeRole).toInt());
    });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = itemAt(pos);
        if (!item || !item->data(0, SourceNameRole).isValid())
            return;
        const QString source = item->data(0, SourceNameRole).toString();
        const QString target = item->data(0, TargetNameRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Cut this import (what if)"), this,
                       [this, source, target] { emit cutRequested(source, target); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void DetailsPanel::setSnapshot(SnapshotPtr snapshot)
{
    // A class shown stays shown in the new snapshot, found by its name.
    const QString shownClass =
        m_snapshot && m_class >= 0
            ? m_snapshot->review.metrics.classes[std::size_t(m_class)].qualifiedName
            : QString();
    m_snapshot = std::move(snapshot);
    if (!shownClass.isEmpty() && m_snapshot) {
        const SharedList<ClassMetrics> &classes = m_snapshot->review.metrics.classes;
        for (std::size_t i = 0; i < classes.size(); ++i) {
            if (classes[i].qualifiedName == shownClass) {
                showClass(int(i));
                return;
            }
        }
    }
    const int node = m_node;
    m_node = -1;
    showNode(m_snapshot && node < m_snapshot->graph().nodeCount() ? node : -1);
}

void DetailsPanel::setPicture(PictureFactsPtr picture)
{
    m_picture = std::move(picture);
    if (m_class >= 0) {
        showClass(m_class);
        return;
    }
    const int node = m_node;
    m_node = -1;
    showNode(m_snapshot && node < m_snapshot->graph().nodeCount() ? node : -1);
}

void DetailsPanel::addEdges(QTreeWidgetItem *parent, const ImportGraph &g,
                            const std::vector<int> &edges, bool outgoing)
{
    const Analysis &a = *m_snapshot->analysis;
    for (const int e : edges) {
        const Edge &edge = g.edge(e);
        const int other = outgoing ? edge.target : edge.source;
        auto *item = new QTreeWidgetItem(
            parent, {g.node(other).name, tr("%n site(s)", nullptr, edge.weight())});
        // The snapshot's node of that name: a box of the picture is a package or a module.
        const int node = m_snapshot->graph().find(g.node(other).name);
        if (node >= 0)
            item->setData(0, NodeRole, node);
        item->setData(0, SourceNameRole, g.node(edge.source).name);
        item->setData(0, TargetNameRole, g.node(edge.target).name);
        for (const ImportSite &s : edge.sites) {
            auto *site = new QTreeWidgetItem(item, {siteText(a, s)});
            site->setData(0, FileRole, s.file);
            site->setData(0, LineRole, s.line);
        }
        addUses(item, g, edge);
    }
}

// What realises an import: the calls, instantiations, references, decorators and bases of
// the call graph whose caller is in the importer and callee in what it imports.
void DetailsPanel::addUses(QTreeWidgetItem *parent, const ImportGraph &g, const Edge &edge)
{
    const CallGraph *calls = m_snapshot->calls.get();
    const Analysis &a = *m_snapshot->analysis;
    // By name: the graph shown may be a projection (an import between packages has no
    // single import behind it and shows none).
    const int importEdge = a.graph.findEdge(a.graph.find(g.node(edge.source).name),
                                            a.graph.find(g.node(edge.target).name));
    // Sites in files other than the importer's own: imports of a package box's modules.
    const bool merged = std::any_of(edge.sites.begin(), edge.sites.end(), [&](const ImportSite &s) {
        return s.file != g.node(edge.source).file;
    });
    if (merged) {
        auto *note = new QTreeWidgetItem(
            parent, {tr("Imports of several modules: open the package to see the calls behind "
                        "each")});
        note->setForeground(0, palette().color(QPalette::PlaceholderText));
        return;
    }
    if (!calls && importEdge >= 0) { // the import graph is shown before the calls
        auto *later = new QTreeWidgetItem(
            parent, {tr("The calls behind this import are listed once they are resolved")});
        later->setForeground(0, palette().color(QPalette::PlaceholderText));
        return;
    }
    if (!calls || importEdge < 0 || std::size_t(importEdge) >= calls->importUses.size())
        return;
    const std::vector<int> &uses = calls->importUses[std::size_t(importEdge)];
    if (uses.empty()) {
        auto *none = new QTreeWidgetItem(
            parent, {tr("No call, instantiation, reference or base class behind this import (it "
                        "may only read values, or re-export)")});
        none->setForeground(0, palette().color(QPalette::PlaceholderText));
        return;
    }
    auto *group = new QTreeWidgetItem(
        parent, {tr("Used by %n call(s) or use(s)", nullptr, int(uses.size()))});
    constexpr std::size_t MaxShown = 50;
    for (std::size_t i = 0; i < uses.size() && i < MaxShown; ++i) {
        const CallEdge &e = calls->edges[std::size_t(uses[i])];
        auto *use =
            new QTreeWidgetItem(group, {tr("%1 → %2").arg(calls->node(e.caller).qualifiedName,
                                                          calls->node(e.callee).qualifiedName),
                                        useKindText(e.kind)});
        if (const std::span<const CallSite> sites = calls->sitesOf(e); !sites.empty()) {
            use->setData(0, FileRole, sites.front().file);
            use->setData(0, LineRole, sites.front().line);
        }
    }
    if (uses.size() > MaxShown)
        new QTreeWidgetItem(group, {tr("%n more", nullptr, int(uses.size() - MaxShown))});
}

QString DetailsPanel::useKindText(CallEdgeKind kind)
{
    switch (kind) {
    case CallEdgeKind::Call:
        return tr("call");
    case CallEdgeKind::Instantiate:
        return tr("instantiation");
    case CallEdgeKind::Reference:
        return tr("reference");
    case CallEdgeKind::Decorator:
        return tr("decorator");
    case CallEdgeKind::Inherit:
        return tr("base class");
    case CallEdgeKind::Uses:
        return tr("use");
    }
    return {};
}

void DetailsPanel::showImport(const QString &source, const QString &target)
{
    clear();
    m_node = -1;
    if (!m_snapshot)
        return;
    const ImportGraph &g = m_picture && m_picture->graph && m_picture->graph->find(source) >= 0
                               ? *m_picture->graph
                               : m_snapshot->graph();
    // The imports between the two boxes: a container stands for everything inside it (but a
    // package holding the other end is its own module, the __init__).
    const auto within = [](const QString &name, const QString &box, const QString &other) {
        return name == box || (!isWithin(other, box) && isWithin(name, box));
    };
    ImportKindSet edgeKinds = 0;
    std::vector<ImportSite> edgeSites;
    int edges = 0;
    int single = -1;
    for (int e = 0; e < g.edgeCount(); ++e) {
        const Edge &candidate = g.edge(e);
        if (!within(g.node(candidate.source).name, source, target) ||
            !within(g.node(candidate.target).name, target, source))
            continue;
        edgeKinds |= candidate.kinds;
        edgeSites.insert(edgeSites.end(), candidate.sites.begin(), candidate.sites.end());
        single = e;
        ++edges;
    }
    if (edges == 0)
        return;
    auto *top = new QTreeWidgetItem(this, {tr("Import"), tr("%1 → %2").arg(source, target)});
    top->setToolTip(1, top->text(1));
    top->setData(0, SourceNameRole, source);
    top->setData(0, TargetNameRole, target);
    QStringList kinds;
    for (int k = 0; k < ImportKindCount; ++k) {
        if (edgeKinds & kindBit(ImportKind(k)))
            kinds << QLatin1String(keyOf(ImportKind(k)));
    }
    new QTreeWidgetItem(this, {tr("Kinds"), kinds.join(QLatin1String(", "))});
    auto *sites = new QTreeWidgetItem(this, {tr("Sites"), QString::number(edgeSites.size())});
    for (const ImportSite &s : edgeSites) {
        auto *site = new QTreeWidgetItem(sites, {siteText(*m_snapshot->analysis, s)});
        site->setData(0, FileRole, s.file);
        site->setData(0, LineRole, s.line);
    }
    sites->setExpanded(true);
    auto *uses = new QTreeWidgetItem(this, {tr("Behind it")});
    if (edges == 1) {
        addUses(uses, g, g.edge(single));
    } else {
        auto *note = new QTreeWidgetItem(
            uses, {tr("%n module import(s): open the packages to see the calls behind each",
                      nullptr, edges)});
        note->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
    uses->setExpanded(true);
    fitRows();
}

QTreeWidgetItem *DetailsPanel::addRow(const QString &label, const QString &value)
{
    auto *item = new QTreeWidgetItem(this, {label, value});
    item->setToolTip(1, value);
    return item;
}

void DetailsPanel::showClass(int classIndex)
{
    clear();
    m_node = -1;
    m_class = -1;
    if (!m_snapshot || classIndex < 0 ||
        std::size_t(classIndex) >= m_snapshot->review.metrics.classes.size())
        return;
    m_class = classIndex;
    const Analysis &a = *m_snapshot->analysis;
    const Metrics &metrics = m_snapshot->review.metrics;
    const ClassMetrics &c = metrics.classes[std::size_t(classIndex)];
    if (c.file < 0 || std::size_t(c.file) >= a.facts.size())
        return;
    const FileFacts &facts = a.facts[std::size_t(c.file)];
    const Definition &def = facts.definitions[std::size_t(c.definition)];
    addRow(tr("Class"), c.qualifiedName);
    const QString module = a.file(c.file).module;
    if (m_picture && m_picture->graph) {
        if (const int holder = holderIn(*m_picture->graph, module); holder >= 0)
            addRow(tr("Box"), tr("%1 in this picture").arg(m_picture->graph->node(holder).name));
    }
    QTreeWidgetItem *file =
        addRow(tr("File"), QStringLiteral("%1:%2").arg(a.file(c.file).relativePath).arg(def.line));
    file->setData(0, FileRole, c.file);
    file->setData(0, LineRole, def.line);
    addRow(tr("Lines of code"), QLocale().toString(def.sloc));
    addRow(tr("Methods"), QLocale().toString(c.methods));
    QTreeWidgetItem *lcom = addRow(MetricChoice::name(Metric::ClassLcom4),
                                   c.lcom4 > 0 ? QString::number(c.lcom4) : tr("n/a"));
    lcom->setToolTip(0, MetricChoice::description(Metric::ClassLcom4));
    if (c.lcom4 > 1)
        addCohesionParts(lcom, classIndex);
    if (c.cohesion)
        addRow(tr("Attribute share"), tr("%1%").arg(qRound(*c.cohesion * 100)))
            ->setToolTip(0, tr("The share of the instance attributes a method uses, averaged "
                               "over its methods"));
    if (c.abstract)
        addRow(tr("Abstract"), tr("yes (an ABC or Protocol base, or an abstract method)"));
    for (const Finding &f : metrics.findings) {
        if (f.classIndex == classIndex)
            addRow(
                tr("Over the budget"),
                tr("%1: %2 of %3").arg(FindingText::checkTitle(f.check)).arg(f.value).arg(f.limit));
    }
    addClassUsers(classIndex);
    fitRows();
}

// Under the LCOM4 row, the parts it counts: what a split along the class's seams would
// separate. Parts of several methods one by one (the largest first, a few), then the methods
// linked to no other together, which need no class at all.
void DetailsPanel::addCohesionParts(QTreeWidgetItem *lcom, int classIndex)
{
    const ClassMetrics &c = m_snapshot->review.metrics.classes[std::size_t(classIndex)];
    const FileFacts &facts = m_snapshot->analysis->facts[std::size_t(c.file)];
    std::vector<CohesionPart> parts =
        cohesionParts(facts, c.definition, resolvedUsesIn(m_snapshot->calls.get(), c.file));
    std::stable_sort(parts.begin(), parts.end(), [](const auto &x, const auto &y) {
        return x.methods.size() > y.methods.size();
    });
    constexpr qsizetype MaxNames = 12;
    const auto names = [](QStringList list, const QString &prefix) {
        for (QString &name : list)
            name.prepend(prefix);
        if (list.size() <= MaxNames)
            return list.join(QLatin1String(", "));
        const qsizetype more = list.size() - MaxNames;
        list.resize(MaxNames);
        return tr("%1 and %n more", nullptr, int(more)).arg(list.join(QLatin1String(", ")));
    };
    constexpr std::size_t MaxParts = 8;
    QStringList alone;
    std::size_t shown = 0;
    std::size_t more = 0;
    for (const CohesionPart &part : parts) {
        if (part.methods.size() == 1) {
            alone << part.methods;
            continue;
        }
        if (shown == MaxParts) {
            ++more;
            continue;
        }
        QString value = tr("%n method(s): %1", nullptr, int(part.methods.size()))
                            .arg(names(part.methods, QString()));
        if (!part.shared.isEmpty())
            value += u'\n' + tr("sharing %1").arg(names(part.shared, QStringLiteral("self.")));
        auto *item = new QTreeWidgetItem(lcom, {tr("Part %1").arg(++shown), value});
        QString whole = part.methods.join(QLatin1String(", "));
        if (!part.shared.isEmpty())
            whole += u'\n' + part.shared.join(QLatin1String(", "));
        item->setToolTip(1, whole);
    }
    if (more > 0)
        new QTreeWidgetItem(
            lcom, {tr("More parts"), tr("%n more part(s) of several methods", nullptr, int(more))});
    if (!alone.isEmpty()) {
        auto *item = new QTreeWidgetItem(
            lcom,
            {tr("Alone"), tr("%n method(s) linked to no other: %1", nullptr, int(alone.size()))
                              .arg(names(alone, QString()))});
        item->setToolTip(0, tr("Each a part of its own: it calls no other method of the "
                               "class and shares no attribute with one"));
        item->setToolTip(1, alone.join(QLatin1String(", ")));
    }
    lcom->setExpanded(true);
}

// The modules whose code calls, instantiates, references, decorates with or derives from
// the class or one of its methods (from the call graph), the most uses first.
void DetailsPanel::addClassUsers(int classIndex)
{
    const CallGraph *calls = m_snapshot->calls.get();
    const ClassMetrics &c = m_snapshot->review.metrics.classes[std::size_t(classIndex)];
    if (!calls || c.file < 0 || std::size_t(c.file) >= calls->firstNode.size())
        return;
    const int classNode = calls->definitionNode(c.file, c.definition);
    const ImportGraph &modules = m_snapshot->analysis->graph;
    QHash<int, int> usesFrom; // module node -> uses
    for (const CallEdge &e : calls->edges) {
        if (e.kind == CallEdgeKind::Uses || calls->classOf(e.callee) != classNode ||
            calls->classOf(e.caller) == classNode)
            continue;
        if (const int module = calls->node(e.caller).module; module >= 0)
            usesFrom[module] += std::max(1, int(e.siteCount));
    }
    std::vector<std::pair<int, int>> ranked(usesFrom.keyValueBegin(), usesFrom.keyValueEnd());
    std::sort(ranked.begin(), ranked.end(), [&modules](const auto &x, const auto &y) {
        return x.second != y.second ? x.second > y.second
                                    : modules.node(x.first).name < modules.node(y.first).name;
    });
    QTreeWidgetItem *users =
        addRow(tr("Used from"), tr("%n module(s)", nullptr, int(ranked.size())));
    users->setToolTip(0, tr("Modules whose code calls, instantiates, references, decorates with "
                            "or derives from the class or one of its methods"));
    constexpr std::size_t MaxShown = 12;
    for (std::size_t i = 0; i < ranked.size() && i < MaxShown; ++i) {
        const QString &name = modules.node(ranked[i].first).name;
        // Spanning the row: a dotted name needs the width of both columns.
        auto *item =
            new QTreeWidgetItem(users, {tr("%1 (%n use(s))", nullptr, ranked[i].second).arg(name)});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, item->text(0));
        if (const int node = m_snapshot->graph().find(name); node >= 0)
            item->setData(0, NodeRole, node);
    }
    if (ranked.size() > MaxShown)
        new QTreeWidgetItem(users, {tr("%n more", nullptr, int(ranked.size() - MaxShown))});
    users->setExpanded(!ranked.empty());
}

void DetailsPanel::showNode(int node)
{
    clear();
    m_node = node;
    m_class = -1;
    if (!m_snapshot || node < 0)
        return;
    const QString &name = m_snapshot->graph().node(node).name;
    // The picture's box of that name, when it shows one: its own figures there.
    const int box = m_picture && m_picture->graph ? m_picture->graph->find(name) : -1;
    const ImportGraph &g = box >= 0 ? *m_picture->graph : m_snapshot->graph();
    const Metrics &m = box >= 0 ? *m_picture->metrics : m_snapshot->review.metrics;
    const int shown = box >= 0 ? box : node;
    const Node &n = g.node(shown);
    addRow(tr("Name"), n.name);
    const NodeMetrics &nm = m.nodes[std::size_t(shown)];
    const bool package =
        box >= 0 && (n.kind == NodeKind::Package || n.kind == NodeKind::Namespace) && nm.files > 1;
    if (package) {
        addRow(tr("Box"), tr("package of %n module(s) in this picture (%1)", nullptr, nm.files)
                              .arg(m_picture->what));
    } else if (m_picture && box < 0) {
        // Inside a closed package of the picture: say which box holds it.
        if (const int holder = holderIn(*m_picture->graph, name); holder >= 0)
            addRow(tr("Box"), tr("inside %1 in this picture; figures of the module alone")
                                  .arg(m_picture->graph->node(holder).name));
    }
    if (n.file >= 0 && !package) {
        QTreeWidgetItem *file = addRow(tr("File"), m_snapshot->analysis->file(n.file).relativePath);
        file->setData(0, FileRole, n.file);
        file->setData(0, LineRole, 1);
    }
    if (g.isInternal(shown)) {
        if (box >= 0 && std::size_t(box) < m_picture->layers.size() &&
            m_picture->layers[std::size_t(box)] >= 0)
            addRow(tr("Row in this picture"),
                   tr("layer %1 (0 at the bottom)").arg(m_picture->layers[std::size_t(box)]))
                ->setToolTip(0, tr("The row the box sits on: what it imports is below it"));
        for (const Metric metric : MetricChoice::all()) {
            if (const auto v = MetricChoice::value(metric, m, g, shown))
                addRow(MetricChoice::name(metric), MetricChoice::format(metric, *v))
                    ->setToolTip(0, MetricChoice::description(metric));
        }
        const int cycle = nm.cycle;
        const int members = cycle >= 0 ? int(m.cycles[std::size_t(cycle)].members.size()) : 0;
        // The Cycles panel numbers the picture's cycles: a module inside a closed package is
        // in one of the module cycles it lists under them, unnumbered.
        if (cycle >= 0 && m_picture && box < 0)
            addRow(tr("Cycle"), tr("in a module cycle of %n module(s)", nullptr, members));
        else if (cycle >= 0)
            addRow(tr("Cycle"), tr("in cycle %1 of %n module(s)", nullptr, members).arg(cycle + 1));
    }
    std::vector<int> out(g.outEdges(shown).begin(), g.outEdges(shown).end());
    std::vector<int> in(g.inEdges(shown).begin(), g.inEdges(shown).end());
    auto *imports = addRow(tr("Imports"), QString::number(out.size()));
    addEdges(imports, g, out, true);
    imports->setExpanded(true);
    auto *importedBy = addRow(tr("Imported by"), QString::number(in.size()));
    addEdges(importedBy, g, in, false);
    importedBy->setExpanded(true);
    fitRows();
}

// QTreeView gives every row one line whatever its text: each row is given the height its
// wrapped texts take at the columns' widths, so that long labels and values read whole.
void DetailsPanel::fitRows()
{
    const QFontMetrics metrics(font());
    // What the item's own drawing keeps beside its text, on each side.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QTreeWidgetItem *item = *it;
        int depth = rootIsDecorated() ? 1 : 0;
        for (const QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            ++depth;
        int height = metrics.height();
        // A row spanning both columns has their width for its one text.
        const bool spanned = item->isFirstColumnSpanned();
        for (int column = 0; column < (spanned ? 1 : columnCount()); ++column) {
            const int indent = column == 0 ? depth * indentation() : 0;
            const int room = spanned ? viewport()->width() : columnWidth(column);
            const int width =
                std::max(metrics.averageCharWidth() * 4, room - indent - 2 * margin - 2);
            height = std::max(height, metrics
                                          .boundingRect(QRect(0, 0, width, 1 << 20),
                                                        Qt::TextWordWrap, item->text(column))
                                          .height());
        }
        // One line keeps the style's own height. (A hint of no width is not taken.)
        item->setSizeHint(0, height > metrics.height() ? QSize(1, height + 2 * margin) : QSize());
    }
}

void DetailsPanel::paintEvent(QPaintEvent *event)
{
    QTreeWidget::paintEvent(event);
    if (topLevelItemCount() > 0)
        return;
    QPainter p(viewport());
    p.setPen(palette().placeholderText().color());
    p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignTop | Qt::TextWordWrap,
               tr("Choose a box or an arrow of the graph, a cell of the matrix, a row of a table "
                  "or of a panel: its figures, imports and importers show here."));
}

} // namespace headroom
