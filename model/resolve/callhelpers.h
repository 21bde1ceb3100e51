#pragma once

// The call resolver's helpers on the facts' texts and its values, free of its state (defined
// beside the resolver's code that uses them most, in model/resolve/).

#include "callvalue.h"
#include "facts.h"

#include <QStringView>

#include <algorithm>
#include <cstring>

namespace headroom::detail {

// Searches and comparisons of the short texts the resolver reads millions of times, inline:
// Qt's are a call out of line each (on the standard library's call graph about 4% of its
// instructions went to them).
// Where `c` first is in `text`, -1 where it is not.
[[nodiscard]] inline qsizetype findChar(QStringView text, char16_t c)
{
    const auto it = std::find(text.utf16(), text.utf16() + text.size(), c);
    return it == text.utf16() + text.size() ? -1 : it - text.utf16();
}
// Where `c` last is in `text`, -1 where it is not.
[[nodiscard]] inline qsizetype findLastChar(QStringView text, char16_t c)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.utf16()[i] == c)
            return i;
    }
    return -1;
}
// Whether the two texts are the same characters.
[[nodiscard]] inline bool sameText(QStringView a, QStringView b)
{
    return a.size() == b.size() &&
           (a.data() == b.data() ||
            std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(QChar)) == 0);
}
// An order of texts that settles most pairs by their lengths: shorter first, then by
// their characters (not the alphabet's order: for lookups only).
[[nodiscard]] inline bool shortlexLess(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return std::char_traits<char16_t>::compare(a.utf16(), b.utf16(), std::size_t(a.size())) < 0;
}

// The methods that put one element into a container, and which argument is the element
// (-1 for any other method).
[[nodiscard]] int storedArgument(QStringView method);

// Whether a container's method of that name gives its elements or the container
// (CallResolver::containerMethodResult()): get, pop, setdefault, copy, values, send.
[[nodiscard]] bool isContainerGetter(QStringView method);

// The last name of a dotted one.
[[nodiscard]] QStringView lastName(QStringView chain);

// The elements one store (a StoreFact, index >= 0, or a call, -1 - index) puts into a
// container, as a store writes them ("f", "*xs"); "" for one reading cannot follow.
void storedElements(const FileFacts &facts, int index, QStringList &out);

// The element texts of a Display or Alternatives binding's value ("list:f,g()" gives "f",
// "g()"); none for an iterator's or a value without a kind.
[[nodiscard]] QList<QStringView> displayedElements(QStringView value);

// Whether an element as a call passes it is a display ("list:f,g").
[[nodiscard]] bool isDisplayElement(QStringView element);

// Where a store by a call (index < 0, as in storedElements()) passes the display `element`
// it puts in (`xs.append((f, 1))`, `d.setdefault(k, [])`): that argument's index, else -1.
[[nodiscard]] int displayArgument(const FileFacts &facts, int index, QStringView element);

// Whether an element as a store writes it names something to read.
[[nodiscard]] bool isFollowedElement(QStringView element);

// Whether a stored or displayed element under `elementKey` ("" for none) may be the one a
// subscript by `key` ("" for any) reads.
[[nodiscard]] inline bool keyMatches(QStringView elementKey, QStringView key)
{
    return key.isEmpty() || elementKey.isEmpty() || elementKey == key;
}

// Where a parameter sits: its index among the positional ones (self included), or -2 for
// keyword-only; -1 when the function has no such plain parameter (a splat, or none).
[[nodiscard]] int parameterIndex(const NameList &parameters, QStringView name);

// How many stars a function's parameter named `name` is written with: 1 for `*name`, 2 for
// `**name`, 0 for a plain parameter or none.
[[nodiscard]] int splatStars(const NameList &parameters, QStringView name);

// The stars a parameter's or an argument's text starts with: 2 for `**kw`, 1 for `*args` (or
// a bare `*`), 0 else. Read for every argument of every caller: no string comparison.
[[nodiscard]] inline int leadingStars(QStringView text)
{
    if (text.isEmpty() || text[0] != u'*')
        return 0;
    return text.size() > 1 && text[1] == u'*' ? 2 : 1;
}

// Whether a call's argument fills a parameter by position: a plain one (no `name=`) or a
// `*` splat.
[[nodiscard]] inline bool isPositional(QStringView argument)
{
    const int stars = leadingStars(argument);
    if (stars > 0)
        return stars == 1;
    return std::none_of(argument.begin(), argument.end(), [](QChar c) { return c == u'='; });
}

// The first name of a dotted one.
[[nodiscard]] QStringView topName(QStringView dotted);
// The first name of a chain, before any call or subscript.
[[nodiscard]] QStringView headName(QStringView chain);
// A parameter written with its stars stripped.
[[nodiscard]] QStringView bareParameter(QStringView p);
// "a" + "." + "b"; either alone when the other is empty.
[[nodiscard]] QString joined(QStringView a, QStringView b);
// `a.b.c`: a dotted chain of names, nothing else.
[[nodiscard]] bool isPlainChain(QStringView text);

// Whether a qualified builtin ("builtins.str") is a type whose call makes a value with methods
// of its own: str, bytes, int, float, list, dict, set, tuple and the like.
[[nodiscard]] bool isBuiltinValueType(QStringView qualified);

// Whether an attribute `name` of the builtin value type `qualified` ("builtins.str") is sure
// not to exist: false for a special name (`__len__`) and for any other type.
[[nodiscard]] bool builtinTypeLacks(QStringView qualified, QStringView name);

// A key for a value that is a node of one kind: (kind << 32 | id).
[[nodiscard]] inline quint64 valueKey(Value::Kind kind, int id)
{
    return (quint64(quint32(kind)) << 32) | quint32(id);
}

// Whether a binding is of an attribute of another object (`conf.hook = f`, named by its whole
// chain), not of a name.
[[nodiscard]] inline bool bindsObjectAttribute(const Binding &binding)
{
    return !binding.selfAttribute && binding.name->contains(QLatin1Char('.'));
}

// Whether a definition is a property's getter (`@property`, `@cached_property`).
[[nodiscard]] bool isProperty(const Definition &def);

// Whether a method is a classmethod (`@classmethod`): its first parameter is the class.
[[nodiscard]] inline bool isClassmethod(const Definition &def)
{
    return def.decorators.contains(u"classmethod");
}
// The methods of a property that make another from it: setter, getter, deleter.
[[nodiscard]] bool isPropertyMethod(QStringView name);

// Whether `name` is one of Python's builtin functions, classes or exceptions.
[[nodiscard]] bool isBuiltinName(QStringView name);

} // namespace headroom::detail
