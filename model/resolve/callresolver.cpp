#include "callresolver.h"

#include <QVarLengthArray>

#include <QLatin1String>

#include <algorithm>
#include <string_view>
#include <tuple>

namespace headroom::detail {

namespace {

// Deeper nesting of evaluations (a typed name whose type names a function whose return
// names...) gives Unknown: keeps pathological code linear and breaks cycles of any kind.
// What is read where the bound cut an evaluation is not memoised. The bound must leave room
// for real chains: since cycles are solved to a fixpoint (values in progress no longer stop
// a reading short), chains through parameters run long: 128 cut 18,000 evaluations of the
// standard library, 256 under a thousand, whose cut readings then differed with the order of
// evaluation (and were read again and again, unmemoised); at 1,024 the standard library
// reads as at 4,096. About a kilobyte of stack each: where the calling thread's stack is
// short of that, buildCallGraph() gives the builder a thread with room for it.
constexpr int kMaxDepth = 1024;

struct DepthGuard
{
    int &depth;
    explicit DepthGuard(int &d) : depth(++d) {}
    ~DepthGuard() { --depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;
    [[nodiscard]] bool tooDeep() const { return depth > kMaxDepth; }
};

// Generic containers from typing say nothing about which methods a value has.
bool isTypingName(QStringView name)
{
    return name.startsWith(QLatin1String("typing.")) ||
           name.startsWith(QLatin1String("typing_extensions.")) ||
           name.startsWith(QLatin1String("collections.abc."));
}

// `Optional[T]`, `T | None`, `"T"` -> `T`; anything else is left as written.
QStringView unwrapOptional(QStringView t)
{
    for (int guard = 0; guard < 8; ++guard) {
        t = t.trimmed();
        if (t.size() >= 2 && (t.front() == QLatin1Char('"') || t.front() == QLatin1Char('\'')) &&
            t.back() == t.front()) {
            t = t.mid(1, t.size() - 2);
            continue;
        }
        const qsizetype open = t.indexOf(QLatin1Char('['));
        if (open > 0 && t.endsWith(QLatin1Char(']'))) {
            const QStringView head = t.left(open).trimmed();
            if (head == QLatin1String("Optional") || head.endsWith(QLatin1String(".Optional"))) {
                t = t.mid(open + 1, t.size() - open - 2);
                continue;
            }
        }
        if (t.contains(QLatin1Char('|')) && !t.contains(QLatin1Char('['))) {
            QStringView kept;
            int count = 0;
            for (QStringView part : t.split(QLatin1Char('|'))) {
                part = part.trimmed();
                if (part != QLatin1String("None")) {
                    kept = part;
                    ++count;
                }
            }
            if (count != 1)
                return {};
            t = kept;
            continue;
        }
        break;
    }
    return t;
}

// The order of a file's entries: by scope, then by name (by the name's id: only lookups read
// the order, and they look names up by id).
bool entryLess(int scopeA, Name nameA, int scopeB, Name nameB)
{
    return scopeA != scopeB ? scopeA < scopeB : nameA.id() < nameB.id();
}

} // namespace

bool isPlainChain(QStringView text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.')))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar ch) {
        return ch.isLetterOrNumber() || ch == QLatin1Char('_') || ch == QLatin1Char('.');
    });
}

int splatStars(const NameList &parameters, QStringView name)
{
    for (const QString &p : parameters) {
        const int stars = leadingStars(p);
        if (stars > 0 && QStringView(p).mid(stars) == name)
            return stars;
    }
    return 0;
}

QStringView topName(QStringView dotted)
{
    const qsizetype dot = dotted.indexOf(QLatin1Char('.'));
    return dot < 0 ? dotted : dotted.left(dot);
}

QStringView headName(QStringView chain)
{
    QStringView head = topName(chain);
    for (const QChar op : {QLatin1Char('('), QLatin1Char('[')}) {
        const qsizetype at = head.indexOf(op);
        if (at >= 0)
            head = head.left(at);
    }
    return head;
}

QStringView bareParameter(QStringView p)
{
    while (p.startsWith(QLatin1Char('*')))
        p = p.mid(1);
    return p;
}

QString joined(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return (a.isEmpty() ? b : a).toString();
    QString out;
    out.reserve(a.size() + 1 + b.size());
    out.append(a).append(QLatin1Char('.')).append(b);
    return out;
}

CallResolver::CallResolver(const Analysis &analysis, const CallGraph &graph)
    : m_analysis(analysis), m_graph(graph)
{
    const std::size_t files = analysis.facts.size();
    m_files.resize(files);
    for (int f = 0; f < int(files); ++f)
        indexFile(f);
    m_members.resize(std::size_t(analysis.graph.nodeCount()));
    const std::size_t nodes = graph.nodes.size();
    m_returns.resize(nodes);
    m_classSlot.assign(nodes, -1);
    for (std::size_t n = 0; n < nodes; ++n) {
        if (graph.nodes[n].kind == CallNodeKind::Class)
            m_classSlot[n] = m_classCount++;
    }
    const std::size_t perClass = std::size_t(m_classCount) + 1; // see classSlot()
    m_mroState.assign(perClass, Memo::Todo);
    m_mros.resize(perClass);
    m_basesState.assign(perClass, Memo::Todo);
    m_bases.resize(perClass);
    m_attributeState.assign(perClass, Memo::Todo);
    m_attributes.resize(perClass);
}

const Definition &CallResolver::definitionOf(int node) const
{
    static const Definition none; // a lambda's: no name, decorators or parameters to read
    const CallNode &n = m_graph.node(node);
    if (n.definition < 0)
        return none;
    return m_analysis.facts[std::size_t(n.file)].definitions[std::size_t(n.definition)];
}

int CallResolver::nodeOf(int file, int definition) const
{
    return m_graph.definitionNode(file, definition);
}

// A definition as it stands before any decorator: its class or function.
Value CallResolver::definitionValue(int file, int definition) const
{
    const bool isClass =
        m_analysis.facts[std::size_t(file)].definitions[std::size_t(definition)].kind ==
        DefKind::Class;
    return Value::of(isClass ? Value::Class : Value::Function, nodeOf(file, definition));
}

void CallResolver::indexFile(int file)
{
    const FileFacts &facts = m_analysis.facts[std::size_t(file)];
    FileIndex &index = m_files[std::size_t(file)];
    std::vector<Entry> &entries = index.entries;
    entries.reserve(facts.definitions.size() + facts.imports.size() + facts.bindings.size());
    for (int d = 0; d < int(facts.definitions.size()); ++d) {
        const Definition &def = facts.definitions[std::size_t(d)];
        entries.emplace_back(def.parent, def.name, d, def.line, Entry::Definition, def.branch);
    }
    for (int i = 0; i < int(facts.imports.size()); ++i) {
        const ImportFact &fact = facts.imports[std::size_t(i)];
        if (fact.isFrom && fact.name == QLatin1String("*")) {
            if (fact.scope < 0)
                index.starImports.push_back(i);
            continue;
        }
        // `import a.b` binds `a`; every other form binds its alias or imported name.
        const Name bound = !fact.alias.isEmpty() ? fact.alias
                           : fact.isFrom         ? fact.name
                                                 : Name(topName(fact.module));
        entries.emplace_back(fact.scope, bound, i, fact.line, Entry::Import, fact.branch);
    }
    for (int l = 0; l < int(facts.lambdas.size()); ++l) {
        const LambdaFact &fact = facts.lambdas[std::size_t(l)];
        if (fact.parent < 0) // `<lambdaN>` names it in its scope
            entries.emplace_back(fact.scope, fact.name, l, fact.line, Entry::Lambda, false);
    }
    std::vector<std::pair<int, int>> selfSites; // (class definition, binding)
    for (int b = 0; b < int(facts.bindings.size()); ++b) {
        const Binding &binding = facts.bindings[std::size_t(b)];
        if (!binding.selfAttribute) { // also `c.h = f`, for attributeStoredBefore()
            if (bindsObjectAttribute(binding))
                index.attributeStoreScopes.push_back(binding.scope);
            entries.push_back(Entry::of(binding, b));
            continue;
        }
        const int method = methodOf(file, binding.scope);
        if (method >= 0)
            selfSites.emplace_back(facts.definitions[std::size_t(method)].parent, b);
    }
    std::sort(index.attributeStoreScopes.begin(), index.attributeStoreScopes.end());
    index.attributeStoreScopes.erase(
        std::unique(index.attributeStoreScopes.begin(), index.attributeStoreScopes.end()),
        index.attributeStoreScopes.end());
    // A name's entries in the order they bind.
    auto less = [](const Entry &a, const Entry &b) {
        if (a.scope != b.scope || a.name != b.name)
            return entryLess(a.scope, a.name, b.scope, b.name);
        return std::tie(a.line, a.what, a.index) < std::tie(b.line, b.what, b.index);
    };
    std::sort(entries.begin(), entries.end(), less);

    // `global f` (or `nonlocal f`) in a function: what it binds to f rebinds the module's
    // (or the enclosing function's) f at a time reading cannot tell (reboundValue).
    std::vector<Entry> rebound;
    for (const Entry &e : entries) {
        if (e.what != Entry::Binding)
            continue;
        const BindingKind kind = facts.bindings[std::size_t(e.index)].kind;
        if (kind != BindingKind::Global && kind != BindingKind::Nonlocal)
            continue;
        int target = -1;
        if (kind == BindingKind::Nonlocal) {
            target = facts.definitions[std::size_t(e.scope)].parent;
            while (target >= 0 && facts.definitions[std::size_t(target)].kind == DefKind::Class)
                target = facts.definitions[std::size_t(target)].parent;
        }
        rebound.emplace_back(target, e.name, e.index, 0, Entry::Rebound, true);
    }
    if (!rebound.empty()) {
        entries.insert(entries.end(), rebound.begin(), rebound.end());
        std::sort(entries.begin(), entries.end(), less);
    }
    entries.shrink_to_fit(); // reserved for every binding, `self.x` ones too: kept all along
    // Where each scope's entries begin, so that a lookup searches its scope's alone.
    index.scopeStart.assign(facts.definitions.size() + 2, int(entries.size()));
    for (int e = int(entries.size()) - 1; e >= 0; --e) {
        const std::size_t k = std::size_t(entries[std::size_t(e)].scope + 1);
        if (k < index.scopeStart.size())
            index.scopeStart[k] = e;
    }
    for (int k = int(index.scopeStart.size()) - 2; k >= 0; --k)
        index.scopeStart[std::size_t(k)] =
            std::min(index.scopeStart[std::size_t(k)], index.scopeStart[std::size_t(k + 1)]);

    index.callsByLine.resize(facts.calls.size());
    for (int c = 0; c < int(facts.calls.size()); ++c)
        index.callsByLine[std::size_t(c)] = c;
    std::stable_sort(index.callsByLine.begin(), index.callsByLine.end(), [&facts](int a, int b) {
        return facts.calls[std::size_t(a)].line < facts.calls[std::size_t(b)].line;
    });

    std::sort(selfSites.begin(), selfSites.end());
    index.selfClass.reserve(selfSites.size());
    index.selfAttributes.reserve(selfSites.size());
    for (const auto &[cls, b] : selfSites) {
        index.selfClass.push_back(cls);
        index.selfAttributes.push_back(b);
    }
}

std::vector<const CallFact *> CallResolver::callsAt(int file, int scope, int line,
                                                    QStringView callee) const
{
    const std::vector<CallFact> &calls = m_analysis.facts[std::size_t(file)].calls;
    const std::vector<int> &order = m_files[std::size_t(file)].callsByLine;
    auto it = std::lower_bound(order.begin(), order.end(), line,
                               [&calls](int c, int l) { return calls[std::size_t(c)].line < l; });
    std::vector<const CallFact *> out;
    for (; it != order.end() && calls[std::size_t(*it)].line == line; ++it) {
        const CallFact &call = calls[std::size_t(*it)];
        if (call.scope == scope && call.callee == callee && call.origin == CallOrigin::Written)
            out.push_back(&call);
    }
    return out;
}

std::optional<Name> CallResolver::knownName(QStringView text) const
{
    const auto at = reinterpret_cast<std::uintptr_t>(text.data());
    KnownName &slot =
        m_knownNames[((at >> 1) ^ (at >> 13) ^ std::uintptr_t(text.size())) & (kKnownNames - 1)];
    // The place may hold other characters by now: the text is compared as well.
    if (slot.data == text.data() && slot.size == text.size() && !text.isEmpty() &&
        sameText(slot.name.str(), text))
        return slot.name;
    const std::optional<Name> found = Name::find(text);
    if (found && !found->isEmpty())
        slot = {text.data(), text.size(), *found};
    return found;
}

CallResolver::EntryRange CallResolver::entriesNamed(int file, int scope, QStringView name) const
{
    const std::optional<Name> known = knownName(name);
    if (!known) { // no fact holds the text: nothing binds it
        const std::vector<Entry> &entries = m_files[std::size_t(file)].entries;
        return {entries.end(), entries.end()};
    }
    return entriesNamed(file, scope, *known);
}

CallResolver::EntryRange CallResolver::entriesNamed(int file, int scope, Name name) const
{
    const FileIndex &index = m_files[std::size_t(file)];
    const std::vector<Entry> &entries = index.entries;
    const std::size_t k = std::size_t(scope + 1);
    if (k + 1 >= index.scopeStart.size())
        return {entries.end(), entries.end()};
    const auto first = entries.begin() + index.scopeStart[k];
    const auto last = entries.begin() + index.scopeStart[k + 1];
    const auto lo = std::lower_bound(first, last, name, [scope](const Entry &e, Name n) {
        return entryLess(e.scope, e.name, scope, n);
    });
    auto hi = lo;
    while (hi != last && hi->name == name)
        ++hi;
    return {lo, hi};
}

// The method a scope belongs to (itself, or the method a nested function sits in), -1 when
// the scope is no method's.
int CallResolver::methodOf(int file, int scope) const
{
    const std::vector<Definition> &defs = m_analysis.facts[std::size_t(file)].definitions;
    for (int d = scope; d >= 0; d = defs[std::size_t(d)].parent) {
        const DefKind kind = defs[std::size_t(d)].kind;
        if (kind == DefKind::Method)
            return d;
        if (kind == DefKind::Class)
            return -1;
    }
    return -1;
}

Value CallResolver::evaluate(int file, int scope, QStringView expression, bool called, int line,
                             const Value *head)
{
    DepthGuard guard(m_depth);
    if (guard.tooDeep()) {
        m_cut = true;
        return Value::unknown();
    }
    Value value;
    Value receiver; // what the attribute just read was read on
    bool first = true;
    bool plain = head == nullptr && line != kEnd; // the chain so far is names alone
    for (qsizetype start = 0; start <= expression.size();) {
        qsizetype dot = start; // a plain scan: indexOf() costs more on chains this short
        while (dot < expression.size() && expression[dot] != QLatin1Char('.'))
            ++dot;
        QStringView part = expression.mid(start, dot - start);
        start = dot + 1;
        const bool last = start > expression.size();
        // A name, then the calls "()" and elements "[]" taken of it in order.
        qsizetype opening = 0;
        while (opening < part.size() && part[opening] != QLatin1Char('(') &&
               part[opening] != QLatin1Char('['))
            ++opening;
        QStringView ops = part.mid(opening);
        part = part.left(opening);
        if (part.isEmpty())
            return Value::unknown();
        if (first) {
            first = false;
            if (part == QLatin1String("super") && ops.startsWith(QLatin1String("()"))) {
                ops = ops.mid(2);
                const int method = methodOf(file, scope);
                if (method < 0)
                    return Value::unknown();
                const int cls = nodeOf(
                    file,
                    m_analysis.facts[std::size_t(file)].definitions[std::size_t(method)].parent);
                const auto [named, instance] = superArguments(file, scope, line);
                // `super()` is `super(C, self)` in a method of C; `super(Base, obj)` looks
                // after Base in the MRO of obj's class, or of Base when obj is no name of a
                // known class. When Base is not in the MRO of obj's class, obj is an instance
                // of a subclass reading cannot see (or the call fails): nothing certain.
                if (named >= 0 && instance >= 0 && !inMro(instance, named))
                    return Value::unknown();
                value = named < 0       ? superValue(cls, cls)
                        : instance >= 0 ? superValue(instance, named)
                                        : superValue(named, named);
            } else {
                value = head ? *head : headValue(file, scope, part, line);
            }
        } else {
            const Value fromContainer =
                ops.startsWith(QLatin1String("()")) && isContainerGetter(part)
                    ? containerMethodResult(
                          value, part, file,
                          keyedCallAt(
                              file, scope, line,
                              expression.left(part.data() - expression.data() + part.size())))
                    : Value{};
            if (fromContainer.kind != Value::NotFound) {
                value = fromContainer; // `d.get(k)`, `hooks.values()`
                ops = ops.mid(2);
            } else {
                const StoredBefore stored =
                    plain
                        ? attributeStoredBefore(
                              file, scope,
                              expression.left(part.data() - expression.data() + part.size()), line)
                        : StoredBefore{};
                if (stored.decides) {
                    value = stored.value; // `c.h = f` earlier in the scope: `c.h()` calls f
                    receiver = {};
                } else {
                    // Called: the chain's last name when the caller calls it, or any name
                    // a call follows (`self.make().run`, `[self.make()]`).
                    const bool calledHere =
                        (last && called && ops.isEmpty()) || ops.startsWith(QLatin1String("()"));
                    if (calledHere)
                        value = withMethod(value, part);
                    receiver = value;
                    value = attribute(value, part, calledHere);
                    if (stored.value.kind != Value::NotFound) {
                        // Stored in a branch: what the object had, or what was stored.
                        const bool known =
                            (value.found() || value.kind == Value::Pending) &&
                            (stored.value.found() || stored.value.kind == Value::Pending);
                        value = known ? unite({value, stored.value}) : Value::unknown();
                    }
                }
            }
        }
        plain = plain && ops.isEmpty();
        for (qsizetype i = 0; i + 1 < ops.size() && value.found();) {
            if (ops[i] == QLatin1Char('[')) {
                // "[]" any element, "['a']" and "[0]" the one under a literal key or index,
                // "[*]" a slice.
                qsizetype close = ops.indexOf(QLatin1Char(']'), i);
                if (close < 0)
                    close = ops.size();
                const QStringView key = ops.mid(i + 1, close - i - 1);
                value = key.isEmpty()               ? elementsOf(value)
                        : key == QLatin1String("*") ? slicedOf(value)
                                                    : keyedElementsOf(value, key);
                i = close + 1;
                continue;
            }
            // The call's own text: what comes before this "()" (its arguments may tell).
            const qsizetype end = (ops.data() - expression.data()) + i;
            const Value method = value;
            value = callResultAt(value, file, scope, line, expression.left(end));
            if (i == 0)
                value = onReceiver(value, method, receiver); // `Child.make()`, `child.copy()`
            i += 2;
        }
        receiver = {};
        if (!value.found())
            return value;
    }
    return value;
}

// A method of a base class called on an instance of `classNode`: kept for
// inheritedReceivers().
void CallResolver::noteReceiver(int classNode, const Value &found)
{
    for (const Value &m : alternatives(found)) {
        if (m.kind != Value::Function)
            continue;
        const CallNode &method = m_graph.node(m.id);
        // Inherited, not found in a subclass (subclassMember): the instance is one of those
        // the method runs on.
        if (method.kind != CallNodeKind::Method || method.parent == classNode ||
            !inMro(classNode, method.parent))
            continue;
        const quint64 key = (quint64(quint32(m.id)) << 32) | quint32(classNode);
        if (!m_inheritedSeen.contains(key)) {
            m_inheritedSeen.insert(key);
            m_inheritedReceivers.emplace_back(m.id, classNode);
        }
    }
}

// A chain's first name: the scope's self (or cls), else whatever the scopes bind.
Value CallResolver::headValue(int file, int scope, QStringView name, int line)
{
    if (scope >= 0) {
        const std::vector<Definition> &defs = m_analysis.facts[std::size_t(file)].definitions;
        const Definition &def = defs[std::size_t(scope)];
        if (def.kind != DefKind::Class && !def.selfName.isEmpty() && def.selfName == name) {
            const int method = methodOf(file, scope);
            if (method >= 0) {
                const Definition &m = defs[std::size_t(method)];
                const int cls = nodeOf(file, m.parent);
                // Besides classmethods and the implicit ones, a first parameter named `cls`
                // is the class by convention (`@classonlymethod`), unless in a metaclass,
                // whose instances are classes, or in a property, read on instances.
                const bool onClass =
                    isClassmethod(m) || m.name == QLatin1String("__new__") ||
                    m.name == QLatin1String("__init_subclass__") ||
                    m.name == QLatin1String("__class_getitem__") ||
                    (name == QLatin1String("cls") && !isProperty(m) && !isMetaclass(cls));
                return Value::of(onClass ? Value::Class : Value::Instance, cls);
            }
        }
    }
    return lookupName(file, scope, name, line);
}

// Python's scoping: the scope itself, then enclosing functions (class bodies are not seen
// from the functions inside them), then the module, then builtins. Only the scope the name is
// used in reads it at `line`: the enclosing ones have run to their end by the time a function
// inside them runs.
Value CallResolver::lookupName(int file, int scope, QStringView text, int line)
{
    // A text no fact holds is bound in no scope: the module's star imports may still give it.
    const std::optional<Name> known = knownName(text);
    const Name name = known ? *known : Name(text);
    const std::vector<Definition> &defs = m_analysis.facts[std::size_t(file)].definitions;
    bool innermost = true;
    for (int s = known ? scope : -1; s >= 0;) {
        const Definition &def = defs[std::size_t(s)];
        if (def.kind == DefKind::Class && !innermost) {
            s = def.parent;
            continue;
        }
        const Value v = scopeValue(file, s, name, innermost ? line : kEnd);
        innermost = false;
        if (v.kind == Value::GlobalName)
            break;
        if (v.kind == Value::Neutral)
            return Value::unknown();
        if (v.kind != Value::NotFound && v.kind != Value::NonlocalName)
            return v;
        s = def.parent;
    }
    if (known && scope < 0 && line != kEnd) {
        // Module-level code reads the module's names as bound so far.
        const Value v = scopeValue(file, -1, name, line);
        if (v.kind != Value::NotFound)
            return v.kind == Value::Neutral ? Value::unknown() : v;
    }
    const int module = m_graph.node(m_graph.moduleNode(file)).module;
    const Value v = module >= 0 ? moduleMember(module, name) : Value{};
    if (v.kind == Value::Neutral) {
        // `handler = None` at module level, set from another module (`mod.handler = f`) by
        // the time a function reads it.
        const Value stored = objectStored(Value::Module, module, text);
        if (stored.found())
            return stored;
    }
    if (v.kind == Value::NotFound) {
        if (const Name builtin = builtinName(name); !builtin.isEmpty())
            return Value::named(Value::Builtin, builtin);
    }
    return v;
}

// "builtins.NAME" for the name of a builtin, the empty name for another: worked out once per
// name (module code reads `len` and `print` thousands of times).
Name CallResolver::builtinName(Name name)
{
    const auto it = m_builtinNames.constFind(name);
    if (it != m_builtinNames.constEnd())
        return *it;
    const Name qualified = isBuiltinName(name) ? Name(joined(u"builtins", name)) : Name();
    m_builtinNames.insert(name, qualified);
    return qualified;
}

// What one scope binds a name to where it is read: the bindings that reach `line` taken
// together (a Set when they differ), Unknown when any says nothing certain, Neutral when all
// are `= None`. A binding that always runs hides the ones before it; one in a branch does not.
// A use before every binding (in a loop) reads them all.
Value CallResolver::scopeValue(int file, int scope, Name name, int line)
{
    const auto [lo, hi] = entriesNamed(file, scope, name);
    return entriesValue(file, scope, name, lo, hi, line);
}

// scopeValue() over entries of `name` in a scope, in the order they bind.
Value CallResolver::entriesValue(int file, int scope, Name name, EntryIt lo, EntryIt hi, int line)
{
    if (lo == hi)
        return {};
    const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(file)].bindings;
    for (auto it = lo; it != hi; ++it) {
        if (it->what != Entry::Binding)
            continue;
        const BindingKind kind = bindings[std::size_t(it->index)].kind;
        if (kind == BindingKind::Global)
            return Value::of(Value::GlobalName, -1);
        if (kind == BindingKind::Nonlocal)
            return Value::of(Value::NonlocalName, -1);
    }
    // A comprehension's variable is seen from its own line to the comprehension's end only.
    const auto visible = [line](const Entry &e) {
        return e.until() == 0 || (line != kEnd && line <= e.until());
    };
    auto reach = lo;
    int decided = -1; // the line of the binding that decides the use, -1 when none does
    auto before = lo; // one past the last binding before the line
    while (before != hi && (before->what == Entry::Rebound || before->sees(line) ||
                            (before->untilSpan > 0 && before->line <= line)))
        ++before;
    if (before != lo) {
        for (auto it = before; it != lo;) {
            --it;
            if (it->decides(line) && it->what != Entry::Rebound && visible(*it)) {
                reach = it;
                decided = it->line;
                break;
            }
        }
    }
    // Read before all of them (in a loop), a binding on the use's own line is the statement
    // reading (`io = io` in a class body reads the module's io): it reaches only a later
    // iteration.
    const bool all = before == lo;
    if (all)
        before = hi;
    const bool ownLine = all && !name.str().startsWith(QLatin1Char('<')); // not `<display1>`
    QVarLengthArray<Value, 4> values; // mostly one: no allocation
    bool seen = false;
    for (auto it = lo; it != before; ++it) {
        if ((it < reach && it->what != Entry::Rebound) || !visible(*it) ||
            (ownLine && it->line == line && it->what == Entry::Binding))
            continue;
        seen = true;
        Value v = entryValue(file, scope, *it);
        if (v.kind == Value::Neutral)
            continue;
        if (v.kind != Value::Pending && !v.found())
            return Value::unknown();
        values.push_back(std::move(v));
    }
    // In a loop, what its body binds after the use reaches the use in the next iteration,
    // unless a binding in the loop before the use decides it (runs first every time). The
    // outermost such loop holds the others' bindings too. What reading cannot pin down there
    // adds nothing (`value = strip(value)` leaves `value.count()` what the first iteration
    // reads): the use is read as if the loop ran once, as before loops were followed.
    if (!all && line != kEnd && before != hi) {
        for (const LoopFact &loop : m_analysis.facts[std::size_t(file)].loops) {
            if (loop.line > line)
                break;
            if (loop.scope != scope || line < loop.repeats || line > loop.endLine ||
                decided >= loop.line)
                continue;
            // A definition or import in the loop tells no block that it decides (a `def
            // handler` in each branch of an if): the name is read as if the loop ran once.
            if (std::any_of(lo, hi, [&](const Entry &e) {
                    return e.what != Entry::Binding && e.what != Entry::Rebound &&
                           e.line >= loop.line && e.line <= loop.endLine;
                }))
                break;
            for (auto it = before; it != hi && it->line <= loop.endLine; ++it) {
                if (it->what == Entry::Rebound || it->untilSpan > 0)
                    continue;
                seen = true;
                Value v = entryValue(file, scope, *it);
                if (v.found() || v.kind == Value::Pending)
                    values.push_back(std::move(v));
            }
            break;
        }
    }
    if (values.empty())
        return seen ? Value::of(Value::Neutral, -1) : Value{};
    return unite(values); // Pending when all are still being worked out
}

// The instance an annotation promises: an internal class or an external one; containers,
// unions and strings other than Optional-like ones promise nothing usable.
Value CallResolver::typeValue(int file, int scope, QStringView annotation)
{
    QStringView t = unwrapOptional(annotation);
    const qsizetype open = t.indexOf(QLatin1Char('['));
    const bool generic = open > 0;
    if (generic)
        t = t.left(open).trimmed();
    if (!isPlainChain(t))
        return Value::unknown();
    const Value v = evaluate(file, scope, t, false);
    if (v.kind == Value::Class)
        return Value::of(Value::Instance, v.id);
    if (v.kind == Value::External && !generic && !isTypingName(v.name))
        return Value::named(Value::ExternalInstance, v.name);
    return Value::unknown();
}

Value CallResolver::attribute(const Value &object, QStringView name, bool called)
{
    // A module's, class's or function's `__name__`, `__qualname__` and `__module__` are
    // strings, also where the object is outside the project (`ext.f.__name__.upper()`).
    const Value::Kind k = object.kind;
    if ((k == Value::Module || k == Value::Function || k == Value::Class || k == Value::External ||
         k == Value::Builtin) &&
        (name == QLatin1String("__name__") || name == QLatin1String("__qualname__") ||
         name == QLatin1String("__module__")))
        return Value::named(Value::ExternalInstance, QStringLiteral("builtins.str"));
    switch (object.kind) {
    case Value::Set: {
        // One of several values that is sure to lack the attribute (a `FakeSock()` among the
        // sockets a parameter is passed) is not where a use of it leads: the others are.
        const std::span<const Value> members = m_sets[std::size_t(object.id)]; // never move
        std::vector<Value> out;
        out.reserve(members.size());
        for (const Value &member : members) {
            Value v = attribute(member, name, called);
            if (v.found() || v.kind == Value::Pending || v.kind == Value::Neutral)
                out.push_back(std::move(v));
            else if (!lacks(member, name))
                return Value::unknown();
        }
        return out.empty() ? Value::unknown() : unite(out);
    }
    case Value::Container:
        return containerAttribute(object, name, called);
    case Value::Module:
        return moduleAttribute(object.id, name);
    case Value::Class:
    case Value::Instance: {
        if (object.kind == Value::Instance && name == QLatin1String("__class__"))
            return classOf(object);
        Value v = classMember(object.id, name, called, -1, object.kind == Value::Class);
        if (v.kind == Value::NotFound && called)
            v = subclassMember(object.id, name); // `self.child()` that only subclasses define
        if (called && object.kind == Value::Instance)
            noteReceiver(object.id, v);
        else if (called) // a classmethod read on a subclass runs with that class as cls
            noteReceiver(object.id, classmethodsOf(v));
        return v.kind == Value::NotFound ? Value::unknown() : v;
    }
    case Value::Super: {
        const auto [mroClass, after] = m_supers[std::size_t(object.id)];
        Value v = classMember(mroClass, name, called, after);
        if (called)
            noteReceiver(mroClass, v); // a base's method runs on this class's instance
        return v.kind == Value::NotFound ? Value::unknown() : v;
    }
    case Value::External:
        return Value::named(Value::External, joined(object.name, name));
    case Value::ExternalInstance:
        if (!called || builtinTypeLacks(object.name, name))
            return Value::unknown();
        return Value::named(object.name->startsWith(QLatin1String("builtins."))
                                ? Value::Builtin // `str(x).upper` is `builtins.str.upper`
                                : Value::External,
                            joined(object.name, name));
    case Value::Builtin:
        return called && !lacks(object, name)
                   ? Value::named(Value::Builtin, joined(object.name, name))
                   : Value::unknown();
    case Value::Function: {
        // A property read in its class's body: `@x.setter`.
        if (m_graph.node(object.id).definition >= 0 && isPropertyMethod(name) &&
            isProperty(definitionOf(object.id)))
            return Value::named(Value::Builtin, joined(u"builtins.property", name));
        // An attribute set on the function (`f.helper = g`).
        const Value stored = functionStored(object.id, name);
        return stored.kind == Value::NotFound ? Value::unknown() : stored;
    }
    default:
        return Value::unknown();
    }
}

} // namespace headroom::detail
