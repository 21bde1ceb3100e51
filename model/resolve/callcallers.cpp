// Calls grouped by what they call: the calls of a name, what each calls (read once), and
// every call in the project that calls a function, with how it fills the function's first
// parameter (part of CallResolver; see callresolver.h).
#include "callresolver.h"

#include <algorithm>
#include <deque>
#include <numeric>
#include <tuple>

namespace headroom::detail {

namespace {

// Explicit `__init__` calls and applied decorator factories are read once for all functions
// (grouped by callee), so more of them are read.
constexpr std::size_t kMaxDirectCandidates = 8000;
// Calls by another name than a function's own are read only from names called at most this
// often, as a bound on the work. Before cycles were solved to a fixpoint, grouping many of
// them by what they call, while the values they pass were still being worked out, left values
// unknown (on the standard library 256 lost a thousand call sites); since, 1,000 gains 25
// sites over 64 and loses none.
constexpr std::size_t kMaxOtherNameCalls = 1000;
// The name a call ends in: "save" for "self.save", "c" for "a.b().c", "ops[]" for
// "ops['a']" (an element by any key), "ops" for "ops[*]" (a slice). Mostly a part of the
// callee's text, which the name table holds for good: then it points there, unallocated.
QString calledName(QStringView callee)
{
    while (callee.endsWith(QLatin1String("()")))
        callee.chop(2);
    const qsizetype dot = findLastChar(callee, u'.');
    callee = dot < 0 ? callee : callee.mid(dot + 1);
    if (findChar(callee, u'[') < 0)
        return QString::fromRawData(callee.data(), callee.size());
    QString out;
    for (qsizetype i = 0; i < callee.size(); ++i) {
        if (callee.mid(i).startsWith(QLatin1String("[*]"))) {
            i += 2;
            continue;
        }
        out += callee[i];
        if (callee[i] == QLatin1Char('[')) {
            const qsizetype close = callee.indexOf(QLatin1Char(']'), i);
            i = (close < 0 ? callee.size() : close) - 1;
        }
    }
    return out;
}

} // namespace

const std::vector<std::pair<int, int>> &CallResolver::callsNamed(QStringView name)
{
    if (!m_callsIndexed) {
        m_callsIndexed = true;
        for (int f = 0; f < int(m_analysis.facts.size()); ++f) {
            const std::vector<CallFact> &calls = m_analysis.facts[std::size_t(f)].calls;
            for (int c = 0; c < int(calls.size()); ++c) {
                // A decorator's application passes the definition; other calls in a
                // decorator's expression are calls like any.
                const CallFact &call = calls[std::size_t(c)];
                if (call.origin == CallOrigin::Written)
                    m_callsByName[calledName(call.callee)].emplace_back(f, c);
                if (call.origin == CallOrigin::Written && !call.decorator &&
                    call.arguments.size() >= 2 &&
                    (call.callee == u"partial" || call.callee->endsWith(u".partial")) &&
                    isPlainChain(call.arguments.front())) {
                    CallFact bound = call;
                    bound.callee = Name(call.arguments.front());
                    bound.arguments =
                        NameList(QStringList(call.arguments.begin() + 1, call.arguments.end()));
                    m_partialsByName[lastName(call.arguments.front()).toString()].push_back(
                        int(m_partials.size()));
                    m_partials.push_back({f, c, std::move(bound)});
                } else if (call.origin == CallOrigin::Applied && call.decorates >= 0)
                    m_appliedCalls.emplace_back(f, c);
            }
        }
    }
    static const std::vector<std::pair<int, int>> none;
    const auto it = m_callsByName.constFind(QString::fromRawData(name.data(), name.size()));
    return it == m_callsByName.constEnd() ? none : *it;
}

// functools.partial: the library's, or (the standard library analysed as a project) the
// functools module's own class.
bool CallResolver::isFunctoolsPartial(const Value &v) const
{
    if (v.kind == Value::External)
        return v.name == QLatin1String("functools.partial");
    return v.kind == Value::Class && definitionOf(v.id).qualName == u"partial" &&
           m_analysis.file(m_graph.node(v.id).file).module == u"functools";
}

std::vector<const CallResolver::PartialCall *> CallResolver::partialCallsOf(QStringView name,
                                                                            quint64 key)
{
    (void)callsNamed(name); // indexes them
    std::vector<const PartialCall *> found;
    const auto it = m_partialsByName.constFind(QString::fromRawData(name.data(), name.size()));
    if (it == m_partialsByName.constEnd())
        return found;
    for (const int i : *it) { // filled once: never grows while it is read
        const PartialCall &p = m_partials[std::size_t(i)];
        const Alternatives partial = alternatives(calleeAt(p.file, p.index));
        if (std::none_of(partial.begin(), partial.end(),
                         [this](const Value &v) { return isFunctoolsPartial(v); }))
            continue;
        const Value bound =
            p.call.lambda < 0
                ? evaluate(p.file, p.call.scope, p.call.callee, true, p.call.line)
                : evaluateInLambda(p.file, p.call.scope, p.call.lambda, p.call.callee, true);
        const Alternatives values = alternatives(bound);
        if (std::any_of(values.begin(), values.end(), [key](const Value &v) {
                return (v.kind == Value::Function || v.kind == Value::Class) &&
                       valueKey(v.kind, v.id) == key;
            }))
            found.push_back(&p);
    }
    return found;
}

// The calls among `candidates` that resolve to the function or class `key` (valueKey()).
std::span<const std::pair<int, int>>
CallResolver::callsResolvingTo(const std::vector<std::pair<int, int>> &candidates, quint64 key,
                               std::vector<std::pair<int, int>> &scanned)
{
    // Group the calls by what they call, once. While that grouping runs, a function reached
    // from inside it reads the calls one by one, as the grouping does.
    CallersByCallee &callers = m_callers[&candidates];
    if (callers.built && callers.provisional) {
        // Grouped inside a cycle: good for the round it was grouped in, and for good once the
        // cycle settles in it; else grouped again.
        switch (standing(callers.from)) {
        case Standing::Current:
            m_cycleLow = std::min(m_cycleLow, callers.from.level);
            break;
        case Standing::Settled:
            callers.provisional = false;
            break;
        case Standing::Earlier:
        case Standing::Stale:
            callers.built = false;
            break;
        }
    }
    if (!callers.built) {
        const bool group = !callers.building;
        callers.building = true;
        const int outer =
            group ? std::exchange(m_cycleLow, std::numeric_limits<int>::max()) : m_cycleLow;
        std::vector<std::tuple<quint64, int, int>> sites;
        const auto note = [&](quint64 k, int f, int c) {
            if (group)
                sites.emplace_back(k, f, c);
            else if (k == key && (scanned.empty() || scanned.back() != std::pair(f, c)))
                scanned.emplace_back(f, c);
        };
        // Read from inside the grouping, the calls are read again on every request: a call
        // whose callee is final is kept from the first request that reads it, indexed by what
        // it calls, so that a request reads only the kept calls of its own callee and the
        // calls not kept yet.
        if (!group && callers.kept.empty()) {
            callers.kept.assign(candidates.size(), false);
            callers.unkept.resize(candidates.size());
            std::iota(callers.unkept.begin(), callers.unkept.end(), 0);
        }
        const auto read = [&](std::size_t i) {
            const auto [f, c] = candidates[i];
            const Value callee = calleeAt(f, c);
            // (A request made while reading it may have kept it already.)
            const bool keep = !group && calleeFinal(f, c) && !callers.kept[i];
            if (keep)
                callers.kept[i] = true;
            for (const Value &v : alternatives(callee)) {
                if (v.kind != Value::Function && v.kind != Value::Class)
                    continue;
                const quint64 k = valueKey(v.kind, v.id);
                note(k, f, c);
                if (keep)
                    callers.keptByCallee[k].push_back(int(i));
            }
        };
        if (group) {
            for (std::size_t i = 0; i < candidates.size(); ++i)
                read(i);
        } else {
            // In the list's order: the kept calls of this callee and the calls not kept when
            // the request began (reading them may keep others).
            std::vector<int> kept;
            if (const auto it = callers.keptByCallee.find(key); it != callers.keptByCallee.end())
                kept = it->second;
            std::sort(kept.begin(), kept.end());
            const std::vector<int> pending = callers.unkept;
            for (std::size_t a = 0, b = 0; a < kept.size() || b < pending.size();) {
                // (Kept by a request this one is part of, not yet taken off the list.)
                if (a < kept.size() && b < pending.size() && kept[a] == pending[b])
                    ++a;
                if (b == pending.size() || (a < kept.size() && kept[a] < pending[b])) {
                    const auto [f, c] = candidates[std::size_t(kept[a++])];
                    note(key, f, c);
                } else {
                    read(std::size_t(pending[b++]));
                }
            }
            std::erase_if(callers.unkept, [&](int i) { return callers.kept[std::size_t(i)]; });
        }
        if (group) {
            std::stable_sort(sites.begin(), sites.end(), [](const auto &a, const auto &b) {
                return std::get<0>(a) < std::get<0>(b);
            });
            sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
            callers.keys.clear();
            callers.sites.clear();
            callers.keys.reserve(sites.size());
            callers.sites.reserve(sites.size());
            for (const auto &[k, f, c] : sites) {
                callers.keys.push_back(k);
                callers.sites.emplace_back(f, c);
            }
            callers.building = false;
            callers.built = true;
            callers.kept = {};
            callers.unkept = {};
            callers.keptByCallee = {};
            callers.provisional = m_cycleLow <= m_memoLevel;
            if (callers.provisional) {
                const Level &root = m_levels[std::size_t(m_cycleLow)];
                callers.from = {m_cycleLow, root.run, root.round};
            }
            m_cycleLow = std::min(outer, m_cycleLow);
        }
    }
    if (callers.built) {
        const auto [lo, hi] = std::equal_range(callers.keys.begin(), callers.keys.end(), key);
        if (lo == hi)
            return scanned;
        return std::span(callers.sites)
            .subspan(std::size_t(lo - callers.keys.begin()), std::size_t(hi - lo));
    }
    return scanned;
}

// What the call `call` of `file` calls, read once: calls of a common name are read for many
// functions.
Value CallResolver::calleeAt(int file, int call)
{
    const std::vector<CallFact> &calls = m_analysis.facts[std::size_t(file)].calls;
    const std::size_t memo = m_callees.slot(file, call, calls.size(), m_analysis.facts.size());
    return memoised([&]() -> ValueMemo & { return m_callees.memos[memo]; },
                    [&] {
                        // As the call graph reads it: a call in a lambda reads the lambda's
                        // parameters, and `(lambda: f())()` there calls the lambda written.
                        const CallFact &fact = calls[std::size_t(call)];
                        if (fact.origin == CallOrigin::Applied)
                            return appliedDecorator(file, fact);
                        if (fact.lambda < 0)
                            return evaluate(file, fact.scope, fact.callee, true, fact.line);
                        if (fact.callee->startsWith(QLatin1Char('<'))) {
                            const int inner = nestedLambda(file, fact.lambda, fact.callee.str());
                            return inner < 0 ? Value::unknown()
                                             : Value::of(Value::Function,
                                                         m_graph.lambdaNode(file, inner));
                        }
                        return evaluateInLambda(file, fact.scope, fact.lambda, fact.callee, true);
                    });
}

// Whether what calleeAt() gave for the call is final: memoised outside every cycle.
bool CallResolver::calleeFinal(int file, int call) const
{
    return m_callees.done(file, call);
}

// Calls `take(file, call, bound)` for every call in the project that resolves to the
// function, with how many leading parameters the call fills itself (self or cls). False when
// its callers cannot be told: a class, a function a decorator replaces, too common a name.
bool CallResolver::forEachCaller(int file, int definition, const CallerVisitor &take,
                                 bool otherNames, int receiver)
{
    const std::vector<Definition> &defs = m_analysis.facts[std::size_t(file)].definitions;
    const Definition &def = defs[std::size_t(definition)];
    if (def.kind == DefKind::Class)
        return false;
    bool isStatic = false;
    bool isClassMethod = false;
    for (const QString &d : def.decorators) {
        if (d == QLatin1String("staticmethod"))
            isStatic = true;
        else if (d == QLatin1String("classmethod"))
            isClassMethod = true;
        else
            return !otherNames && passedThrough(file, definition, take);
    }
    const int node = nodeOf(file, definition);
    const bool init = def.kind == DefKind::Method && def.name == QLatin1String("__init__");
    const int classNode = def.kind == DefKind::Method ? nodeOf(file, def.parent) : -1;
    const QStringView called =
        init ? QStringView(defs[std::size_t(def.parent)].name) : QStringView(def.name);
    const std::vector<std::pair<int, int>> &candidates = callsNamed(called);
    if (candidates.size() > kMaxCandidates)
        return false;
    const quint64 key = init ? valueKey(Value::Class, classNode) : valueKey(Value::Function, node);
    // Besides calls by its name: __init__'s explicit calls (`super().__init__(...)`,
    // `Base.__init__(self, ...)`), and where a decorator factory's result is applied.
    const std::vector<std::pair<int, int>> &others =
        init ? callsNamed(u"__init__") : m_appliedCalls;
    std::deque<std::vector<std::pair<int, int>>> scanned(2);
    std::vector<std::span<const std::pair<int, int>>> lists;
    std::vector<bool> instantiating; // per list: its calls make an instance of the class
    // `functools.partial(f, a)` calls of it too, read by this name and key.
    QStringView partialName = otherNames ? QStringView() : called;
    quint64 partialKey = key;
    if (init && receiver >= 0) {
        // The receiver's instantiations when it runs this __init__, its subclasses' that do,
        // and the explicit calls written in the methods of any of them (`super().__init__(v)`).
        const CallNode &r = m_graph.node(receiver);
        const Value own = classMember(receiver, u"__init__", true);
        partialName = {};
        if (own.kind == Value::Function && own.id == node) {
            partialName =
                m_analysis.facts[std::size_t(r.file)].definitions[std::size_t(r.definition)].name;
            partialKey = valueKey(Value::Class, receiver);
            const std::vector<std::pair<int, int>> &calls = callsNamed(partialName);
            if (calls.size() > kMaxCandidates)
                return false;
            lists.push_back(callsResolvingTo(calls, partialKey, scanned[0]));
        }
        std::vector<std::pair<int, int>> &inside = scanned.emplace_back();
        const auto direct =
            others.size() > kMaxDirectCandidates
                ? std::span<const std::pair<int, int>>()
                : callsResolvingTo(others, valueKey(Value::Function, node), scanned[1]);
        for (const auto &[f, c] : direct)
            if (isMethodOf(f, m_analysis.facts[std::size_t(f)].calls[std::size_t(c)].scope,
                           receiver))
                inside.emplace_back(f, c);
        instantiating.assign(lists.size(), true);
        lists.push_back(inside);
        instantiating.push_back(false);
        inheritingInstantiations(receiver, node, lists, scanned);
        instantiating.resize(lists.size(), true);
    } else if (!otherNames) {
        lists.push_back(callsResolvingTo(candidates, key, scanned[0]));
        lists.push_back(
            others.size() > kMaxDirectCandidates
                ? std::span<const std::pair<int, int>>(scanned[1])
                : callsResolvingTo(others, valueKey(Value::Function, node), scanned[1]));
        instantiating = {init, false};
        if (init) // `B(f)` where B inherits this __init__
            inheritingInstantiations(classNode, node, lists, scanned);
        instantiating.resize(lists.size(), init);
    } else {
        // Only the calls by the other names it is called by (`h = outer; h(f)`,
        // `ops["a"](f)`, `go = job.run; go(f)`).
        for (const QString &name : callNames(called)) {
            const std::vector<std::pair<int, int>> &calls = callsNamed(name);
            if (calls.empty() || calls.size() > kMaxOtherNameCalls || &calls == &others)
                continue;
            lists.push_back(callsResolvingTo(calls, key, scanned.emplace_back()));
        }
        instantiating.resize(lists.size(), init);
    }
    const std::vector<const PartialCall *> partials = partialName.isEmpty()
                                                          ? std::vector<const PartialCall *>()
                                                          : partialCallsOf(partialName, partialKey);
    if (init && receiver >= 0 && partials.empty() &&
        std::all_of(lists.begin(), lists.end(), [](const auto &l) { return l.empty(); }))
        return false; // made where no call names it (`cls(v)`): nothing restricts them
    for (const PartialCall *p : partials) {
        // A class's partial instantiates it; a method's is read on an instance or the class.
        const bool method = !init && def.kind == DefKind::Method && !isStatic;
        take(p->file, p->call,
             !method         ? int(init)
             : isClassMethod ? 1
                             : int(calledOnInstance(p->file, p->call)));
    }
    for (std::size_t i = 0; i < lists.size(); ++i) {
        // A class called: self is the new instance (not in an explicit __init__ call).
        const bool instantiated = instantiating[i];
        for (const auto &[f, c] : lists[i]) {
            const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
            const bool method = !instantiated && def.kind == DefKind::Method && !isStatic;
            const int bound = !method         ? int(instantiated)
                              : isClassMethod ? 1
                              : otherNames    ? boundByAlias(f, call)
                                              : int(calledOnInstance(f, call));
            if (bound >= 0)
                take(f, call, bound);
        }
    }
    return true;
}

// Whether a scope is (or sits in) a method of the class or of one of its subclasses.
bool CallResolver::isMethodOf(int file, int scope, int classNode)
{
    const int method = methodOf(file, scope);
    if (method < 0)
        return false;
    const std::vector<Definition> &defs = m_analysis.facts[std::size_t(file)].definitions;
    const int owner = defs[std::size_t(method)].parent;
    return owner >= 0 && defs[std::size_t(owner)].kind == DefKind::Class &&
           inMro(nodeOf(file, owner), classNode);
}

// The calls that instantiate subclasses of a class inheriting its `__init__` (function node
// `init`), as lists added to `lists` (their storage in `scanned`).
void CallResolver::inheritingInstantiations(
    int classNode, int init, std::vector<std::span<const std::pair<int, int>>> &lists,
    std::deque<std::vector<std::pair<int, int>>> &scanned)
{
    // Past the bound, the first subclasses' calls are still calls of `init`.
    forEachSubclass(classNode, [&](int sub) {
        const Value own = classMember(sub, u"__init__", true);
        if (own.kind != Value::Function || own.id != init)
            return Walk::Prune; // its own __init__ (its subclasses run that one, or another)
        const CallNode &n = m_graph.node(sub);
        const QString &name =
            m_analysis.facts[std::size_t(n.file)].definitions[std::size_t(n.definition)].name;
        const std::vector<std::pair<int, int>> &calls = callsNamed(name);
        if (calls.size() <= kMaxCandidates)
            lists.push_back(
                callsResolvingTo(calls, valueKey(Value::Class, sub), scanned.emplace_back()));
        return Walk::Descend;
    });
}

// Whether a call looks its callee up on an instance (or through super()): a method called so
// gets the instance as its first parameter.
bool CallResolver::calledOnInstance(int file, const CallFact &call)
{
    const qsizetype dot = call.callee->lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const Value object = argumentValue(file, call, QStringView(call.callee).left(dot));
    return object.kind == Value::Instance || object.kind == Value::Super;
}

} // namespace headroom::detail
