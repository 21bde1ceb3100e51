#pragma once

// A value as the call graph's reading of names and expressions gives it (callresolver.h).

#include "name.h"

#include <cstdint>
#include <span>

namespace headroom::detail {

// The meaning of a name or an expression as far as the source tells.
struct Value
{
    enum Kind : std::uint8_t
    {
        NotFound,         // nothing binds it
        Pending,          // a value still being worked out in a cycle, nothing found yet:
                          // adds nothing where values are taken together
        Unknown,          // bound, but to something reading cannot pin down
        Neutral,          // only `= None`: says nothing either way
        Module,           // id: node of the import graph
        Function,         // id: call-graph node (function or method)
        Class,            // id: call-graph node
        Instance,         // id: call-graph node of its class
        Super,            // id: CallResolver::supers(), the class whose MRO is searched
                          // and the class after which it is
        External,         // name: "os.path", "requests.get"
        ExternalInstance, // name: its class, "requests.Session"
        Builtin,          // name: "builtins.len"
        Set,              // id: one of several found values, CallResolver::alternatives()
        Container,        // id: a list, tuple, set or dict display, by where it is bound
                          // (also `*args`, `**kwargs`, a generator's iterator); name: the
                          // builtin type of a copy (`set(xs)`), "" for the display's own
        GlobalName,       // declared global in the scope (never leaves the name lookup)
        NonlocalName,     // declared nonlocal in the scope (never leaves the name lookup)
    };
    Kind kind = NotFound;
    int id = -1;
    Name name; // held once in the process's table: values are copied and compared often

    [[nodiscard]] bool found() const { return kind > Neutral; }
    friend bool operator==(const Value &, const Value &) = default;

    static Value unknown() { return {Unknown, -1, {}}; }
    static Value pending() { return {Pending, -1, {}}; }
    static Value of(Kind kind, int id) { return {kind, id, {}}; }
    static Value named(Kind kind, Name name) { return {kind, -1, name}; }
    // Ordered by kind, id, then name by its text (not its id: the order of a Set's members
    // does not depend on which name the table happened to hold first).
    friend bool operator<(const Value &a, const Value &b)
    {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.id != b.id)
            return a.id < b.id;
        return a.name != b.name && a.name.str() < b.name.str();
    }
};

// The values a value may be (CallResolver::alternatives()): a Set's members, read in place
// (they never move once made), or one value held here; taking it allocates nothing.
class Alternatives
{
public:
    Alternatives(const Value &one) : m_one(one) {}
    Alternatives(std::span<const Value> set) : m_set(set), m_isSet(true) {}
    [[nodiscard]] const Value *begin() const { return m_isSet ? m_set.data() : &m_one; }
    [[nodiscard]] const Value *end() const { return begin() + size(); }
    [[nodiscard]] std::size_t size() const { return m_isSet ? m_set.size() : 1; }
    [[nodiscard]] bool empty() const { return size() == 0; }
    [[nodiscard]] const Value &operator[](std::size_t i) const { return begin()[i]; }
    [[nodiscard]] const Value &front() const { return *begin(); }

private:
    Value m_one;
    std::span<const Value> m_set;
    bool m_isSet = false;
};

} // namespace headroom::detail
