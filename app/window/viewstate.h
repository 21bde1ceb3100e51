#pragma once

#include "graph.h"
#include "metricchoice.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// What the window shows, apart from the project's own data: saved to a small JSON file
// ("saved view") and reopened exactly.
// ViewState::packageDepth of the structure map: packages opened in place, as containers.
inline constexpr int StructureLevel = -3;

struct ViewState
{
    QString project;                   // the analysed folder
    int packageDepth = StructureLevel; // 0: modules; N: packages of N dotted components; -1
                                       // classes and -2 functions of the selected module (the
                                       // call graph); StructureLevel: the structure map
    Metric metric = Metric::Level;
    int tab = 0;   // graph, matrix, treemap, tables
    QString focus; // the focused node's name, "" for none
    int hops = 1;  // focus neighbourhood
    ImportKindSet shownKinds = AllImportKinds;
    QList<QPair<QString, QString>> cuts; // "what if": (importer, imported)
    QStringList expanded;    // packages opened one level (package levels) or opened (structure)
    bool allImports = false; // structure maps: every import, not the transitive reduction
    QString selected;        // the selected node's name

    friend bool operator==(const ViewState &, const ViewState &) = default;
};

[[nodiscard]] QByteArray viewStateToJson(const ViewState &state);
// nullopt when the text is not a saved view (the reason in `error`).
[[nodiscard]] std::optional<ViewState> viewStateFromJson(const QByteArray &json, QString *error);

} // namespace headroom
