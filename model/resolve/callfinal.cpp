// Values the resolver is asked for many times over, kept once final (part of CallResolver;
// see callresolver.h): a call's receiver and arguments, read for each parameter of the
// function it calls, and what a class gives for a name. Final means read from no memoised
// computation still in progress (see memoised()), not cut short by the depth bound, and
// reading nothing still being gathered outside the memos (m_partial); anything else is
// worked out again when asked again, as it would be without the keeping.

#include "callresolver.h"

#include <functional>

namespace headroom::detail {

template <typename F> Value CallResolver::finalOrNot(F &&compute, bool &final)
{
    const int outer = std::exchange(m_cycleLow, std::numeric_limits<int>::max());
    Value value;
    bool cut = false;
    {
        const CutWatch depth(m_cut);
        const CutWatch partial(m_partial);
        value = compute();
        cut = depth.cut() || partial.cut();
    }
    final = m_cycleLow == std::numeric_limits<int>::max() && !cut;
    m_cycleLow = std::min(outer, m_cycleLow);
    return value;
}

Value CallResolver::argumentValue(int file, const CallFact &call, QStringView text)
{
    // A kept text lives as long as the facts, so no other text can be where it is: looked up
    // by place, and kept only when it is part of the call's own (its callee or an argument).
    const ArgumentKey key{&call, text.data(), text.size()};
    if (const auto known = m_arguments.constFind(key); known != m_arguments.constEnd())
        return *known;
    bool final = false;
    const Value value = finalOrNot([&] { return computeArgumentValue(file, call, text); }, final);
    const std::less<const QChar *> before;
    const auto inside = [&](QStringView whole) {
        return !before(text.data(), whole.data()) &&
               !before(whole.data() + whole.size(), text.data() + text.size());
    };
    if (final &&
        (inside(call.callee) || std::any_of(call.arguments.begin(), call.arguments.end(), inside)))
        m_arguments.insert(key, value);
    return value;
}

Value CallResolver::classMember(int classNode, QStringView name, bool called, int after,
                                bool onClassObject)
{
    const std::optional<Name> known = knownName(name); // else no class body binds it
    if (!known)
        return computeClassMember(classNode, name, called, after, onClassObject, known);
    // Asked many times over (every parameter of a method reads its callers' receivers): kept
    // where final, as argumentValue() keeps arguments. Where the property getters read on
    // the way are to be noted, one that read some is worked out again.
    const MemberKey key{classNode, known->id(), after, called, onClassObject};
    const bool noting = m_propertyReads && m_depth == 1;
    if (const auto it = m_classMembers.constFind(key);
        it != m_classMembers.constEnd() && !(noting && it->readProperty))
        return it->value;
    const quint64 propertiesBefore = m_propertiesRead;
    bool final = false;
    const Value value = finalOrNot(
        [&] { return computeClassMember(classNode, name, called, after, onClassObject, known); },
        final);
    if (final)
        m_classMembers.insert(key, Member{value, m_propertiesRead != propertiesBefore});
    return value;
}

} // namespace headroom::detail
