// The other ways calls reach a function's parameters (part of CallResolver; see
// callresolver.h): by the other names it is called by, through functions that pass their own
// `*args` and `**kwargs` on, and through a decorator's wrapper that passes them on. A
// parameter takes what the calls of its function pass (callparams.cpp), and those calls are
// found by the name they end in: `h = outer; h(f)` ends in "h", `ops["a"](f)` in "ops[]",
// `from m import outer as o; o(f)` in "o", and `get()(f)` (get returning it) in "get".
// Reading every call of such names lost 450 to 2,300 call sites of the standard library
// until cycles of values were solved to a fixpoint; since, none (see kMaxOtherNameCalls).
#include "callresolver.h"

#include <QSet>

namespace headroom::detail {

namespace {

// At most this many names besides its own are read for one function: each is a list of
// calls to group by what they call.
constexpr qsizetype kMaxCallNames = 8;

} // namespace

void CallResolver::indexCallNames()
{
    m_callNamesIndexed = true;
    QSet<QStringView> wanted;
    for (const FileFacts &facts : m_analysis.facts)
        for (const Definition &def : facts.definitions)
            wanted.insert(def.name.str());
    // One step from a name read where a function may stand to the name it is then called by.
    // Read twice: from the names of definitions, then from the names those are bound to
    // (`h = outer; g = h; g(f)`).
    QSet<QStringView> found;
    // `to` is the name it is called by, `called[]` for its elements with `elements`: made
    // into text only for a name that is wanted (most bindings bind none).
    const auto add = [&](QStringView from, QStringView called, bool elements = false) {
        from = lastName(from);
        if (!wanted.contains(from) || (!elements && called.isEmpty()))
            return false;
        const QString to = elements ? called.toString() + QLatin1String("[]") : called.toString();
        if (from == to)
            return false;
        QStringList &names = m_callNames[from];
        if (names.size() < kMaxCallNames && !names.contains(to)) {
            names.append(to);
            found.insert(QStringView(names.back()));
        }
        return true;
    };
    const auto element = [](QStringView e) { return !e.isEmpty() && isPlainChain(e); };
    // The names of functions that return a function by name (`def pick(): return run`):
    // `h = pick(); h(f)` calls what they return by "h". Only theirs: a name bound to what any call
    // gives would read the calls of every such name.
    QSet<QStringView> returners;
    for (int round = 0; round < 2; ++round) {
        for (const FileFacts &facts : m_analysis.facts) {
            for (const Binding &b : facts.bindings) {
                // Attributes of classes and instances (`tp = BufferedReader` in a test
                // class, called as `self.tp(mock)` in every test) are left out: their
                // calls are many, and reading them all while the values they pass are still
                // being worked out leaves those values unknown.
                if (b.selfAttribute || bindsObjectAttribute(b) ||
                    (b.scope >= 0 &&
                     facts.definitions[std::size_t(b.scope)].kind == DefKind::Class))
                    continue;
                const QString value = b.value.str();
                const QStringView bound = lastName(b.name.str());
                if (b.kind == BindingKind::Alias) {
                    if (element(value))
                        add(value, bound);
                } else if (b.kind == BindingKind::Call && round == 1) {
                    if (element(value) && returners.contains(lastName(value)))
                        add(value, bound);
                } else if (b.kind == BindingKind::Element && round == 1) {
                    // `for h in hooks: h(f)`: the elements of "hooks[]" are called by "h".
                    if (element(value))
                        add(value + QLatin1String("[]"), bound);
                } else if (b.kind == BindingKind::Display || b.kind == BindingKind::Alternatives) {
                    // `ops = {"a": outer}`: "ops[]"; `h = f if fast else g`: "h".
                    for (const QStringView e : displayedElements(value))
                        if (element(e))
                            add(e, bound, b.kind == BindingKind::Display);
                }
            }
            for (const StoreFact &s : facts.stores)
                if (const QStringView v = keyedElement(s.value.str()).value; element(v))
                    add(v, lastName(s.target.str()), true);
            for (const ImportFact &i : facts.imports)
                if (i.isFrom && !i.alias.isEmpty() && i.name != QLatin1String("*"))
                    add(i.name.str(), i.alias.str());
            // `def pick(): return run`: `pick()(f)` ends in "pick". Not `return table[k]`:
            // functions of that shape are many (`get`, `__getitem__`), and so are their calls.
            for (const Definition &d : facts.definitions) {
                if (d.kind != DefKind::Function)
                    continue;
                for (const QString &r : d.returnNames)
                    if (element(r) && add(r, d.name.str()) && round == 0)
                        returners.insert(d.name.str());
            }
        }
        wanted = std::exchange(found, {});
    }
}

// The names besides `name` that calls of a function or class named so may end in, nearest
// first, at most kMaxCallNames.
QStringList CallResolver::callNames(QStringView name)
{
    if (!m_callNamesIndexed)
        indexCallNames();
    QStringList out;
    const auto it = m_callNames.constFind(name);
    if (it == m_callNames.constEnd())
        return out;
    out = *it;
    for (qsizetype i = 0; i < out.size() && out.size() < kMaxCallNames; ++i) {
        const auto next = m_callNames.constFind(QStringView(out[i]));
        if (next == m_callNames.constEnd())
            continue;
        for (const QString &n : *next)
            if (out.size() < kMaxCallNames && n != name && !out.contains(n))
                out.append(n);
    }
    return out;
}

// Whether a call by a name a method is bound to fills the method's self itself: 1 when every
// binding of the name in the call's scope reads the method on an instance (`go = job.run;
// go(f)`), 0 when on its class (`run = Job.run; run(job, f)`), -1 when reading cannot tell
// (another callee, bindings that differ or read it otherwise).
int CallResolver::boundByAlias(int file, const CallFact &call)
{
    const QStringView callee = call.callee.str();
    if (!isPlainChain(callee) || callee.contains(QLatin1Char('.')))
        return -1;
    const auto [lo, hi] = entriesNamed(file, call.scope, callee);
    const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(file)].bindings;
    int bound = -1;
    for (auto it = lo; it != hi; ++it) {
        if (it->what != Entry::Binding)
            return -1;
        const Binding &b = bindings[std::size_t(it->index)];
        const QStringView value = b.value.str();
        const qsizetype dot = value.lastIndexOf(QLatin1Char('.'));
        if (b.kind != BindingKind::Alias || dot < 0)
            return -1;
        const Value object = evaluate(file, b.scope, value.left(dot), false, b.line);
        const bool onInstance = object.kind == Value::Instance || object.kind == Value::Super;
        const int here = onInstance ? 1 : object.kind == Value::Class ? 0 : -1;
        if (here < 0 || (bound >= 0 && here != bound))
            return -1;
        bound = here;
    }
    return bound;
}

// `return target(*args, **kwargs)` in `def forward(*args, **kwargs)`: a parameter of target
// the splat fills is what forward's callers pass in that place past forward's own parameters,
// or as that keyword; read through at most kMaxForwards such functions in a row.
Value CallResolver::forwardedValue(int f, const CallFact &call, int index, QStringView name)
{
    constexpr int kMaxForwards = 4;
    if (call.scope < 0 || call.lambda >= 0 || m_forwards >= kMaxForwards)
        return {};
    const Definition &def = m_analysis.facts[std::size_t(f)].definitions[std::size_t(call.scope)];
    if (def.kind == DefKind::Class)
        return {};
    int own = 0; // the forwarding function's positional parameters, before its `*`
    bool starred = false;
    QStringView args, kwargs; // the names of its `*args` and `**kwargs`
    for (const QString &p : def.parameters) {
        const int n = leadingStars(p);
        if (n == 2) {
            kwargs = QStringView(p).mid(2);
        } else if (n == 1) {
            starred = true;
            args = QStringView(p).mid(1); // empty for a bare `*`
        } else if (!starred && p != QLatin1String("/")) {
            ++own;
        }
    }
    if (args.isEmpty() && kwargs.isEmpty())
        return {};           // forwards nothing: its calls' arguments are not read
    int slot = -1;           // the place in forward's `*args` that fills the parameter
    bool keyword = false;    // forward's `**kwargs` may fill it by name
    int position = 0;        // of the next positional argument
    bool afterSplat = false; // places past a splat are unknown
    for (const QString &a : call.arguments) {
        const int n = leadingStars(a);
        if (n == 2) {
            keyword = keyword || (!kwargs.isEmpty() && QStringView(a).mid(2) == kwargs);
        } else if (n == 1) {
            if (!afterSplat && index >= position && !args.isEmpty() &&
                QStringView(a).mid(1) == args)
                slot = index - position;
            afterSplat = true;
        } else if (isPositional(a)) {
            ++position;
        }
    }
    keyword = keyword && !name.isEmpty() && !def.parameters.contains(name.toString());
    if (slot < 0 && !keyword)
        return {};
    std::vector<Value> values;
    ++m_forwards;
    const bool known =
        forEachCaller(f, call.scope, [&](int outerFile, const CallFact &outer, int bound) {
            if (outer.decorates >= 0)
                return;
            if (slot >= 0) {
                Value v = passedValue(outerFile, outer, own + slot - bound, QStringView());
                if (v.found() || v.kind == Value::Pending)
                    values.push_back(std::move(v));
            }
            if (keyword) {
                Value v = passedValue(outerFile, outer, -2, name);
                if (v.found() || v.kind == Value::Pending)
                    values.push_back(std::move(v));
            }
        });
    --m_forwards;
    if (keyword && storesIntoKeywords(f, call.scope, kwargs)) {
        // What the forwarding function itself puts under that key (`kwargs["rel"] = r`,
        // `kwargs.setdefault("rel", r)`) before passing its `**kwargs` on.
        const Value held = evaluate(f, call.scope, kwargs, false, call.line);
        for (const Value &c : alternatives(held))
            if (c.kind == Value::Container && c.name.isEmpty()) {
                Value v =
                    storedUnder(c.id, QLatin1Char('\'') + name.toString() + QLatin1Char('\''));
                if (v.found() || v.kind == Value::Pending)
                    values.push_back(std::move(v));
            }
    }
    return known && !values.empty() ? unite(values) : Value{};
}

// Whether a function puts anything into its `**kwargs` (named `kwargs`) itself: a store
// (`kwargs["rel"] = r`) or a call that stores (`kwargs.setdefault("rel", r)`), as the index of
// stores files them. Read once per function.
bool CallResolver::storesIntoKeywords(int file, int scope, QStringView kwargs)
{
    const quint64 key = quint64(quint32(file)) << 32 | quint32(scope);
    const auto known = m_keywordStores.constFind(key);
    if (known != m_keywordStores.constEnd())
        return *known;
    indexStores();
    const auto sites = m_stores.constFind(kwargs.toString());
    const bool stores = sites != m_stores.constEnd() &&
                        std::any_of(sites->begin(), sites->end(), [&](const StoreSite &site) {
                            return site.file == file && site.scope == scope;
                        });
    m_keywordStores.insert(key, stores);
    return stores;
}

// A decorated function whose decorator's wrapper passes every argument on unchanged: its
// callers are the calls by its name that reach the wrapper (`@logged def run(job)`, `run(f)`
// passes f to job; a method's `def inner(self, *args)` likewise). Only those by its own
// name: the wrapper's other callers are the other functions the decorator wraps. False when
// its callers cannot be told.
bool CallResolver::passedThrough(int file, int definition, const CallerVisitor &take)
{
    const int wrapper = passThroughWrapper(file, definition);
    if (wrapper < 0)
        return false;
    const Definition &def =
        m_analysis.facts[std::size_t(file)].definitions[std::size_t(definition)];
    const std::vector<std::pair<int, int>> &candidates = callsNamed(def.name);
    if (candidates.size() > kMaxCandidates)
        return false;
    std::vector<std::pair<int, int>> scanned;
    for (const auto &[f, c] :
         callsResolvingTo(candidates, valueKey(Value::Function, wrapper), scanned)) {
        const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
        // A method's wrapper takes self where the method would: `job.run(f)` fills it.
        take(f, call, def.kind == DefKind::Method && calledOnInstance(f, call) ? 1 : 0);
    }
    return true;
}

} // namespace headroom::detail
