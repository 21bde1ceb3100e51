#pragma once

// The shape a generated project follows, measured from two real ones. Every figure below
// comes from `python3 tests/tools/measure_shape.py FOLDER` (quantiles p0, p10, ..., p90, p95,
// p99, p100; shares in thousandths) on
//   Django 3.2    /usr/lib/python3/dist-packages/django         (859 files, 189 packages)
//   CPython 3.11  /root/.pyenv/versions/3.11.7/lib/python3.11    (1,790 files, 104 packages,
//                 tests included, site-packages left out)
// and, where named, from `headroom analyze FOLDER -o x.json` on the same folders (cycles,
// depth). A generated project is a monorepo of sub-projects; each sub-project follows one of
// the two shapes, chosen by the seed. The figures that no real project here measures (how a
// monorepo splits into sub-projects, how often they import each other) are marked ASSUMED.

#include "genrandom.h"

#include <array>

namespace genproject {

// Import kinds as Headroom names them (facts.h, ImportKind).
enum class Where : std::uint8_t
{
    Runtime,
    FunctionLocal,
    Conditional,
    TypeChecking
};

// How an internal import statement is written.
enum class Style : std::uint8_t
{
    Import,   // import a.b.c
    ImportAs, // import a.b.c as c_mod
    From,     // from a.b.c import Name  (from a.b import c when c has no definitions)
    Star,     // from a.b.c import *
    Relative  // from .c import Name, from .. import b
};

// Callee kinds of written calls, as measure_shape.py sorts them.
enum class Callee : std::uint8_t
{
    Attribute, // a method of a local value: items.append(x)
    Builtin,   // len(x)
    Imported,  // a name or module imported into the file
    Self,      // self.other_method()
    Local,     // a function of the same module
    OtherName  // a parameter or local called: callback(x)
};

// How a package divides the files of its subtree, for packages of at least `minFiles` files
// (measure_shape.py, "packages of A to B files"): the share that has no sub-package, how many
// sub-packages the others have, and the share of their files that are their own modules.
struct PackageRule
{
    int minFiles;
    int flatPerMille;
    Quantiles subPackages;
    int ownPerMille;
};

struct Shape
{
    const char *name;
    // Packages: how they divide their files, by size (1, 5, 20, 60 and 200 files or more),
    // and the share of empty __init__.py files.
    std::array<PackageRule, 5> packageRules;
    int emptyInitPerMille;
    // Sizes: lines of a module that is not an __init__, of a non-empty __init__.
    Quantiles linesPerModule;
    Quantiles linesPerInit;
    // Imports: internal modules a module imports, import statements per module and the share
    // of them that name the standard library or a third party.
    Quantiles internalPerModule;
    Quantiles statementsPerModule;
    int stdlibPerMille;
    int thirdPartyPerMille;
    std::array<int, 5> styleWeights; // Import, ImportAs, From, Star, Relative (all statements)
    std::array<int, 4> whereWeights; // Runtime, FunctionLocal, Conditional, TypeChecking
    Quantiles namesPerFrom;
    // How many package levels up from the importer the common ancestor of an internal import's
    // target lies (0 = same package), for 0, 1, 2, 3, 4 and more.
    std::array<int, 5> levelsUpWeights;
    int layers; // depth of the module graph, cycles collapsed (`headroom analyze`: "depth")
    // Definitions: classes among top-level definitions, methods per class, lines of a method
    // and of a function (def line to last line), docstring lines.
    int classPerMille;
    Quantiles methodsPerClass;
    Quantiles classBodyLines; // lines of a class body besides its methods (docstring included)
    Quantiles linesPerMethod;
    Quantiles linesPerFunction;
    Quantiles callsPerFunction;
    Quantiles branchesPerFunction;
    std::array<int, 6> calleeWeights; // by Callee
    int moduleDocPerMille;
    int classDocPerMille;
    int functionDocPerMille;
    Quantiles docstringLines;
    int moduleLevelPerMille; // lines of module-level statements other than imports and defs
    int commentPerMille;     // comment-only lines among all lines
    // Cycles: strongly connected components of two or more modules per 10,000 modules, and
    // their sizes (`headroom analyze`, runtime imports). The one giant component of each
    // (Django 129 modules, the standard library 252, both grown from package __init__ files
    // re-exporting their members) is left out: the generator makes the small ones.
    int cyclesPer10k;
    std::array<int, 13> cycleSizes;
};

inline constexpr Shape kDjangoShape{
    "django",
    {{{1, 947, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 48},
      {5, 759, {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3}, 466},
      {20, 67, {1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 5, 5, 6}, 351},
      {60, 0, {2, 2, 2, 3, 3, 8, 8, 8, 10, 10, 10, 10, 76}, 26},
      {200, 0, {15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15}, 2}}},
    746,
    {3, 17, 26, 39, 58, 77, 115, 184, 276, 447, 660, 1490, 2532},
    {1, 3, 5, 11, 16, 22, 24, 46, 121, 245, 341, 611, 2554},
    {0, 0, 0, 0, 1, 2, 3, 4, 5, 8, 11, 17, 34},
    {0, 0, 0, 1, 2, 3, 4, 5, 7, 12, 16, 27, 45},
    249,
    22,
    // import 17.7%, import-as 0.2%, from 75.7%, star 0.5%, relative 5.9% (0.3% of them star)
    {177, 2, 757, 5, 59},
    // runtime 93.2%, function-local 6.0%, conditional 0.9%; Django has no TYPE_CHECKING
    // block: 2% as pip 23's _internal has them (measure_shape.py on it: 1.96%)
    {932, 60, 9, 20},
    {1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 7, 25},
    {274, 266, 280, 146, 34},
    25,
    614, // 2.07 classes and 1.30 functions per module
    {0, 0, 0, 1, 1, 2, 2, 3, 6, 9, 14, 34, 92},
    {0, 0, 1, 1, 1, 2, 3, 4, 5, 10, 16, 41, 137},
    {2, 2, 2, 3, 5, 6, 7, 10, 14, 24, 36, 77, 254},
    {2, 3, 5, 6, 8, 10, 13, 17, 23, 37, 52, 104, 399},
    {0, 0, 1, 1, 2, 2, 3, 4, 5, 8, 12, 25, 89},
    {0, 0, 0, 0, 0, 1, 1, 1, 2, 4, 6, 13, 48},
    // attribute 36.5%, builtin 24.8%, imported 17.6%, self 13.9%, local 4.4%, other 2.5%
    {365, 248, 176, 139, 44, 25},
    179,
    345,
    362,
    {1, 1, 1, 1, 3, 4, 4, 5, 6, 8, 12, 25, 70},
    41,
    75,
    163, // 14 components among 859 files
    {2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 14, 15},
};

inline constexpr Shape kStdlibShape{
    "stdlib",
    {{{1, 927, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}, 0},
      {5, 947, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}, 83},
      {20, 563, {1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 4}, 436},
      {60, 286, {1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 12}, 276},
      {200, 0, {25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 33}, 241}}},
    243,
    {0, 19, 44, 80, 136, 210, 307, 403, 674, 1240, 2056, 4436, 15711},
    {1, 4, 5, 10, 16, 27, 46, 101, 176, 566, 1576, 4392, 4643},
    {0, 1, 1, 2, 3, 4, 5, 6, 7, 10, 13, 22, 36},
    {0, 1, 2, 2, 3, 5, 6, 8, 10, 15, 21, 38, 84},
    159,
    34, // mostly C modules of the interpreter (_testcapi, _ctypes): outside the folder
    // import 57.5%, import-as 1.6%, from 34.6%, star 1.1%, relative 5.2%
    {575, 16, 346, 11, 52},
    // runtime 81.6%, function-local 14.3%, conditional 4.0%; TYPE_CHECKING as for Django
    {816, 143, 40, 20},
    {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 4, 7, 30},
    {280, 498, 201, 21, 1},
    13,
    620, // 4.38 classes and 2.68 functions per module
    {0, 0, 0, 0, 1, 1, 2, 3, 4, 9, 16, 41, 308},
    {0, 0, 0, 0, 0, 1, 1, 1, 2, 5, 9, 32, 936},
    {1, 2, 3, 4, 5, 7, 9, 11, 16, 25, 36, 71, 432},
    {1, 2, 3, 5, 7, 10, 12, 17, 24, 41, 59, 120, 671},
    {0, 0, 1, 1, 2, 3, 4, 5, 8, 12, 18, 39, 506},
    {0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 5, 11, 105},
    // self 34.2%, attribute 25.0%, builtin 14.5%, imported 13.9%, local 4.0%, other 8.3%
    {250, 145, 139, 342, 40, 83},
    502,
    157,
    145,
    {1, 1, 1, 1, 1, 3, 4, 5, 7, 12, 19, 47, 1841},
    99,
    68,
    84, // 15 components among 1,790 files
    {2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 4, 43},
};

inline constexpr std::array<const Shape *, 2> kShapes{&kDjangoShape, &kStdlibShape};

// ASSUMED: a sub-project of a monorepo holds between these many modules (Django has 859, the
// standard library 1,790), drawn from these quantiles.
inline constexpr Quantiles kSubprojectModules{300,  400,  500,  600,  700,  850, 1000,
                                              1200, 1500, 1900, 2400, 3000, 3000};
// ASSUMED: the share of internal imports that reach into another sub-project (one with a
// lower index: shared libraries sit at the bottom of a monorepo).
inline constexpr int kCrossProjectPerMille = 80;
// Of the imports that close a cycle (`headroom analyze`: the sites of every cycle's breaking
// set, Django and the standard library together): runtime 104, function-local 63,
// conditional 5.
inline constexpr std::array<int, 4> kCycleWhereWeights{104, 63, 5, 0};

} // namespace genproject
