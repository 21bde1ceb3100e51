#pragma once

#include "diagnostic.h"
#include "enumkeys.h"
#include "name.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace headroom {

// Every struct here (and Diagnostic) is written to the fact cache by factscodec.cpp: a change
// of a field or of an enum's values must bump kFactsFormatVersion in factscodec.h and list the
// field there (static_asserts on the sizes remind of it).

// Each fact is made in two forms that differ only in how they hold text: the extractor
// builds `Raw` facts of QStrings, appended to and rewritten as it walks a tree; everything
// after it holds `Interned` facts whose texts are 4-byte ids (name.h), a quarter of the
// memory. interned() turns the one into the other (facts.cpp).
struct RawTexts
{
    using Text = QString;
    using Texts = QStringList;
};
struct InternedTexts
{
    using Text = Name;
    using Texts = NameList;
};

// How an import statement is reached when the module runs. A site has exactly one kind;
// the precedence when several apply is TypeChecking > FunctionLocal > Conditional.
enum class ImportKind : std::uint8_t
{
    Runtime = 0,       // module level (also class bodies, with-blocks), always executed
    TypeChecking = 1,  // under `if TYPE_CHECKING:` / `if typing.TYPE_CHECKING:`
    FunctionLocal = 2, // inside a function or method body (incl. lambdas)
    Conditional = 3,   // under another `if`/`elif`/`else`, `try`/`except`/`else`/`finally`, `match`
};
inline constexpr int ImportKindCount = 4;
constexpr std::array<EnumKey<ImportKind>, 4> keyTable(ImportKind)
{
    return {{{ImportKind::Runtime, "runtime"},
             {ImportKind::TypeChecking, "type-checking"},
             {ImportKind::FunctionLocal, "function-local"},
             {ImportKind::Conditional, "conditional"}}};
}
static_assert(keyTableIsComplete<ImportKind>(ImportKindCount));

// One imported name. `import a.b as x, c` gives two facts; `from m import p, q` gives two.
template <class T> struct BasicImportFact
{
    using Text = typename T::Text;
    Text module;   // dotted module text without leading dots: "a.b" ("" for `from . import x`)
    int level = 0; // leading dots of a relative import (0 = absolute)
    bool isFrom = false;
    Text name;    // for from-imports: the imported name, "*" for a star import; else ""
    Text alias;   // the `as` name, else ""
    int line = 0; // 1-based line of the import statement
    ImportKind kind = ImportKind::Runtime;
    int scope = -1;      // innermost enclosing definition, -1 at module level
    bool branch = false; // under an if, loop, try or match of its own scope: may not run

    friend bool operator==(const BasicImportFact &, const BasicImportFact &) = default;
};

enum class DefKind : std::uint8_t
{
    Class,
    Function,
    Method
};

template <class T> struct BasicDefinition
{
    using Text = typename T::Text;
    using Texts = typename T::Texts;

    Text name;
    Text qualName;                    // inside the module: "Outer.method.inner"
    DefKind kind = DefKind::Function; // Method = a function directly in a class body
    int parent = -1;                  // index of the enclosing definition, -1 at module level
    bool branch = false;              // under an if, loop, try or match of the enclosing scope
    int line = 0;                     // first line (decorators excluded)
    int endLine = 0;
    Texts bases;        // class bases as written ("abc.ABC", "Generic[T]"); keywords left out
    Texts decorators;   // decorator expressions as written, without '@'
    int complexity = 1; // cyclomatic complexity (functions and methods; 1 for classes)
    int sloc = 0;       // source lines of code in its span
    bool isAsync = false;
    // What a call of a function gives, for the call graph. Empty for classes.
    Text returns;              // the return annotation as written ("A", "Optional[A]")
    Texts returnCalls;         // distinct callee texts of `return callee(...)` statements
    Texts returnNames;         // distinct name chains of `return a.b` statements, element
                               // texts of `return table[k]` ("table[]"), and attributes of
                               // what a call gives (`return Job().run`: "Job().run")
    Texts returnDisplays;      // `return [f, g]`: each display as a Display binding writes it
    bool returnsOther = false; // some return gives another value, or the function yields
    bool generator = false;    // it yields: a call gives a generator, not what it returns
    Texts yields;              // what it yields, as Display elements; "*xs" for `yield from xs`
    Text selfName;             // the instance (or class) parameter a method names first; nested
                               // functions of a method see it too; "" for functions, staticmethods
    // Functions: the parameters in order, "*args" and "**kwargs" with their stars, a bare "*"
    // before keyword-only ones and "/" after positional-only ones.
    Texts parameters;

    friend bool operator==(const BasicDefinition &, const BasicDefinition &) = default;
};

// Where a call comes from: written in the source, or made by a statement.
enum class CallOrigin : std::uint8_t
{
    Written,
    Raise,    // `raise E` without parentheses instantiates E
    Protocol, // `for x in o` calls o.__iter__ and its __next__, `with m` m.__enter__ and
              // __exit__: an edge only where the project defines the method
    Applied,  // `@factory(...)` calls what the factory gives with the definition below
              // (callee "factory()"): an edge only to a function or class of the project
    Operator, // `a + b` calls a.__add__, `a[k]` a.__getitem__, `k in a` a.__contains__,
              // `a += b` a.__iadd__ (callee "a.__add__"): an edge only where a is an instance
              // of a class of the project whose MRO defines the method
};

// The special method an in-place operator's falls back to where a class lacks it (`a += b`:
// "__iadd__" gives "__add__"); empty for any other method.
inline QString plainOperatorMethod(QStringView method)
{
    if (!method.startsWith(u"__i") || method == u"__invert__" || method.size() < 6)
        return {};
    return QLatin1String("__") + method.mid(3).toString();
}

// The method a reflected operator's reflects (`b.__radd__` for `a + b`: "__add__", which the
// left operand is asked first); empty for any other method ("__rshift__" is `>>` itself).
inline QString forwardOperatorMethod(QStringView method)
{
    static constexpr std::array<std::u16string_view, 13> kBinary = {
        u"add",    u"sub", u"mul", u"truediv", u"floordiv", u"mod",   u"pow",
        u"matmul", u"and", u"or",  u"xor",     u"lshift",   u"rshift"};
    if (!method.startsWith(u"__r") || !method.endsWith(u"__") || method.size() < 8)
        return {};
    const QStringView core = method.mid(3, method.size() - 5);
    for (const std::u16string_view op : kBinary)
        if (core == QStringView(op.data(), qsizetype(op.size())))
            return QLatin1String("__") + core.toString() + QLatin1String("__");
    return {};
}

// A call whose callee is a name or a dotted attribute chain. Calls on other expressions
// (subscripts, calls of calls) keep the text they end in, e.g. "super().save", "f().g"; a
// lambda called where it is written, `(lambda: f())()`, is named by its LambdaFact name
// ("<lambda1>"), also one inside another lambda (the one nested in the call's lambda).
template <class T> struct BasicCallFact
{
    using Text = typename T::Text;
    using Texts = typename T::Texts;

    int scope = -1; // innermost enclosing definition, -1 for module-level code
    Text callee;    // "f", "os.path.join", "self.save", "super().save"
    int line = 0;
    int lambda = -1;    // the innermost lambda it sits in (FileFacts::lambdas), -1 if none
    int decorates = -1; // `@name` applied: the definition it is applied to (its argument)
    // The arguments in order: a name chain as written ("on_save", "self.run"), a string
    // literal that is a name in single quotes ("'run'"), a display as a Display binding
    // writes it ("list:f,g", "dict:f"), a call or subscript as a display's element writes it
    // ("Handler()", "jobs[]"), "" for any other expression, "name=chain" (or "name=",
    // "name=list:f", "name=Handler()") for a keyword, "*chain" and "**chain" for splats ("*" and
    // "**" when what they unpack is no name chain; "*tuple:f,g" or "*list:f,g" for a display,
    // written as a Display binding writes it).
    Texts arguments;
    bool decorator = false; // `@callee` or `@callee(...)`: called with the definition below
    CallOrigin origin = CallOrigin::Written;

    friend bool operator==(const BasicCallFact &, const BasicCallFact &) = default;
};

// How one binding site gives a name its value; the call graph types names from these.
enum class BindingKind : std::uint8_t
{
    Plain,     // any other binding (another value, for/with/except targets, tuple unpacking)
    Call,      // `x = callee(...)`: value is the callee text, as in CallFact
    Annotated, // `x: T` or `x: T = ...`: value is T as written
    Parameter, // a parameter of the definition: value is its annotation, "" when none
    NoneValue, // `x = None`
    Global,    // `global x` in the scope
    Nonlocal,  // `nonlocal x` in the scope
    Alias,     // `x = a.b`: value is the name chain, x stands for what it names; also an
               // element text (`x = xs[0]`: "xs[0]", `x = Job().run`: "Job().run")
    // The three below hold a list of elements as "list:e1,e2" (also tuple, set, dict: its
    // values), each a name chain, a callee text with "()" for what a call gives, a callee
    // text such as "xs[]" for a subscript, or "?" for anything else; a literal is an empty
    // element in a tuple or list (it keeps its place: "tuple:,f" for `(1, f)`) and is left
    // out of a set or dict. A comprehension is a display of its element expression alone:
    // `[make(x) for x in xs]` is "list:make()", `{k: v for ...}` "dict:v"; a generator
    // expression is an iterator of its element (kind kIteratorType): "<iterator>:f". A dict's
    // value under a literal key has the key before it (keyedElement()): `{"a": f, k: g}` is
    // "dict:'a':f,g". A subscript by a literal key or index keeps it: "table['a']", "xs[0]".
    Display,      // `x = [a, b]`, `x = {"k": a}`, `a, *x = f, g, h`: x is the container
    Alternatives, // `for x in (a, b)`: x is one of the elements in turn; also `x = a if c
                  // else b` and `x = a or b` ("tuple:a,b")
    Element,      // `for x in xs`: value is the element text of what x comes from ("xs",
                  // "gen()", "table[]")
    Unpacked,     // `a, b = pair()`: value is "N:text", the target's place N (from 0) and
                  // the element text of what is unpacked ("1:pair()" for b)
    Narrowed,     // the block of `if isinstance(x, T):` (its first line): value is T as
                  // written, or "tuple:A,B"; x is what it was before, kept to instances of T
    Sent,         // `x = yield ...` in a generator: what `send(v)` on its generators passes
};

// A parameter's default that is a literal (`def run(cb=None)`): nothing to call.
inline constexpr char kLiteralDefault[] = "<literal>";

// The kind of a container that is an iterator over elements (`(f for f in fs)`, `iter(xs)`,
// `d.values()`): iterated, never called through.
inline constexpr char kIteratorType[] = "<iterator>";

// An element as a dict display or a store writes it, split at its literal key: "'a':f" is
// key "'a'" and value "f", "0:f" key "0"; an element with no key ("f", "*xs") is its value
// and an empty key.
struct KeyedElement
{
    QStringView key;
    QStringView value;
};
inline KeyedElement keyedElement(QStringView element)
{
    qsizetype end = -1; // where the key ends
    if (element.startsWith(u'\'')) {
        end = element.indexOf(u'\'', 1) + 1;
    } else if (!element.isEmpty() && (element.front().isDigit() || element.front() == u'-')) {
        end = 1;
        while (end < element.size() && element[end].isDigit())
            ++end;
    }
    if (end <= 0 || end >= element.size() || element[end] != u':')
        return {{}, element};
    return {element.left(end), element.mid(end + 1)};
}

// One binding of a name in a scope. Definitions and imports bind too but are facts of their
// own. Kept: every binding at module level and in class bodies, every `self.x` binding, every
// attribute of another object bound through a name chain (`conf.hook = f`), and in functions
// those of names that some call or reference starts with (a local that could shadow or type
// them); lambda variables at module level are left out.
template <class T> struct BasicBinding
{
    using Text = typename T::Text;
    int scope = -1;
    Text name;  // the bound name; for a self attribute the attribute's name; for an
                // attribute of another object its whole chain ("conf.hook", "mod.f")
    Text value; // see BindingKind
    int line = 0;
    Text defaultValue; // Parameter: its default as a Display element ("f", "make()"),
                       // kLiteralDefault for a literal (None, 0, "")
    // The two line spans below are kept as distances from `line` in 16 bits (a binding is one
    // of the most numerous facts): until() - line + 1 and blockEnd() - line + 1, 0 for none.
    std::uint16_t untilSpan = 0;
    std::uint16_t blockSpan = 0;
    BindingKind kind = BindingKind::Plain;
    bool selfAttribute = false; // `self.name = ...` (self = the selfName of the scope)
    bool branch = false;        // under an if, loop, try or match of its scope: may not run
    // Bound before the code after it on its own line runs, which then sees it: a parameter of a
    // function whose body starts on that line (`def f(x): x()`), a target of a `for`, `with`
    // or `except` whose body does (`for h in hs: h()`), a name a statement before a `;` binds
    // (`h = f; h()`). A use on a binding's line otherwise reads what was bound before it.
    bool sameLine = false;

    // A comprehension's `for` variable: seen only by uses up to this line (its comprehension's
    // last; `line` is its first); 0 for every other binding. A comprehension longer than the
    // span holds is seen to where the span reaches.
    [[nodiscard]] int until() const { return untilSpan ? line + int(untilSpan) - 1 : 0; }
    void setUntil(int last)
    {
        untilSpan = last >= line ? std::uint16_t(std::min(last - line + 1, 0xFFFF)) : 0;
    }
    // A branch's: the last line of the block it is in (an if's, a loop's body, a try's, a
    // case's); a use on a later line up to it sees only this binding (`for x in xs: x =
    // x.name; x.upper()`); 0 when none, or when the block is longer than the span holds.
    [[nodiscard]] int blockEnd() const { return blockSpan ? line + int(blockSpan) - 1 : 0; }
    void setBlockEnd(int last)
    {
        blockSpan = last >= line && last - line + 1 <= 0xFFFF ? std::uint16_t(last - line + 1) : 0;
    }

    friend bool operator==(const BasicBinding &, const BasicBinding &) = default;
};

// `target[key] = value`: an element put into a container. Calls that put one (append, add,
// insert, setdefault) are read from the CallFacts.
template <class T> struct BasicStoreFact
{
    using Text = typename T::Text;
    int scope = -1;
    Text target; // the container's name chain: "handlers", "self.routes"
    Text value;  // one element as in a Display binding: "on_save", "make()", "?", under its
                 // literal key where it has one ("'a':on_save" for `routes["a"] = on_save`);
                 // or "*chain": all the elements of another container (extend, update, +=)
    int line = 0;

    friend bool operator==(const BasicStoreFact &, const BasicStoreFact &) = default;
};

// A name or dotted name mentioned without being called where a function can be handed on:
// a call argument (also keyword values), an element of a list, tuple, set or dict display,
// or an assigned value (`handler = f`, `self.cb = self.on_done`). Kept when it starts with a
// definition's name, an imported name or the scope's self, and for every attribute chain
// (`run(job.done)`, `show(form.errors)`).
template <class T> struct BasicReferenceFact
{
    using Text = typename T::Text;
    int scope = -1;
    Text name; // "f", "mod.f", "self.on_done", "<lambda1>"
    int line = 0;
    int lambda = -1; // the innermost lambda it sits in, -1 if none

    friend bool operator==(const BasicReferenceFact &, const BasicReferenceFact &) = default;
};

// A lambda: a function of its own in the call graph, named "<lambdaN>", numbered from 1 in
// source order within its scope (a definition, the module, or the lambda it sits in). Where
// it is handed on, assigned or returned, name chains elsewhere in the facts name it by that
// name; a lambda inside another lambda is named nowhere else ("") but in the callee of a
// call that calls it where it is written.
template <class T> struct BasicLambdaFact
{
    using Text = typename T::Text;
    using Texts = typename T::Texts;

    int scope = -1;  // the innermost enclosing definition, -1 at module level
    int parent = -1; // the lambda it sits in, -1 when none
    Text name;       // "<lambda1>"
    int line = 0;
    int endLine = 0;
    Texts parameters; // as Definition::parameters
    Texts defaults;   // per entry of parameters, its default as a Display element ("f",
                      // "<display1>"), "" for none; empty when no parameter has one
    Text returnCall;  // the body is a call: its callee text
    Text returnName;  // the body is a name chain, "xs[]" for xs[k], or a lambda (the name of
                      // the one nested in this one)
    bool returnsOther = false;

    friend bool operator==(const BasicLambdaFact &, const BasicLambdaFact &) = default;
};

// `self.x` / `cls.x` read or written inside a method (first parameter name used).
template <class T> struct BasicAttributeUse
{
    using Text = typename T::Text;
    int scope = -1; // the method (or a function nested in it) that uses it
    Text attribute;
    int line = 0;
    bool store = false;

    friend bool operator==(const BasicAttributeUse &, const BasicAttributeUse &) = default;
};

// A bare identifier read inside a definition that names a module-level binding of the
// same file (definition, import or assignment); used for module cohesion.
template <class T> struct BasicNameUse
{
    using Text = typename T::Text;
    int scope = -1;
    Text name;
    int line = 0;

    friend bool operator==(const BasicNameUse &, const BasicNameUse &) = default;
};

// Everything one file says, from its bytes alone. Plain values: safe to move across threads.
// A `for` or `while` loop: a binding in its body may reach a use before it in the body, in
// the next iteration.
struct LoopFact
{
    int scope = -1;  // the innermost enclosing definition, -1 for module-level code
    int line = 0;    // its first line (the `for` or `while`)
    int repeats = 0; // the first line that runs again: a `for`'s body (what it iterates is
                     // read once), a `while`'s condition
    int endLine = 0; // its body's last (not its `else`)

    friend bool operator==(const LoopFact &, const LoopFact &) = default;
};

template <class T> struct BasicFileFacts
{
    using Text = typename T::Text;
    using Texts = typename T::Texts;

    std::vector<BasicImportFact<T>> imports;
    std::vector<BasicDefinition<T>> definitions;
    std::vector<BasicCallFact<T>> calls;
    std::vector<BasicAttributeUse<T>> attributes;
    std::vector<BasicNameUse<T>> names;
    std::vector<BasicBinding<T>> bindings; // in the order of the source
    std::vector<BasicReferenceFact<T>> references;
    std::vector<BasicStoreFact<T>> stores;
    std::vector<BasicLambdaFact<T>> lambdas;
    std::vector<LoopFact> loops; // in the order of the source (outer before inner)
    int dynamicCalls = 0; // calls of something other than a name chain (`d[k]()`, `(f or g)()`)
    Texts moduleNames;    // names bound at module level (defs, classes, assignments, imports)
    Texts dunderAll;      // literal strings of `__all__ = [...]`, when present
    qint64 bytes = 0;
    int lines = 0;
    int sloc = 0;                        // non-blank lines that are not only a comment
    bool parsed = false;                 // false when skipped (binary, too large, unreadable)
    std::vector<Diagnostic> diagnostics; // `file` left empty: the caller knows the file

    friend bool operator==(const BasicFileFacts &, const BasicFileFacts &) = default;
};

using ImportFact = BasicImportFact<InternedTexts>;
using RawImportFact = BasicImportFact<RawTexts>;
using Definition = BasicDefinition<InternedTexts>;
using RawDefinition = BasicDefinition<RawTexts>;
using CallFact = BasicCallFact<InternedTexts>;
using RawCallFact = BasicCallFact<RawTexts>;
using Binding = BasicBinding<InternedTexts>;
using RawBinding = BasicBinding<RawTexts>;
using StoreFact = BasicStoreFact<InternedTexts>;
using RawStoreFact = BasicStoreFact<RawTexts>;
using ReferenceFact = BasicReferenceFact<InternedTexts>;
using RawReferenceFact = BasicReferenceFact<RawTexts>;
using LambdaFact = BasicLambdaFact<InternedTexts>;
using RawLambdaFact = BasicLambdaFact<RawTexts>;
using AttributeUse = BasicAttributeUse<InternedTexts>;
using RawAttributeUse = BasicAttributeUse<RawTexts>;
using NameUse = BasicNameUse<InternedTexts>;
using RawNameUse = BasicNameUse<RawTexts>;
using FileFacts = BasicFileFacts<InternedTexts>;
using RawFileFacts = BasicFileFacts<RawTexts>;

// The same facts with every text interned (name.h), lists of facts without spare room.
[[nodiscard]] FileFacts interned(const RawFileFacts &facts);
// The same facts with every text spelled out again.
[[nodiscard]] RawFileFacts raw(const FileFacts &facts);

} // namespace headroom
