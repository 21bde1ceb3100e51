// The graph picture as DOT: its boxes, arrows and opened packages with their colours, and a
// picture of a change's marks with the key to them, so that Graphviz draws what the SVG shows.
#include "changestyle.h"
#include "containeritem.h"
#include "dotwriter.h"
#include "edgeitem.h"
#include "graphscene.h"
#include "pictureexport.h"

#include <functional>
#include <map>

namespace headroom {

namespace {

// Ids of the legend's own nodes: a hyphen is in no module's name.
const QString LegendId = QStringLiteral("headroom-legend");

// Text alone, without the boxes' default fill.
const DotAttribute Plain{"style", "", true};

// The changed boxes' outlines, in points (the picture's pens are 4 px).
constexpr const char *MarkWidth = "3";

QByteArray dotColor(const QColor &c)
{
    return c.name(QColor::HexRgb).toLatin1();
}

// The innermost opened package holding `name` (itself for an opened package's own module),
// among `containers` (names); empty at the top. `self` leaves the name itself out.
QString innermost(const QStringList &containers, const QString &name, bool self)
{
    QString best;
    for (const QString &c : containers) {
        const bool inside = isWithin(name, c) && (!self || name != c);
        if (inside && c.size() > best.size())
            best = c;
    }
    return best;
}

// "+ name" for what was added, "− name" for a ghost, as the badges say.
QString badged(const QString &label, Change change)
{
    switch (change) {
    case Change::Added:
        return QStringLiteral("+ ") + label;
    case Change::Removed:
        return QStringLiteral("\u2212 ") + label;
    case Change::Kept:
        break;
    }
    return label;
}

// What a kept package's box writes after its member count: the modules added and removed
// inside it ("+2 −1", ChangeStyle::inside()), empty for any other box.
QString changedInside(const NodeLook &look)
{
    const QString count = GraphScene::tr("(%1)").arg(look.members);
    const QString after =
        look.secondary.startsWith(count) ? look.secondary.mid(count.size()) : look.secondary;
    return after.trimmed();
}

// A box's marks: a dashed grey ghost, a thick vermillion outline in a new or grown cycle
// (over the added one, whose "+" stays in the label), else a thick blue one when added.
void markBox(DotAttributes &attributes, const QByteArray &style, Change change, bool inNewCycle)
{
    if (change == Change::Removed) {
        DotWriter::set(attributes, {"style", style + ",dashed"});
        DotWriter::set(attributes, {"color", dotColor(ChangeStyle::ghostColor())});
        DotWriter::set(attributes, {"fontcolor", dotColor(ChangeStyle::ghostText())});
        DotWriter::set(attributes, {"penwidth", "1.5"});
        DotWriter::addClass(attributes, "removed");
        return;
    }
    if (change == Change::Added)
        DotWriter::addClass(attributes, "added");
    if (inNewCycle)
        DotWriter::addClass(attributes, "new-cycle");
    if (inNewCycle || change == Change::Added) {
        const QColor colour = inNewCycle ? ChangeStyle::newCycleColor() : ChangeStyle::addedColor();
        DotWriter::set(attributes, {"color", dotColor(colour)});
        DotWriter::set(attributes, {"penwidth", MarkWidth});
    }
}

// An arrow's attributes as the picture draws it: its width and colour (EdgeItem's pen,
// which knows the change marks), dashed for a cut, a type-checking-only import or a ghost, a
// "+" or "−" beside an added or removed one, "✂" beside a cut; `flat` when its ends share a
// rank (see dotEdgeTextKey).
DotAttributes arrowOf(const EdgeLook &look, bool flat)
{
    DotAttributes attributes{{"weight", QByteArray::number(look.sites)},
                             {"penwidth", QByteArray::number(EdgeItem::widthFor(look), 'f', 1)},
                             {"color", dotColor(EdgeItem::penFor(look).color())}};
    if (look.upward || look.typeCheckingOnly || look.change == Change::Removed)
        attributes.push_back({"style", "dashed"});
    QStringList marks;
    if (look.change == Change::Added)
        marks << QStringLiteral("+");
    else if (look.change == Change::Removed)
        marks << QStringLiteral("\u2212");
    if (look.upward)
        marks << QStringLiteral("\u2702");
    if (!marks.isEmpty()) {
        // A cut does not constrain the ranks.
        attributes.push_back(dotText(dotEdgeTextKey(flat || look.upward), marks.join(u' ')));
        attributes.push_back({"fontcolor", dotColor(EdgeItem::penFor(look).color())});
    }
    if (look.upward) {
        // In a cycle's breaking set: a suggested cut.
        attributes.push_back({"constraint", "false"});
        DotWriter::addClass(attributes, "cut");
    }
    if (look.change == Change::Added)
        DotWriter::addClass(attributes, "added");
    else if (look.change == Change::Removed)
        DotWriter::addClass(attributes, "removed");
    if (look.inNewCycle)
        DotWriter::addClass(attributes, "new-cycle");
    return attributes;
}

// The key to the marks, as the picture's legend has it: a cluster of sample boxes (each
// labelled with what its mark means) and sample arrows pointing at what theirs mean, one row
// under the other.
void writeChangeKey(DotWriter &dot, const QString &since)
{
    DotAttributes frame{{"style", "rounded"},
                        {"color", "#b8bec6"},
                        {"labeljust", "l"},
                        {"fontsize", "13"},
                        {"margin", "10"}};
    if (!since.isEmpty())
        frame.push_back(dotText("label", Legend::changesHead(since)));
    DotWriter::addClass(frame, "legend");
    dot.beginCluster(LegendId, frame);
    QString previous;
    int row = 0;
    for (const Legend::ChangeKey key : Legend::changeKeys()) {
        const QString id = QStringLiteral("%1-%2").arg(LegendId).arg(++row);
        const QString text = Legend::changeText(key);
        const auto box = [&](Change change, bool inNewCycle) {
            const QColor fill = change == Change::Removed ? ChangeStyle::ghostFill() : Qt::white;
            DotAttributes attributes{dotText("label", text), {"fillcolor", dotColor(fill)}};
            markBox(attributes, "rounded,filled", change, inNewCycle);
            dot.node(id, attributes);
        };
        const auto arrow = [&](Change change, bool inNewCycle) {
            EdgeLook look;
            look.sites = 3;
            look.change = change;
            look.inNewCycle = inNewCycle;
            dot.node(id, {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}});
            const QString target = id + QStringLiteral("-text");
            dot.node(target, {dotText("label", text), {"shape", "plaintext"}, Plain});
            dot.edge(id, target, arrowOf(look, true));
            dot.sameRank({id, target});
        };
        switch (key) {
        case Legend::ChangeKey::AddedBox:
            box(Change::Added, false);
            break;
        case Legend::ChangeKey::RemovedBox:
            box(Change::Removed, false);
            break;
        case Legend::ChangeKey::CycleBox:
            box(Change::Kept, true);
            break;
        case Legend::ChangeKey::AddedImport:
            arrow(Change::Added, false);
            break;
        case Legend::ChangeKey::RemovedImport:
            arrow(Change::Removed, false);
            break;
        case Legend::ChangeKey::CycleImport:
            arrow(Change::Kept, true);
            break;
        case Legend::ChangeKey::Inside:
            dot.node(id, {dotText("label", Legend::tr("+2 −1") + QStringLiteral("  ") + text),
                          {"shape", "plaintext"},
                          Plain});
            break;
        }
        // One row under the other.
        if (!previous.isEmpty())
            dot.edge(previous, id, {{"style", "invis"}});
        previous = id;
    }
    dot.endCluster();
}

} // namespace

QByteArray PictureExport::graphDot(const GraphScene &scene, const QString &title,
                                   const QString &changesSince)
{
    const bool structure = scene.isStructureMap();
    DotAttributes graph{{"fontname", "DejaVu Sans"},
                        {"labelloc", "t"},
                        {"fontsize", "16"},
                        dotText("label", title)};
    if (structure)
        graph.push_back({"compound", "true"}); // imports of a whole opened package
    DotWriter dot(scene.projectName(), graph,
                  {{"shape", "box"},
                   {"style", "rounded,filled"},
                   {"fontname", "DejaVu Sans"},
                   {"fontsize", "11"}},
                  {{"arrowsize", "0.7"}, {"fontname", "DejaVu Sans"}});
    QHash<int, QString> names;
    QHash<int, int> levelOf;
    QHash<int, QString> containerNames;
    QStringList containers;
    for (const ContainerItem *item : scene.containerItems()) {
        containerNames.insert(item->node(), item->look().name);
        containers << item->look().name;
    }
    std::map<int, QStringList> levels;
    QHash<QString, QList<const NodeItem *>> nodesIn; // by innermost container
    for (const NodeItem *item : scene.nodeItems()) {
        names.insert(item->node(), item->look().name);
        levelOf.insert(item->node(), item->look().level);
        levels[item->look().level].append(item->look().name);
        nodesIn[innermost(containers, item->look().name, false)].append(item);
    }
    const auto writeNode = [&](const NodeItem *item) {
        const NodeLook &look = item->look();
        QString label = structure ? look.primary : look.name;
        if (look.members > 0)
            label += QLatin1Char('\n') + GraphScene::tr("%n module(s)", nullptr, look.members);
        if (const QString inside = changedInside(look); !inside.isEmpty())
            label += QLatin1Char(' ') + inside;
        DotAttributes attributes{dotText("label", badged(label, look.change)),
                                 {"fillcolor", dotColor(look.fill)},
                                 {"fontcolor", dotColor(look.text)}};
        if (look.inCycle) {
            attributes.push_back({"color", dotColor(EdgeItem::cycleColor())});
            attributes.push_back({"penwidth", "2"});
            DotWriter::addClass(attributes, "cycle");
        }
        // A change's marks over the cycle's tint.
        markBox(attributes, "rounded,filled", look.change, look.inNewCycle);
        if (look.focus) { // the ring round it
            attributes.push_back({"peripheries", "2"});
            DotWriter::addClass(attributes, "focus");
        }
        dot.node(look.name, attributes);
    };
    // Opened packages as clusters around their members, nested as in the picture.
    const std::function<void(const QString &)> writeInside = [&](const QString &parent) {
        for (const NodeItem *item : nodesIn.value(parent))
            writeNode(item);
        for (const ContainerItem *c : scene.containerItems()) {
            if (innermost(containers, c->look().name, true) != parent)
                continue;
            const ContainerLook &look = c->look();
            DotAttributes attributes{
                dotText("label", badged(look.title + QLatin1Char(' ') + look.members, look.change)),
                {"style", "rounded"},
                {"labeljust", "l"}};
            if (look.inCycle)
                DotWriter::addClass(attributes, "cycle");
            markBox(attributes, "rounded", look.change, false);
            if (look.focus) { // a cluster has one outline: a thick one
                DotWriter::set(attributes, {"penwidth", "3"});
                DotWriter::addClass(attributes, "focus");
            }
            dot.beginCluster(look.name, attributes);
            writeInside(look.name);
            dot.endCluster();
        }
    };
    if (structure) {
        writeInside(QString());
    } else {
        for (const NodeItem *item : scene.nodeItems())
            writeNode(item);
        // The foundation (level 0) at the bottom, as in the picture.
        for (const auto &[level, members] : levels)
            dot.sameRank(members, QStringLiteral("level %1").arg(level));
    }
    // An end that is a whole opened package: a node inside it, clipped at its cluster.
    const auto endOf = [&](int node, int other, DotAttributes &attributes, const char *clip) {
        const QString container = containerNames.value(node);
        const QString otherName = names.value(other, containerNames.value(other));
        if (container.isEmpty() || isWithin(otherName, container))
            return names.value(node);
        attributes.push_back(dotText(clip, QStringLiteral("cluster_") + container));
        for (const NodeItem *item : scene.nodeItems()) {
            const QString &name = item->look().name;
            if (isWithin(name, container))
                return name;
        }
        return names.value(node);
    };
    for (const EdgeItem *item : scene.edgeItems()) {
        const EdgeLook &look = item->look();
        // Levels are ranks of their own in the module picture only.
        const bool flat = !structure && levelOf.value(look.source, -1) >= 0 &&
                          levelOf.value(look.source) == levelOf.value(look.target, -2);
        DotAttributes attributes = arrowOf(look, flat);
        const QString from = endOf(look.source, look.target, attributes, "ltail");
        const QString to = endOf(look.target, look.source, attributes, "lhead");
        dot.edge(from, to, attributes);
    }
    if (scene.showsChanges())
        writeChangeKey(dot, changesSince);
    return dot.finish();
}

} // namespace headroom
