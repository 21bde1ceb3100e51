// Classes for the call resolver: bases, C3 method resolution order, `super()`, members, the
// types of self attributes, and attributes stored on objects (part of CallResolver, see
// callresolver.h).

#include "callresolver.h"

#include <QLatin1String>

#include <algorithm>

namespace headroom::detail {

namespace {

// A class with more subclasses than this says too little about what its instances are.
constexpr std::size_t kMaxSubclasses = 64;

// Bases every class has or that add no methods of their own to look for: `object` is
// implicit, typing's generics are markers.
bool isTransparentBase(const Value &base)
{
    if (base.kind == Value::Builtin)
        return base.name == QLatin1String("builtins.object");
    if (base.kind == Value::External)
        return base.name->startsWith(QLatin1String("typing.")) ||
               base.name->startsWith(QLatin1String("typing_extensions."));
    return false;
}

// What object itself answers when a lookup finds nothing else.
bool isObjectMethod(QStringView name)
{
    static const char *const names[] = {
        "__init__",    "__new__",          "__init_subclass__", "__setattr__",   "__getattribute__",
        "__delattr__", "__repr__",         "__str__",           "__format__",    "__hash__",
        "__eq__",      "__ne__",           "__reduce__",        "__reduce_ex__", "__dir__",
        "__sizeof__",  "__subclasshook__", "__getstate__",
    };
    return std::any_of(std::begin(names), std::end(names),
                       [name](const char *n) { return name == QLatin1String(n); });
}

// C3 merge of the bases' orders; false when they admit no consistent order.
bool mergeC3(std::vector<std::vector<Value>> seqs, std::vector<Value> &out)
{
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(),
                                  [](const std::vector<Value> &s) { return s.empty(); }),
                   seqs.end());
        if (seqs.empty())
            return true;
        const Value *pick = nullptr;
        for (const std::vector<Value> &candidate : seqs) {
            const Value &head = candidate.front();
            const bool inTail = std::any_of(seqs.begin(), seqs.end(), [&](const auto &s) {
                return std::find(s.begin() + 1, s.end(), head) != s.end();
            });
            if (!inTail) {
                pick = &head;
                break;
            }
        }
        if (!pick)
            return false;
        const Value chosen = *pick;
        out.push_back(chosen);
        for (std::vector<Value> &s : seqs) {
            if (s.front() == chosen)
                s.erase(s.begin());
        }
    }
}

} // namespace

bool isProperty(const Definition &def)
{
    return std::any_of(def.decorators.begin(), def.decorators.end(), [](const QString &d) {
        return d == QLatin1String("property") || d.endsWith(QLatin1String("cached_property"));
    });
}

bool isPropertyMethod(QStringView name)
{
    return name == QLatin1String("setter") || name == QLatin1String("getter") ||
           name == QLatin1String("deleter");
}

const std::vector<Value> &CallResolver::bases(int classNode)
{
    const std::size_t n = classSlot(classNode);
    if (m_basesState[n] != Memo::Todo) {
        m_partial = m_partial || m_basesState[n] == Memo::Busy;
        return m_bases[n]; // a class among its own bases sees those read so far
    }
    m_basesState[n] = Memo::Busy;
    const CutWatch watch(m_cut);
    const CallNode &node = m_graph.node(classNode);
    const Definition &def = definitionOf(classNode);
    std::vector<Value> result;
    for (const QString &text : def.bases) {
        QStringView t(text);
        const qsizetype open = t.indexOf(QLatin1Char('['));
        if (open > 0)
            t = t.left(open); // Generic[T], Base[int]
        Value v = evaluate(node.file, def.parent, t.trimmed(), false);
        const bool isClass =
            v.kind == Value::Class || v.kind == Value::External || v.kind == Value::Builtin;
        result.push_back(isClass && v.id != classNode ? std::move(v) : Value::unknown());
    }
    m_bases[n] = std::move(result);
    m_basesState[n] = watch.cut() ? Memo::Todo : Memo::Done; // read again where it is not cut
    return m_bases[n];
}

// The class, then its bases in C3 order. External and builtin bases stand for themselves
// (their own bases are not read); an unreadable base is an Unknown entry where lookups stop.
const std::vector<Value> &CallResolver::mro(int classNode)
{
    const std::size_t n = classSlot(classNode);
    if (m_mroState[n] != Memo::Todo) {
        m_partial = m_partial || m_mroState[n] == Memo::Busy;
        return m_mros[n];
    }
    m_mroState[n] = Memo::Busy;
    const CutWatch watch(m_cut);
    m_mros[n] = {Value::of(Value::Class, classNode)}; // what a cycle of bases sees
    std::vector<Value> direct;
    for (const Value &base : bases(classNode)) {
        if (!isTransparentBase(base))
            direct.push_back(base);
    }
    std::vector<std::vector<Value>> seqs;
    for (const Value &base : direct) {
        if (base.kind == Value::Class)
            seqs.push_back(mro(base.id));
        else
            seqs.push_back({base});
    }
    seqs.push_back(direct);
    std::vector<Value> order{Value::of(Value::Class, classNode)};
    if (!mergeC3(seqs, order)) {
        // No consistent order (Python would refuse the class): depth first, left to right.
        order.resize(1);
        for (const std::vector<Value> &s : seqs) {
            for (const Value &v : s) {
                if (std::find(order.begin(), order.end(), v) == order.end())
                    order.push_back(v);
            }
        }
    }
    m_mros[n] = std::move(order);
    m_mroState[n] = watch.cut() ? Memo::Todo : Memo::Done;
    return m_mros[n];
}

bool CallResolver::inMro(int classNode, int base)
{
    const std::vector<Value> &order = mro(classNode);
    return std::any_of(order.begin(), order.end(),
                       [base](const Value &v) { return v.kind == Value::Class && v.id == base; });
}

bool CallResolver::isMetaclass(int classNode)
{
    const std::vector<Value> &order = mro(classNode);
    return std::any_of(order.begin(), order.end(), [](const Value &v) {
        return v.kind == Value::Builtin && v.name == QLatin1String("builtins.type");
    });
}

// The first class in the MRO (after `after`, for super()) that binds `name` in its body or
// on its instances decides; both at once (an instance attribute hiding a method) say
// nothing certain unless they agree. An external base answers for any name that is called; an
// unreadable one stops the search. NotFound when no class has it.
Value CallResolver::computeClassMember(int classNode, QStringView name, bool called, int after,
                                       bool onClassObject, std::optional<Name> known)
{
    // What reading the property (getter) `v` gives, its getter noted as called.
    const auto readProperty = [&](const Value &v) {
        ++m_propertiesRead;
        if (m_propertyReads && m_depth == 1) // read by the expression itself
            m_propertyReads->push_back(v.id);
        return callResult(v);
    };
    const std::vector<Value> &order = mro(classNode);
    bool skipping = after >= 0;
    std::size_t from = 0; // the first class searched
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Value &entry = order[i];
        if (skipping) {
            skipping = !(entry.kind == Value::Class && entry.id == after);
            from = i + 1;
            continue;
        }
        if (entry.kind == Value::External || entry.kind == Value::Builtin) {
            if (!called)
                return Value::unknown();
            return Value::named(entry.kind, joined(entry.name, name));
        }
        if (entry.kind != Value::Class)
            return Value::unknown();
        const CallNode &cls = m_graph.node(entry.id);
        Value onClass = known ? scopeValue(cls.file, cls.definition, *known) : Value{};
        if (onClass.kind != Value::NotFound && onClass.kind != Value::Function &&
            onClass.kind != Value::Class && isEnumMember(entry.id, *known))
            return Value::of(Value::Instance, entry.id); // `Color.RED`
        if (onClass.kind != Value::NotFound && onClass.kind != Value::Function && !onClassObject) {
            // A dataclass's field holds what the instantiations of the instance's class pass.
            const Value passed = dataclassField(classNode, *known);
            if (passed.found())
                onClass = onClass.found() ? unite({onClass, passed}) : passed;
        }
        if (onClass.kind == Value::Function && !onClassObject &&
            isProperty(definitionOf(onClass.id))) {
            // A property (not a cached one) comes before the instance's own attributes:
            // `self.x = v` calls its setter.
            const bool data = definitionOf(onClass.id).decorators.contains(u"property");
            onClass = readProperty(onClass);
            if (data)
                return onClass.found() ? onClass : Value::unknown();
        }
        Value onInstance = selfAttributeType(entry.id, name);
        if (onInstance.kind != Value::NotFound && entry.id != classNode && after < 0) {
            // On a subclass's instance, what its own instantiations pass.
            Value own = receiverAttribute(classNode, entry.id, *known);
            if (own.kind != Value::NotFound)
                onInstance = std::move(own);
        }
        if (onInstance.kind != Value::NotFound) {
            if (onClass.kind == Value::NotFound && known && isPropertyName(*known)) {
                // A property of a base class still comes first (`self.data = v` in a
                // subclass sets it).
                for (std::size_t j = i + 1; j < order.size() && order[j].kind == Value::Class;
                     ++j) {
                    const CallNode &base = m_graph.node(order[j].id);
                    const Value v = scopeValue(base.file, base.definition, *known);
                    if (v.kind == Value::NotFound)
                        continue;
                    if (v.kind == Value::Function &&
                        definitionOf(v.id).decorators.contains(u"property")) {
                        const Value read = readProperty(v);
                        return read.found() ? read : Value::unknown();
                    }
                    break;
                }
            }
            if (onInstance.kind == Value::Neutral &&
                (onClass.kind == Value::NotFound || onClass.kind == Value::Neutral)) {
                // Only `self.hook = None` in the methods, set from outside (`c.hook = f`).
                const Value stored = objectStored(Value::Class, entry.id, name);
                if (stored.found())
                    return stored;
            }
            if (onClass.kind == Value::NotFound || onClass.kind == Value::Neutral)
                return onInstance;
            // A cached property that methods also assign: fine when both agree.
            return onClass == onInstance ? onInstance : Value::unknown();
        }
        if (onClass.kind == Value::NotFound)
            continue;
        if (onClass.kind == Value::Neutral) {
            // `hook = None` in the class body, set from outside (`conf.hook = f`).
            const Value stored = objectStored(Value::Class, entry.id, name);
            if (stored.found())
                return stored;
        }
        return onClass.found() ? onClass : Value::unknown();
    }
    if (skipping)
        return Value::unknown(); // `after` is not in the order read: nothing certain
    // Only where no class binds the name: what code outside stores on instances of one (read
    // for every instance of it: a test's `loop.call_soon = fake` would otherwise replace a
    // method for all the library's loops).
    for (std::size_t i = from; i < order.size(); ++i) {
        if (order[i].kind != Value::Class)
            continue;
        const Value stored = objectStored(Value::Class, order[i].id, name);
        if (stored.kind != Value::NotFound)
            return stored.found() ? stored : Value::unknown();
    }
    if (called && isObjectMethod(name))
        return Value::named(Value::Builtin, joined(u"builtins.object", name));
    return {};
}

// Whether some class of the project has a property (`@property`) of that name.
bool CallResolver::isPropertyName(Name name)
{
    if (!m_propertyNamesIndexed) {
        m_propertyNamesIndexed = true;
        for (const FileFacts &facts : m_analysis.facts)
            for (const Definition &def : facts.definitions)
                if (def.kind == DefKind::Method && def.decorators.contains(u"property"))
                    m_propertyNames.insert(def.name);
    }
    return m_propertyNames.contains(name);
}

// The setter of the property `name` that instances of the class have (`@name.setter` in the
// first class of the MRO whose body binds name), -1 when there is none or it cannot be told.
int CallResolver::propertySetter(int classNode, QStringView name)
{
    const QString setter = name.toString() + QLatin1String(".setter");
    for (const Value &entry : mro(classNode)) {
        if (entry.kind != Value::Class)
            return -1;
        const CallNode &cls = m_graph.node(entry.id);
        const std::vector<Definition> &defs = m_analysis.facts[std::size_t(cls.file)].definitions;
        int found = -1;
        bool binds = false;
        for (int d = cls.definition + 1; d < int(defs.size()); ++d) {
            const Definition &def = defs[std::size_t(d)];
            if (def.parent != cls.definition || def.name != name)
                continue;
            binds = true;
            found = def.decorators.contains(setter) ? nodeOf(cls.file, d) : -1;
        }
        if (binds)
            return found;
    }
    return -1;
}

const std::vector<int> &CallResolver::directSubclasses(int classNode)
{
    if (!m_subclassesIndexed) {
        m_subclassesIndexed = true;
        m_subclasses.resize(std::size_t(m_classCount) + 1);
        for (int n = 0; n < int(m_graph.nodes.size()); ++n) {
            if (m_graph.node(n).kind != CallNodeKind::Class)
                continue;
            for (const Value &base : bases(n)) {
                if (base.kind == Value::Class)
                    m_subclasses[classSlot(base.id)].push_back(n);
            }
        }
    }
    return m_subclasses[classSlot(classNode)];
}

bool CallResolver::forEachSubclass(int classNode, const std::function<Walk(int)> &visit)
{
    std::vector<int> todo = directSubclasses(classNode);
    std::vector<int> seen;
    while (!todo.empty()) {
        const int sub = todo.back();
        todo.pop_back();
        if (std::find(seen.begin(), seen.end(), sub) != seen.end())
            continue;
        if (seen.size() == kMaxSubclasses)
            return false; // a hierarchy this wide says too little
        seen.push_back(sub);
        const Walk next = visit(sub);
        if (next == Walk::Stop)
            return false;
        if (next == Walk::Descend) {
            const std::vector<int> &more = directSubclasses(sub);
            todo.insert(todo.end(), more.begin(), more.end());
        }
    }
    return true;
}

Value CallResolver::subclassMember(int classNode, QStringView name)
{
    // Each subclass's own or inherited definition; its subclasses may override it again.
    std::vector<Value> found;
    const bool whole = forEachSubclass(classNode, [&](int sub) {
        const Value v = classMember(sub, name, true);
        if (v.kind == Value::NotFound)
            return Walk::Descend;
        if (v.kind != Value::Pending && !v.found())
            return Walk::Stop;
        found.push_back(v);
        return Walk::Descend;
    });
    if (!whole)
        return Value::unknown();
    return found.empty() ? Value{} : unite(found);
}

Value CallResolver::onReceiver(const Value &result, const Value &method, const Value &receiver)
{
    if ((receiver.kind != Value::Instance && receiver.kind != Value::Class) ||
        method.kind != Value::Function)
        return result;
    const CallNode &node = m_graph.node(method.id);
    if (node.kind != CallNodeKind::Method || node.parent == receiver.id || node.definition < 0 ||
        !inMro(receiver.id, node.parent))
        return result;
    const Definition &def = definitionOf(method.id);
    const QString &self = def.selfName;
    if (self.isEmpty() || def.returnsOther || def.generator || !def.returns.isEmpty() ||
        !def.returnDisplays.isEmpty())
        return result;
    // Read on the class itself, only a classmethod's first parameter is that class (a plain
    // method's self is whatever the call passes first).
    if (receiver.kind == Value::Class && !isClassmethod(def))
        return result;
    // `return self` / `return cls` give the receiver; `return cls(...)` an instance of it.
    const bool gives =
        def.returnNames.size() == 1 && def.returnNames.front() == self && def.returnCalls.isEmpty();
    const bool makes = def.returnCalls.size() == 1 && def.returnCalls.front() == self &&
                       def.returnNames.isEmpty() && receiver.kind == Value::Class;
    if (!gives && !makes)
        return result;
    return mapped(result, [&](Value v) {
        if (v.id == node.parent && (v.kind == Value::Instance || v.kind == Value::Class))
            return Value::of(makes ? Value::Instance : v.kind, receiver.id);
        return v;
    });
}

Value CallResolver::classmethodsOf(const Value &value)
{
    std::vector<Value> found;
    for (const Value &v : alternatives(value)) {
        if (v.kind == Value::Function && m_graph.node(v.id).definition >= 0 &&
            isClassmethod(definitionOf(v.id)))
            found.push_back(v);
    }
    return found.empty() ? Value{} : unite(found);
}

// The type `self.name` holds in instances of a class, from what its methods assign.
CallResolver::SelfAttribute *CallResolver::selfAttribute(int classNode, QStringView name)
{
    const std::size_t n = classSlot(classNode);
    const CallNode &cls = m_graph.node(classNode);
    if (m_attributeState[n] == Memo::Todo) {
        m_attributeState[n] = Memo::Done;
        const FileIndex &index = m_files[std::size_t(cls.file)];
        const auto [lo, hi] =
            std::equal_range(index.selfClass.begin(), index.selfClass.end(), cls.definition);
        const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(cls.file)].bindings;
        m_attributes[n] = std::make_unique<ClassAttributes>();
        ClassAttributes &attributes = *m_attributes[n];
        attributes.sites.reserve(std::size_t(hi - lo));
        for (auto it = lo; it != hi; ++it)
            attributes.sites.push_back(
                index.selfAttributes[std::size_t(it - index.selfClass.begin())]);
        // Grouped by name, each name's bindings in their order.
        const auto nameOf = [&](int b) { return QStringView(bindings[std::size_t(b)].name); };
        std::stable_sort(attributes.sites.begin(), attributes.sites.end(),
                         [&](int x, int y) { return shortlexLess(nameOf(x), nameOf(y)); });
        for (std::size_t i = 0; i < attributes.sites.size();) {
            const Name name = bindings[std::size_t(attributes.sites[i])].name;
            std::size_t j = i + 1;
            while (j < attributes.sites.size() &&
                   bindings[std::size_t(attributes.sites[j])].name == name)
                ++j;
            attributes.names.push_back(SelfAttribute{name, int(i), int(j), {}});
            i = j;
        }
        attributes.names.shrink_to_fit();
    }
    // Never grows once filled: the entry stays where it is while its value is computed.
    ClassAttributes &filled = *m_attributes[n];
    std::vector<SelfAttribute> &names = filled.names;
    const auto it = std::lower_bound(
        names.begin(), names.end(), name,
        [](const SelfAttribute &a, QStringView key) { return shortlexLess(a.name, key); });
    return it == names.end() || !sameText(it->name, name) ? nullptr : &*it;
}

// The sites of a class's self attribute, in their order (copied: reading a value may fill
// other classes' attributes).
std::vector<int> CallResolver::selfAttributeSites(int classNode, const SelfAttribute &attribute)
{
    const std::vector<int> &all = m_attributes[classSlot(classNode)]->sites;
    return {all.begin() + attribute.begin, all.begin() + attribute.end};
}

Value CallResolver::selfAttributeType(int classNode, QStringView name)
{
    SelfAttribute *attribute = selfAttribute(classNode, name);
    if (!attribute)
        return {};
    return memoised([&]() -> ValueMemo & { return attribute->memo; },
                    [&] {
                        return combineSelfBindings(m_graph.node(classNode).file,
                                                   selfAttributeSites(classNode, *attribute));
                    });
}

// Annotated sites decide when there are any; otherwise what every site gives, taken together
// (`= A()`, `= self.on_done`), `= None` sites aside; Unknown when any gives something else,
// Neutral when every site is `= None`.
Value CallResolver::combineSelfBindings(int file, const std::vector<int> &sites)
{
    const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(file)].bindings;
    const bool annotated = std::any_of(sites.begin(), sites.end(), [&](int b) {
        return bindings[std::size_t(b)].kind == BindingKind::Annotated;
    });
    std::vector<Value> values;
    for (const int b : sites) {
        const Binding &binding = bindings[std::size_t(b)];
        Value v;
        if (annotated) {
            if (binding.kind != BindingKind::Annotated)
                continue;
            v = typeValue(file, binding.scope, binding.value);
        } else if (binding.kind == BindingKind::NoneValue) {
            continue;
        } else {
            v = entryValue(file, binding.scope, Entry::of(binding, b));
        }
        if (v.kind != Value::Pending && !v.found())
            return Value::unknown();
        values.push_back(std::move(v));
    }
    if (values.empty() && !sites.empty() && !annotated)
        return Value::of(Value::Neutral, -1);
    return unite(values);
}

// The stores of each attribute name are read once, on its first lookup: each store's object
// is evaluated where the store is written and the store filed under the class or module it
// is; what the stores under one of those give is then memoised.
Value CallResolver::objectStored(Value::Kind kind, int id, QStringView name)
{
    if (!m_objectStoresIndexed) {
        m_objectStoresIndexed = true;
        for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
            const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(f)].bindings;
            for (int b = 0; b < int(bindings.size()); ++b) {
                const Binding &binding = bindings[std::size_t(b)];
                if (!bindsObjectAttribute(binding))
                    continue;
                const QStringView attribute = lastName(binding.name);
                auto it = m_objectStoreIds.find(attribute);
                if (it == m_objectStoreIds.end()) {
                    it = m_objectStoreIds.insert(attribute, int(m_objectStores.size()));
                    m_objectStores.emplace_back();
                }
                m_objectStores[std::size_t(*it)].sites.emplace_back(f, b);
            }
        }
    }
    const auto found = m_objectStoreIds.constFind(name);
    if (found == m_objectStoreIds.constEnd())
        return {};
    const std::size_t n = std::size_t(*found);
    if (m_objectStores[n].building) {
        m_partial = true;
        return Value::unknown(); // asked while its objects are read: nothing certain
    }
    if (!m_objectStores[n].built) {
        m_objectStores[n].building = true;
        const std::vector<std::pair<int, int>> sites = m_objectStores[n].sites;
        for (const auto &[file, b] : sites) {
            const Binding &binding = m_analysis.facts[std::size_t(file)].bindings[std::size_t(b)];
            const QStringView chain(binding.name);
            const QStringView object = chain.first(chain.size() - lastName(chain).size() - 1);
            const Value v = evaluate(file, binding.scope, object, false, binding.line);
            for (const Value &member : alternatives(v)) {
                const bool ofClass = member.kind == Value::Class || member.kind == Value::Instance;
                if (!ofClass && member.kind != Value::Module)
                    continue;
                const quint64 key = valueKey(ofClass ? Value::Class : Value::Module, member.id);
                m_objectStores[n].byObject[key].emplace_back(file, b);
            }
        }
        m_objectStores[n].building = false;
        m_objectStores[n].built = true;
    }
    const quint64 key = valueKey(kind, id);
    if (!m_objectStores[n].byObject.contains(key))
        return {};
    return memoised([&]() -> ValueMemo & { return m_objectStores[n].values[key]; },
                    [&] {
                        std::vector<Value> values;
                        const std::vector<std::pair<int, int>> sites =
                            m_objectStores[n].byObject.value(key);
                        for (const auto &[file, b] : sites) {
                            const std::vector<Binding> &bindings =
                                m_analysis.facts[std::size_t(file)].bindings;
                            if (bindings[std::size_t(b)].kind == BindingKind::NoneValue)
                                continue;
                            Value v = combineSelfBindings(file, {b});
                            if (v.kind != Value::Pending && !v.found())
                                return Value::unknown();
                            values.push_back(std::move(v));
                        }
                        return values.empty() ? Value{} : unite(values);
                    });
}

// `f.helper = g` where f names a function the file defines in that scope or at module level:
// filed under the function's node without evaluating anything (an evaluation here, at any
// function attribute's lookup, would read values still being worked out).
Value CallResolver::functionStored(int functionNode, QStringView name)
{
    if (!m_functionStoresIndexed) {
        m_functionStoresIndexed = true;
        for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
            const FileFacts &facts = m_analysis.facts[std::size_t(f)];
            for (int b = 0; b < int(facts.bindings.size()); ++b) {
                const Binding &binding = facts.bindings[std::size_t(b)];
                const QStringView chain(binding.name);
                const qsizetype dot = chain.indexOf(QLatin1Char('.'));
                if (!bindsObjectAttribute(binding) || dot != chain.lastIndexOf(QLatin1Char('.')))
                    continue;
                const QStringView head = chain.left(dot);
                for (const int scope : {binding.scope, -1}) {
                    const auto [lo, hi] = entriesNamed(f, scope, head);
                    const auto def = std::find_if(lo, hi, [&facts](const Entry &e) {
                        return e.what == Entry::Definition &&
                               facts.definitions[std::size_t(e.index)].kind != DefKind::Class;
                    });
                    if (def != hi) {
                        m_functionStores[{nodeOf(f, def->index), chain.mid(dot + 1)}].emplace_back(
                            f, b);
                        break;
                    }
                    if (lo != hi || scope < 0)
                        break; // bound otherwise in its own scope: not the function's name
                }
            }
        }
    }
    const auto found = m_functionStores.constFind({functionNode, name});
    if (found == m_functionStores.constEnd())
        return {};
    std::vector<Value> values;
    for (const auto &[file, b] : *found) {
        Value v = combineSelfBindings(file, {b});
        if (v.kind != Value::Pending && !v.found())
            return Value::unknown();
        values.push_back(std::move(v));
    }
    return unite(values);
}

// Whether looking `name` up on the value is sure to fail: an instance of a builtin value type
// without that attribute, or of a project class whose whole MRO is read and that neither binds
// the name (on the class or on self, nor in a subclass) nor answers names it lacks
// (`__getattr__`).
bool CallResolver::lacks(const Value &value, QStringView name)
{
    if (value.kind == Value::ExternalInstance)
        return builtinTypeLacks(value.name, name);
    if (value.kind == Value::Builtin) // the class itself: type's `mro()` too
        return name != QLatin1String("mro") && builtinTypeLacks(value.name, name);
    if (value.kind != Value::Instance)
        return false;
    return classMember(value.id, name, true).kind == Value::NotFound &&
           subclassMember(value.id, name).kind == Value::NotFound &&
           classMember(value.id, u"__getattr__", false).kind == Value::NotFound &&
           classMember(value.id, u"__getattribute__", false).kind == Value::NotFound;
}

// What `chain` (`c.h`, `mod.f`, `self.h`) holds on `line` of a scope that stored it there
// before (`c.h = f`), read as a name's bindings are (scopeValue()), unless the chain's
// objects are bound again in between (the store was on another object) or the attribute is a
// property (its setter decides). Where a store that always runs (or whose block holds the use)
// decides it, the store replaces what the object had (a strong update); stores in branches
// are only what it may hold.
CallResolver::StoredBefore CallResolver::attributeStoredBefore(int file, int scope,
                                                               QStringView chain, int line)
{
    const FileIndex &index = m_files[std::size_t(file)];
    const std::vector<Definition> &definitions = m_analysis.facts[std::size_t(file)].definitions;
    const qsizetype firstDot = findChar(chain, u'.');
    int method = -1;
    bool self = false; // `self.h`: among the self attributes the scope binds
    if (firstDot > 0 && std::find(chain.begin() + firstDot + 1, chain.end(), u'.') == chain.end() &&
        !index.selfAttributes.empty()) {
        method = methodOf(file, scope);
        self = method >= 0 && definitions[std::size_t(method)].selfName == chain.left(firstDot);
    }
    if (!self && !std::binary_search(index.attributeStoreScopes.begin(),
                                     index.attributeStoreScopes.end(), scope))
        return {}; // most scopes store none: no name to look up
    const std::optional<Name> name = knownName(self ? chain.mid(firstDot + 1) : chain);
    if (!name)
        return {};
    EntryRange range;
    std::vector<Entry> own; // self: the scope's stores of the attribute, in the order they bind
    if (self) {
        // Picked from the self attributes of the method's class (a few per class; an index of
        // them all by scope would cost memory at every size).
        const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(file)].bindings;
        const auto [clo, chi] = std::equal_range(index.selfClass.begin(), index.selfClass.end(),
                                                 definitions[std::size_t(method)].parent);
        for (auto it = clo; it != chi; ++it) {
            const int b = index.selfAttributes[std::size_t(it - index.selfClass.begin())];
            const Binding &binding = bindings[std::size_t(b)];
            if (binding.scope == scope && binding.name == *name)
                own.push_back(Entry::of(binding, b));
        }
        std::sort(own.begin(), own.end(), [](const Entry &a, const Entry &b) {
            return std::tie(a.line, a.index) < std::tie(b.line, b.index);
        });
        range = {own.cbegin(), own.cend()};
    } else {
        range = entriesNamed(file, scope, *name);
    }
    const auto [lo, hi] = range;
    if (lo == hi || lo->line >= line)
        return {};
    // Looked up, never added: a name no fact holds is no property's.
    if (const std::optional<Name> attribute = self ? name : knownName(lastName(chain));
        attribute && isPropertyName(*attribute))
        return {};
    auto decided = hi;
    for (auto it = hi; it != lo;) {
        --it;
        if (it->line < line && it->decides(line)) {
            decided = it;
            break;
        }
    }
    const int from = decided != hi ? decided->line : lo->line;
    for (qsizetype dot = firstDot; dot > 0; dot = chain.indexOf(QLatin1Char('.'), dot + 1)) {
        const auto [plo, phi] = entriesNamed(file, scope, chain.left(dot));
        if (std::any_of(plo, phi, [&](const Entry &e) {
                return e.what == Entry::Rebound || (e.line >= from && e.line < line);
            }))
            return {};
    }
    const Value v = entriesValue(file, scope, *name, lo, hi, line);
    // What reading cannot type on self leaves the class's reading of the attribute (an
    // annotation in its body may tell); on another object it is what the attribute holds.
    if (v.kind == Value::Neutral || v.kind == Value::NotFound ||
        (self && !v.found() && v.kind != Value::Pending))
        return {};
    return {v, decided != hi};
}

// The classes `super(Base, obj)` names, written on `line` of the scope: Base, and the class
// of obj (an instance or a class) or -1; (-1, -1) for `super()` or when that cannot be told.
std::pair<int, int> CallResolver::superArguments(int file, int scope, int line)
{
    if (line == kEnd)
        return {-1, -1};
    std::pair<int, int> named{-1, -1};
    for (const CallFact *call : callsAt(file, scope, line, u"super")) {
        if (call->arguments.size() != 2 || call->arguments.front().isEmpty())
            continue;
        const Value v = evaluate(file, scope, call->arguments.front(), false, line);
        const Value of = call->arguments.back().isEmpty()
                             ? Value{}
                             : evaluate(file, scope, call->arguments.back(), false, line);
        const int instance = of.kind == Value::Instance || of.kind == Value::Class ? of.id : -1;
        if (v.kind != Value::Class ||
            (named.first >= 0 && (named.first != v.id || named.second != instance)))
            return {-1, -1}; // two different ones on the line: which is this?
        named = {v.id, instance};
    }
    return named;
}

int CallResolver::superBase(int file, int scope, int line, int methodClass, int instanceClass)
{
    const auto [named, instance] = superArguments(file, scope, line);
    if (named < 0)
        return methodClass;
    // The second argument must be self (an instance of the method's class as reading sees it).
    return (instance < 0 || instance == methodClass) && inMro(instanceClass, named) ? named : -1;
}

Value CallResolver::superValue(int mroClass, int after)
{
    const quint64 key = (quint64(quint32(mroClass)) << 32) | quint32(after);
    auto it = m_superIds.constFind(key);
    if (it == m_superIds.constEnd()) {
        it = m_superIds.insert(key, int(m_supers.size()));
        m_supers.emplace_back(mroClass, after);
    }
    return Value::of(Value::Super, *it);
}

} // namespace headroom::detail
