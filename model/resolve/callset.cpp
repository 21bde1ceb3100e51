// Sets of values for the call resolver: a name bound in two branches, a parameter two callers
// fill differently, a function with two returns. Sets are interned, so that equal sets are
// equal values and memos keep one copy.

#include "callresolver.h"

#include <algorithm>

namespace headroom::detail {

namespace {

// Past this many members a value says too little to be worth following.
constexpr std::size_t kMaxMembers = 16;

} // namespace

std::vector<Value> CallResolver::alternatives(const Value &value) const
{
    if (value.kind == Value::Set)
        return m_sets[std::size_t(value.id)];
    return {value};
}

// One value standing for all the found values given: itself when they are one, a Set when
// they are several, Unknown when none is found or they are too many.
Value CallResolver::unite(const std::vector<Value> &values)
{
    std::vector<Value> members;
    members.reserve(values.size());
    for (const Value &v : values) {
        if (v.kind == Value::Set) {
            const std::vector<Value> &inner = m_sets[std::size_t(v.id)];
            members.insert(members.end(), inner.begin(), inner.end());
        } else if (v.found()) {
            members.push_back(v);
        }
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    if (members.empty() || members.size() > kMaxMembers)
        return Value::unknown();
    if (members.size() == 1)
        return members.front();
    const auto it = m_setIds.find(members);
    if (it != m_setIds.end())
        return Value::of(Value::Set, it->second);
    const int id = int(m_sets.size());
    m_sets.push_back(members);
    m_setIds.emplace(std::move(members), id);
    return Value::of(Value::Set, id);
}

} // namespace headroom::detail
