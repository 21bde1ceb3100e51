#pragma once

#include "facts.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace headroom {

// One class of one file.
struct ClassMetrics
{
    int file = -1;         // index into the scanned files
    int definition = -1;   // index into that file's FileFacts::definitions
    QString qualifiedName; // module + "." + qualName
    int methods = 0;       // methods defined directly in the class, constructors included
    // LCOM4: connected components among the methods other than __init__, __new__ and
    // __post_init__, two methods linked when one calls the other through self/cls (a call
    // or any self.name use naming a method of the class) or both use the same self
    // attribute. Same-named methods (a property and its setter) count as linked. Names only
    // ever called through self (self.x(...)) but defined in no method here are taken as
    // inherited methods and link nothing. 0 when the class has no such methods.
    int lcom4 = 0;
    // Mean over those methods of the share of the class's instance attributes each uses, in
    // [0, 1] (the UI shows a percentage). Instance attributes: names stored through self/cls
    // anywhere in the class (constructors included) that are not methods. Nothing when the
    // class has no instance attributes or no such methods: there is no share to take, and
    // every front end shows "n/a" (the JSON null) rather than a perfect score.
    std::optional<double> cohesion;
    bool abstract = false; // see isAbstractClass
};

// A class is abstract when a base's last dotted component (subscript dropped) is ABC or
// Protocol, or one of its methods has a decorator whose last component is abstractmethod.
// (metaclass=ABCMeta is not in the facts: class keywords are left out of Definition::bases.)
[[nodiscard]] bool isAbstractClass(const FileFacts &facts, int definition);

// A resolved use inside one file, from the call graph: the definition whose code calls,
// instantiates, references or decorates with another definition of the same file (-1
// caller: module-level code).
struct ResolvedUse
{
    int caller = -1;
    int callee = -1;
};

// Every class of a file, in definition order. `resolved` adds the call graph's uses: a
// method calling another method of its class (through `cls`, the class name, an alias)
// links the two as a `self.m()` call does.
[[nodiscard]] std::vector<ClassMetrics> classMetrics(const FileFacts &facts, int file,
                                                     const QString &module,
                                                     const std::vector<ResolvedUse> &resolved = {});

// One connected part of a class's methods as LCOM4 counts them: its methods in definition
// order (constructors left out, a property and its setter one name) and the names they use
// through self/cls that link them (attributes, and names not stored here), sorted.
struct CohesionPart
{
    QStringList methods;
    QStringList shared;
};

// The parts of the class `definition` of `facts`, as many as classMetrics() gives it for
// LCOM4 with the same `resolved` uses, in the order of their first methods; none for a
// class without methods other than constructors.
[[nodiscard]] std::vector<CohesionPart>
cohesionParts(const FileFacts &facts, int definition,
              const std::vector<ResolvedUse> &resolved = {});

// Module cohesion: connected components among the file's top-level functions and classes,
// two linked when code anywhere inside one uses the other's name (a NameUse, or a call of
// the bare name) or, with `resolved`, uses it through any name the call graph resolved.
// 0 for a file without top-level definitions.
[[nodiscard]] int moduleComponents(const FileFacts &facts,
                                   const std::vector<ResolvedUse> &resolved = {});

} // namespace headroom
