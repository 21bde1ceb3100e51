#pragma once

// The plan of a generated project: its packages and modules, what each module defines at the
// top level and what it imports. Made once, single-threaded, from the seed; the text of each
// module is written from the plan and a random stream of its own (genwriter.h).

#include "genshape.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace genproject {

struct PlannedImport
{
    int target = -1;   // internal: the module imported; -1 for an external import
    int external = -1; // index into kExternals, or -1
    Style style = Style::From;
    Where where = Where::Runtime;
    int names = 1; // names a from-import takes, at most the target's definitions
};

struct TopDef
{
    QByteArray name;
    bool isClass = false;
    int sizeIndex = 0; // which draw of the module sized it (defSeed)
};

struct PlannedModule
{
    QByteArray name; // the file's name without ".py" ("__init__" for a package's own file)
    int package = -1;
    bool isInit = false;
    int layer = 0;          // imports go to lower layers only, but for the cycles made on purpose
    int lines = 0;          // lines the module aims at; 0: an empty file
    std::uint64_t seed = 0; // its own random stream (definitions and text)
    std::vector<TopDef> defs;
    std::vector<PlannedImport> imports;
};

struct PlannedPackage
{
    QByteArray name;
    QByteArray dotted; // the package's module name, "billing_core.ledger"
    int parent = -1;   // -1 for a sub-project's top package
    int depth = 1;     // components of `dotted`
    int subproject = 0;
    int init = -1; // its __init__ module; its subtree's modules are [init, end)
    int end = -1;
};

struct Subproject
{
    const Shape *shape = nullptr;
    int root = -1; // its top package
};

struct Plan
{
    std::vector<Subproject> subprojects;
    std::vector<PlannedPackage> packages;
    std::vector<PlannedModule> modules; // in depth-first order: a package's subtree is a range
    int cyclesMade = 0;

    [[nodiscard]] const Shape &shapeOf(int module) const
    {
        const auto &m = modules[std::size_t(module)];
        return *subprojects[std::size_t(packages[std::size_t(m.package)].subproject)].shape;
    }
    // "a.b.c" for module c of package a.b, "a.b" for the package's own __init__.
    [[nodiscard]] QByteArray dotted(int module) const;
    // The path below the output folder: "a/b/c.py", "a/b/__init__.py".
    [[nodiscard]] QByteArray path(int module) const;
};

// How one top-level definition is sized: drawn from a stream seeded by the module's seed and
// the definition's index, once by the plan to count lines and again by the writer to write
// them, so both agree without the plan keeping the numbers.
struct DefSizes
{
    int docLines = 0;             // 0: no docstring
    std::vector<int> methodLines; // classes: each method's lines
    int functionLines = 0;        // functions: all its lines
    int classAttributes = 0;      // classes: `name = value` lines in the class body
    [[nodiscard]] int total() const;
};
[[nodiscard]] DefSizes drawDefSizes(const Shape &shape, Random &random, bool isClass);
[[nodiscard]] std::uint64_t defSeed(const PlannedModule &module, int sizeIndex);

// `only`: every sub-project of that shape; null: each draws one of kShapes.
[[nodiscard]] Plan makePlan(int moduleCount, std::uint64_t seed, const Shape *only = nullptr);

} // namespace genproject
