// What an instance attribute holds on the instances of one subclass (part of CallResolver; see
// callresolver.h). A base's `__init__` that keeps a parameter (`self.value = value`) is run
// by the instantiations of every subclass inheriting it; read on an instance of one of them,
// the attribute holds only what that subclass's instantiations pass: Django's migration
// serializers each keep the value they serialize this way, and taking every serializer's
// values for each would join every serialize() to every value type.
#include "callresolver.h"

namespace headroom::detail {

// The sites of owner's attribute, each kept as the value it stores (combineSelfBindings()),
// except a site storing a parameter of the `__init__` as it is: that one holds what the calls
// running that `__init__` on an instance of the receiver (or of its subclasses) pass. Only
// an instance of a proper subclass is read so: an instance of the owner itself may be made
// by the owner's code for any of them. NotFound when no site is such a parameter, when an
// annotation decides (combineSelfBindings()) or when no call tells what the receiver's
// instantiations pass.
Value CallResolver::receiverAttribute(int receiver, int owner, Name name)
{
    if (receiver == owner)
        return {};
    return memoised(m_receiverAttributes, receiver, int(name.id()), [&]() -> Value {
        const SelfAttribute *attribute = selfAttribute(owner, name.str());
        if (!attribute)
            return {};
        const CallNode &cls = m_graph.node(owner);
        const FileFacts &facts = m_analysis.facts[std::size_t(cls.file)];
        const std::vector<int> sites = selfAttributeSites(owner, *attribute);
        bool read = false; // some site is such a parameter
        std::vector<Value> values;
        for (const int site : sites) {
            const Binding &b = facts.bindings[std::size_t(site)];
            if (b.kind == BindingKind::Annotated)
                return {};
            if (b.kind == BindingKind::NoneValue)
                continue;
            Value v;
            bool passedOn = false;
            const Definition &method = facts.definitions[std::size_t(b.scope)];
            const auto [lo, hi] = b.kind == BindingKind::Alias && method.name == u"__init__" &&
                                          method.parent == cls.definition &&
                                          !b.value.str().contains(QLatin1Char('.'))
                                      ? entriesNamed(cls.file, b.scope, b.value.str())
                                      : EntryRange{};
            const Binding *parameter = hi - lo == 1 && lo->what == Entry::Binding
                                           ? &facts.bindings[std::size_t(lo->index)]
                                           : nullptr;
            if (parameter && parameter->kind == BindingKind::Parameter &&
                parameter->value.isEmpty() && parameterIndex(method.parameters, b.value) > 0 &&
                splatStars(method.parameters, b.value) == 0) {
                // Unknown when no call tells: the receiver's instances are made elsewhere.
                const Value passed = callersValue(cls.file, b.scope, b.value, receiver);
                if (passed.kind != Value::Unknown) {
                    v = withDefault(cls.file, b.scope, *parameter, passed);
                    read = passedOn = true;
                }
            }
            if (!passedOn)
                v = entryValue(cls.file, b.scope, Entry::of(b, site));
            if (v.kind == Value::Neutral)
                continue; // left to a literal default (`delegate=None`), as `= None`
            if (v.kind != Value::Pending && !v.found())
                return Value::unknown();
            values.push_back(std::move(v));
        }
        if (!read)
            return {};
        return values.empty() ? Value::of(Value::Neutral, -1) : unite(values);
    });
}

} // namespace headroom::detail
