#pragma once

// What names and dotted expressions stand for, read statically across modules. Private to
// the call graph (callresolver.cpp: scopes and expressions; callimports.cpp: modules and
// imports; mro.cpp: classes).

#include "callgraph.h"
#include "callhelpers.h"
#include "callvalue.h"
#include "name.h"

#include <QSet>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <span>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace headroom::detail {

class CallResolver
{
public:
    // A use "at the end" of its scope: every binding of the scope may reach it.
    static constexpr int kEnd = 1 << 30;

    CallResolver(const Analysis &analysis, const CallGraph &graph);

    // The values a value may be: the members of a Set, else the value itself.
    [[nodiscard]] Alternatives alternatives(const Value &value) const;

    // The value of a dotted expression as the callee text writes it ("a.b().c", "super().m"),
    // read in a scope of a file. When `called`, the last name is what gets called: a method
    // that no internal class defines is then taken from the first external base.
    // A `line` in the scope reads the name bindings that reach it there: those before it, back
    // to the last one that always runs; kEnd reads them all from the last that always runs.
    // With `head`, the chain's first name is that value.
    [[nodiscard]] Value evaluate(int file, int scope, QStringView expression, bool called = true,
                                 int line = kEnd, const Value *head = nullptr);
    // evaluate() for a chain written in a lambda (kEnd): a chain starting with one of its
    // parameters starts from what its callers pass (lambdaParameter()); one starting with a
    // parameter of a lambda it sits in is Unknown.
    [[nodiscard]] Value evaluateInLambda(int file, int scope, int lambda, QStringView chain,
                                         bool called);
    // An argument of a call as its scope (or lambda) reads it.
    [[nodiscard]] Value argumentValue(int file, const CallFact &call, QStringView text);
    // What calling a value gives.
    [[nodiscard]] Value callResult(const Value &callee);
    [[nodiscard]] Value callResultAt(const Value &callee, int file, int scope, int line,
                                     QStringView text);
    [[nodiscard]] Value classOf(const Value &object);
    // What `@factory(...)` calls with the definition below it (a CallOrigin::Applied call):
    // the decorator the factory defines and returns, else Unknown.
    [[nodiscard]] Value appliedDecorator(int file, const CallFact &call);
    // Where evaluate() notes the property getters the expression itself reads on its way
    // (`a.b` in `a.b.run()`, with b a property): node ids, appended; null for nowhere.
    void notePropertyReads(std::vector<int> *reads) { m_propertyReads = reads; }
    // The method a class (or a successor of `after` in its MRO) gives for `name`; read on the
    // class object itself (`onClassObject`), a property is the property, not its getter's value.
    [[nodiscard]] Value classMember(int classNode, QStringView name, bool called, int after = -1,
                                    bool onClassObject = false);
    // A method that a class and its bases lack, as the project's subclasses of it define it
    // (a template method's `self.step()`): each one's, NotFound when none does.
    [[nodiscard]] Value subclassMember(int classNode, QStringView name);
    // The project's classes naming a class as a base (nodes), and a walk of them and theirs:
    // at most kMaxSubclasses, each once, below those the visit descends into; false when the
    // visit stopped or the hierarchy is wider than the bound.
    [[nodiscard]] const std::vector<int> &directSubclasses(int classNode);
    enum class Walk
    {
        Descend,
        Prune,
        Stop
    };
    bool forEachSubclass(int classNode, const std::function<Walk(int subclass)> &visit);
    // What a call of a base's method read on a subclass (or its instance) gives, when the
    // method returns its own self or cls, or an instance `cls(...)` makes: the subclass's.
    [[nodiscard]] Value onReceiver(const Value &result, const Value &method, const Value &receiver);
    // The classmethods among a value's functions (a Set of them, one, or NotFound).
    [[nodiscard]] Value classmethodsOf(const Value &value);
    // The class after which `super()` (or `super(Base, self)`), written on `line` of a method
    // of `methodClass`, looks in the MRO of an instance of `instanceClass`: methodClass, or
    // Base; -1 when that cannot be told or Base is not in that MRO.
    [[nodiscard]] int superBase(int file, int scope, int line, int methodClass, int instanceClass);
    // The setter node of the property `name` on instances of the class, -1 when none.
    [[nodiscard]] int propertySetter(int classNode, QStringView name);
    // Methods called through an instance of a subclass that inherits them (`b.func()` with b
    // a B, func defined in A), as (method node, subclass node), in the order evaluations
    // first meet them: self in that method is such an instance there.
    [[nodiscard]] const std::vector<std::pair<int, int>> &inheritedReceivers() const
    {
        return m_inheritedReceivers;
    }
    // Notes the inherited methods among `found` as run on an instance of the class: also
    // `__init__` when a subclass is instantiated and `__call__` when its instance is called.
    void noteReceiver(int classNode, const Value &found);
    // The lambda of that name ("<lambda1>") nested in a lambda of the file, -1 when none.
    [[nodiscard]] int nestedLambda(int file, int lambda, QStringView name) const;
    // Whether a chain read in a lambda starts with a parameter of it (or of a lambda it sits
    // in): such a name is the lambda's own, and nothing tells what its callers pass.
    [[nodiscard]] bool startsWithLambdaParameter(int file, int lambda, QStringView chain) const;
    // A class's bases as written, read in the class's enclosing scope: Class, External or
    // Builtin values; Unknown for a base nothing pins down.
    [[nodiscard]] const std::vector<Value> &bases(int classNode);

private:
    // A name bound in one scope of one file, by a definition, an import or a binding.
    struct Entry
    {
        enum What : std::uint8_t
        {
            Definition,
            Import,
            Binding,
            Rebound,
            Lambda
        };
        Entry(int scope, Name name, int index, int line, What what, bool branch, int until = 0,
              int block = 0, bool sameLine = false)
            : scope(scope), name(name), index(index), line(line), what(what), branch(branch),
              sameLine(sameLine), block(block > 0 && block < kMaxBlock ? std::uint32_t(block) : 0),
              untilSpan(until > 0 ? std::uint32_t(std::clamp(until - line + 1, 1, kMaxSpan)) : 0)
        {
        }
        static constexpr int kMaxSpan = (1 << 14) - 1;
        static constexpr int kMaxBlock = (1 << 13) - 1;
        int scope;
        Name name;
        int index; // into the facts' definitions, imports or bindings
        int line;  // where it binds; Rebound entries may bind at any time
        std::uint32_t what : 3;
        std::uint32_t branch : 1;   // it may not run: a later use may still see earlier bindings
        std::uint32_t sameLine : 1; // Binding::sameLine: uses on its line see it
        // A branch's binding: how many lines past `line` its block reaches (uses there see
        // only it); 0 when unknown or too far.
        std::uint32_t block : 13;
        std::uint32_t untilSpan : 14; // until() - line + 1, 0 for none
        // A comprehension's variable: seen by uses up to this line only; else 0.
        [[nodiscard]] int until() const { return untilSpan ? line + int(untilSpan) - 1 : 0; }
        // Whether a use on `use` comes after it: on a later line, or on its own where it
        // binds before the rest of its line runs.
        [[nodiscard]] bool sees(int use) const { return line < use || (sameLine && line == use); }
        // Whether it decides a use on `line` after it: it always runs, or the use is in its
        // branch's block.
        [[nodiscard]] bool decides(int use) const
        {
            return !branch || (sees(use) && use <= line + int(block));
        }
        // The entry of binding `index` (a fact of the file).
        static Entry of(const headroom::Binding &binding, int index)
        {
            return {binding.scope,   binding.name,
                    index,           binding.line,
                    Entry::Binding,  binding.branch,
                    binding.until(), binding.branch ? binding.blockEnd() - binding.line : 0,
                    binding.sameLine};
        }
    };
    static_assert(sizeof(Entry) == 20);
    struct FileIndex
    {
        std::vector<Entry> entries;            // sorted by scope, then name
        std::vector<int> scopeStart;           // per scope + 1: its first entry (then the next's)
        std::vector<int> starImports;          // module-level `from m import *`
        std::vector<int> selfAttributes;       // bindings of `self.x`, sorted by their class
        std::vector<int> selfClass;            // the class definition of each, same order
        std::vector<int> callsByLine;          // the file's calls, ordered by line
        std::vector<int> attributeStoreScopes; // scopes that store `c.h = ...`, sorted
    };
    enum class Memo : std::uint8_t
    {
        Todo,
        Busy,
        Done,
        Provisional, // worked out inside a cycle still in progress (see memoised())
    };
    // Which round of which cycle a provisional value was worked out in: the level of the
    // computation where the cycle began, that computation's run (unique per computation
    // started) and its round.
    struct Round
    {
        int level = 0;
        quint32 run = 0;
        int round = 0;
    };
    // One memoised value. A cycle is solved to a fixpoint where it begins: a computation that
    // meets another still in progress reads what that one gave in the round before (Pending
    // in the first), and the computation where the cycle began runs again, up to kMaxRounds
    // times, until neither it nor anything read while in progress changes. What is worked out
    // inside the cycle is kept for the round it was worked out in, and for good once the cycle
    // settles in that round; otherwise it is computed again when asked later, at most
    // kMaxRetries times, so that what it gives is not what was seen from inside another cycle.
    // Busy and Provisional never hold at once, so the level is one field for both: 24 bytes a
    // memo (the resolver keeps one per binding and call read).
    struct ValueMemo
    {
        Memo state = Memo::Todo;
        std::uint8_t retries = 0;
        std::uint8_t fromRound = 0; // while Provisional: Round::round (below kMaxRounds)
        // While Busy: its place among the memoised computations in progress; while
        // Provisional: Round::level.
        int level = 0;
        quint32 fromRun = 0; // while Provisional: Round::run
        Value value;         // while Busy: what the round before gave (Pending in the first)

        [[nodiscard]] Round from() const { return {level, fromRun, fromRound}; }
        void setFrom(const Round &round)
        {
            level = round.level;
            fromRun = round.run;
            fromRound = std::uint8_t(round.round);
        }
    };
    static_assert(sizeof(ValueMemo) == 24);
    // One memoised computation in progress, by its level.
    struct Level
    {
        quint32 run = 0;
        int round = 0;
        bool dirty = false; // a value read while in progress changed: another round is due
        bool read = false;  // it was read while in progress
    };
    enum class Standing : std::uint8_t
    {
        Current, // worked out in the round in progress of its cycle
        Earlier, // in an earlier round of the cycle still in progress
        Settled, // in the round its cycle settled in: final
        Stale,   // in a cycle that ended unsettled, or in one reading cannot tell
    };
    [[nodiscard]] Standing standing(const Round &from) const;
    int enterLevel();
    static constexpr int kMaxRounds = 4;
    static_assert(kMaxRounds <= 255); // a round fits ValueMemo::fromRound
    // Past this many calls of one name, the parameters they would fill are left untyped:
    // reading them all would cost more than it tells.
    static constexpr std::size_t kMaxCandidates = 2000;
    // Past this many places that may put elements into containers of one name (stores
    // written there, or stores through the parameters of functions such a container is
    // passed to), they are left unread: reading them all would cost more than it tells.
    static constexpr std::size_t kMaxStores = 2000;
    static constexpr int kMaxRetries = 16;

    void indexFile(int file);
    // Name::find() for the resolver: a text looked up again where it was found before (the
    // same characters at the same place) skips the table's hash and lock. Only names found
    // are kept: a text the table lacks may be added to it later.
    [[nodiscard]] std::optional<Name> knownName(QStringView text) const;
    struct KnownName
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        Name name;
    };
    static constexpr std::size_t kKnownNames = 4096; // a power of two
    mutable std::vector<KnownName> m_knownNames = std::vector<KnownName>(kKnownNames);
    using EntryIt = std::vector<Entry>::const_iterator;
    using EntryRange = std::pair<EntryIt, EntryIt>;
    // The entries that bind `name` in one scope of a file, in the order they bind.
    [[nodiscard]] EntryRange entriesNamed(int file, int scope, QStringView name) const;
    [[nodiscard]] EntryRange entriesNamed(int file, int scope, Name name) const;
    [[nodiscard]] EntryRange entriesNamed(int file, int scope, const QString &name) const
    {
        return entriesNamed(file, scope, QStringView(name));
    }
    // The calls written in a scope on a line whose callee text is `callee`.
    [[nodiscard]] std::vector<const CallFact *> callsAt(int file, int scope, int line,
                                                        QStringView callee) const;
    [[nodiscard]] Value lookupName(int file, int scope, QStringView name, int line);
    struct StoredBefore
    {
        Value value;          // NotFound: the scope stores nothing there before the use
        bool decides = false; // the object's own attribute is not read
    };
    [[nodiscard]] StoredBefore attributeStoredBefore(int file, int scope, QStringView chain,
                                                     int line);
    [[nodiscard]] Value scopeValue(int file, int scope, Name name, int line = kEnd);
    [[nodiscard]] Value entriesValue(int file, int scope, Name name, EntryIt lo, EntryIt hi,
                                     int line);
    [[nodiscard]] Value entryValue(int file, int scope, const Entry &entry);
    [[nodiscard]] Value bindingValue(int file, int scope, int binding);
    [[nodiscard]] Value computeBindingValue(int file, int scope, int binding);
    [[nodiscard]] Value reboundValue(int file, const Entry &entry);
    [[nodiscard]] Value narrowedValue(int file, int scope, const Binding &b);
    [[nodiscard]] Value sentValue(int file, int scope);
    [[nodiscard]] Value moduleMember(int module, const QString &name);
    [[nodiscard]] Value moduleMember(int module, QStringView name);
    [[nodiscard]] Name builtinName(Name name);
    QHash<Name, Name> m_builtinNames; // builtinName()'s, by name
    [[nodiscard]] Value moduleMember(int module, Name name);
    [[nodiscard]] Value moduleAttribute(int module, QStringView name);
    [[nodiscard]] Value moduleValue(const QString &dotted) const;
    [[nodiscard]] Value importValue(int file, const ImportFact &fact);
    [[nodiscard]] int importedModule(int file, const ImportFact &fact) const;
    [[nodiscard]] bool exports(int module, const QString &name) const;
    [[nodiscard]] Value attribute(const Value &object, QStringView name, bool called);
    [[nodiscard]] bool lacks(const Value &value, QStringView name);
    [[nodiscard]] Value headValue(int file, int scope, QStringView name, int line);
    [[nodiscard]] std::pair<int, int> superArguments(int file, int scope, int line);
    [[nodiscard]] Value superValue(int mroClass, int after);
    [[nodiscard]] bool inMro(int classNode, int base);
    [[nodiscard]] Value typeValue(int file, int scope, QStringView annotation);
    [[nodiscard]] Value returnValue(int functionNode);
    [[nodiscard]] Value computeReturn(int functionNode);
    [[nodiscard]] bool returnsParametersOnly(int functionNode);
    [[nodiscard]] Value returnedArguments(int functionNode, int file, const CallFact &call);
    [[nodiscard]] Value lambdaResult(const CallNode &node);
    enum class DecoratorShape : std::uint8_t
    {
        Identity,  // returns its first parameter
        Wrapper,   // returns functions defined inside it
        Outside,   // returns only what names bound outside it give
        Instances, // returns only new instances of the project's classes
        Other
    };
    [[nodiscard]] DecoratorShape decoratorShape(int functionNode);
    // The wrapper a function's one decorator (`@logged`, `@retry(3)`) makes of it when that
    // wrapper only passes its own parameters on, in order (`def inner(*args, **kwargs):
    // return fn(*args, **kwargs)`, `def inner(x): return fn(x)`): its node, or -1
    // (callreturns.cpp).
    [[nodiscard]] int passThroughWrapper(int file, int definition);
    [[nodiscard]] Value factoryDecorator(const Value &factory);
    [[nodiscard]] Value decoratorOf(int file, int scope, QStringView text, int line);
    [[nodiscard]] Value decorated(int file, int scope, const QString &text, const Value &v,
                                  int line);
    // Parameters (callparams.cpp): what the project's calls of the function pass.
    [[nodiscard]] Value parameterValue(int file, int binding);
    // With a `receiver` class, only the calls that run the function (an `__init__`) on an
    // instance of that class or of its subclasses (receiverAttribute()).
    [[nodiscard]] Value callersValue(int file, int definition, QStringView name, int receiver = -1);
    // A parameter's value with its default (`def run(cb=None)`), given what callers pass.
    [[nodiscard]] Value withDefault(int file, int scope, const Binding &parameter,
                                    const Value &passed);
    [[nodiscard]] Value decoratorArgument(int file, const CallFact &call);
    [[nodiscard]] std::vector<Value> setterArguments(int file, int definition);
    // Per name of a property with a setter, the bindings that may call it (setterArguments()).
    QHash<Name, std::vector<std::pair<int, int>>> m_setterStores;
    bool m_setterStoresIndexed = false;
    [[nodiscard]] Value passedValue(int file, const CallFact &call, int index, QStringView name);
    [[nodiscard]] Value lambdaParameter(int file, int lambda, int index);
    [[nodiscard]] Value computeLambdaParameter(int file, int lambda, int index);
    QHash<quint64, ValueMemo> m_lambdaParameters; // per (file, lambda << 8 | parameter)
    // What argumentValue() gave, per argument text read of a call, where final: a function's
    // callers are read once per parameter, and their receivers and arguments each time. Only
    // texts inside the call's own (its callee or an argument, which live as long as the
    // facts) are kept, by where they are: a text made for the asking is read each time.
    struct ArgumentKey
    {
        const CallFact *call = nullptr;
        const QChar *text = nullptr;
        qsizetype size = 0;
        friend bool operator==(const ArgumentKey &, const ArgumentKey &) = default;
        friend size_t qHash(const ArgumentKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.call, key.text, key.size);
        }
    };
    QHash<ArgumentKey, Value> m_arguments;
    [[nodiscard]] Value computeArgumentValue(int file, const CallFact &call, QStringView text);
    // compute()'s value, `final` when it may be kept (see callfinal.cpp).
    template <typename F> Value finalOrNot(F &&compute, bool &final);
    // What classMember() gave, where final (as for m_arguments), per class, name and how it
    // was read; whether a property was read on the way (notePropertyReads() wants that noted).
    struct MemberKey
    {
        int classNode = -1;
        std::uint32_t name = 0; // Name::id()
        int after = -1;
        bool called = false;
        bool onClassObject = false;
        friend bool operator==(const MemberKey &, const MemberKey &) = default;
        friend size_t qHash(const MemberKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.classNode, key.name, key.after,
                              int(key.called) | int(key.onClassObject) << 1);
        }
    };
    struct Member
    {
        Value value;
        bool readProperty = false;
    };
    QHash<MemberKey, Member> m_classMembers;
    // classMember() worked out (`known`: the name, when the name table has it).
    [[nodiscard]] Value computeClassMember(int classNode, QStringView name, bool called, int after,
                                           bool onClassObject, std::optional<Name> known);
    quint64 m_propertiesRead = 0; // property getters read by classMember(), ever
    [[nodiscard]] Value passedDirectly(int file, const CallFact &call, int index, QStringView name);
    [[nodiscard]] Value unpackedKeyword(int file, const CallFact &call, QStringView name);
    [[nodiscard]] Value unpackedValue(int file, const CallFact &call, int argument);
    [[nodiscard]] Value forwardedValue(int file, const CallFact &call, int index, QStringView name);
    int m_forwards = 0; // forwardedValue()s in progress
    [[nodiscard]] bool storesIntoKeywords(int file, int scope, QStringView kwargs);
    QHash<quint64, bool> m_keywordStores; // per (file, function): storesIntoKeywords()
    struct Ordered
    {
        bool known = false;
        bool open = false;         // more may follow the values listed
        std::vector<Value> values; // Neutral where a literal sits, NotFound where an unknown
    };
    [[nodiscard]] Value unpackedValue(int file, int scope, const Binding &b);
    [[nodiscard]] Ordered orderedElements(const Value &held);
    [[nodiscard]] Ordered orderedElements(int file, int scope, int line, QStringView display);
    [[nodiscard]] const QString *displayOf(int container, int *scope = nullptr,
                                           int *line = nullptr) const;
    [[nodiscard]] std::vector<Value> splatValues(int file, int binding, QStringView key = {});
    using CallerVisitor = std::function<void(int file, const CallFact &call, int bound)>;
    bool passedThrough(int file, int definition, const CallerVisitor &take);
    [[nodiscard]] bool calledOnInstance(int file, const CallFact &call);
    [[nodiscard]] int boundByAlias(int file, const CallFact &call);
    // With `otherNames`, only the calls by the names it is bound to (callNames()); with a
    // `receiver` class, for an `__init__`, only those that run it on an instance of that class
    // or of its subclasses: their instantiations and their methods' explicit calls.
    bool forEachCaller(int file, int definition, const CallerVisitor &take, bool otherNames = false,
                       int receiver = -1);
    void inheritingInstantiations(int classNode, int init,
                                  std::vector<std::span<const std::pair<int, int>>> &lists,
                                  std::deque<std::vector<std::pair<int, int>>> &scanned);
    [[nodiscard]] std::span<const std::pair<int, int>>
    callsResolvingTo(const std::vector<std::pair<int, int>> &candidates, quint64 key,
                     std::vector<std::pair<int, int>> &scanned);
    [[nodiscard]] const std::vector<std::pair<int, int>> &callsNamed(QStringView name);
    // Other names calls of a function or class named `name` may end in (callnames.cpp).
    [[nodiscard]] QStringList callNames(QStringView name);
    void indexCallNames();
    [[nodiscard]] int methodOf(int file, int scope) const;
    [[nodiscard]] bool isMethodOf(int file, int scope, int classNode);

    // Classes (mro.cpp).
    [[nodiscard]] const std::vector<Value> &mro(int classNode);
    [[nodiscard]] bool isMetaclass(int classNode);
    // Enums, dataclasses and NamedTuples (callclassmakers.cpp).
    [[nodiscard]] bool isEnumClass(int classNode);
    [[nodiscard]] bool isEnumMember(int classNode, Name name, int depth = 0);
    [[nodiscard]] bool isDataclass(int classNode);
    [[nodiscard]] int dataclassFieldIndex(int classNode, QStringView name);
    [[nodiscard]] Value dataclassField(int classNode, Name name);
    // The self attribute `name` that methods of `owner` bind, read on an instance of its
    // subclass `receiver` (callreceivers.cpp). NotFound when no site stores an `__init__`
    // parameter as it is.
    [[nodiscard]] Value receiverAttribute(int receiver, int owner, Name name);
    [[nodiscard]] Value selfAttributeType(int classNode, QStringView name);
    // The self attribute `name` of a class (its sites filled on first use), null when none.
    struct SelfAttribute;
    [[nodiscard]] SelfAttribute *selfAttribute(int classNode, QStringView name);
    [[nodiscard]] std::vector<int> selfAttributeSites(int classNode,
                                                      const SelfAttribute &attribute);
    // What code outside a class or module stores under `name` on it (`conf.hook = f` with conf
    // a Conf, `mod.handler = f`): `kind` is Class (for its instances too) or Module. NotFound
    // when nothing is stored there.
    [[nodiscard]] Value objectStored(Value::Kind kind, int id, QStringView name);
    [[nodiscard]] Value combineSelfBindings(int file, const std::vector<int> &bindings);

    // Sets of values and containers (callset.cpp; where containers are made and their types,
    // callcontainers.cpp).
    template <typename F> Value mapped(const Value &value, F &&f);
    template <typename CellOf, typename F> Value memoised(CellOf &&cellOf, F &&compute);
    template <typename F>
    Value memoised(QHash<quint64, ValueMemo> &table, int file, int index, F &&compute);
    [[nodiscard]] Value unite(std::span<const Value> values);
    [[nodiscard]] Value unite(std::initializer_list<Value> values)
    {
        return unite(std::span<const Value>(values.begin(), values.size()));
    }
    [[nodiscard]] Value containerValue(int file, int binding);
    [[nodiscard]] Value functionContainer(int functionNode, int display = -1);
    [[nodiscard]] bool isContextManagerGenerator(const Value &value) const;
    // The container a display passed as an argument makes (`run([f, g])`), one per call and
    // argument; `display` is its text without the keyword.
    [[nodiscard]] Value argumentContainer(int file, const CallFact &call, int argument,
                                          QStringView display);
    [[nodiscard]] Value containerMethodResult(const Value &container, QStringView method,
                                              int file = -1, const CallFact *call = nullptr);
    [[nodiscard]] const CallFact *keyedCallAt(int file, int scope, int line,
                                              QStringView callee) const;
    [[nodiscard]] Value storedValue(int file, int scope, QStringView element, int line,
                                    QStringView key = {});
    [[nodiscard]] Value elementsOf(const Value &container);
    [[nodiscard]] Value keyedElementsOf(const Value &container, QStringView key);
    [[nodiscard]] Value slicedOf(const Value &value);
    [[nodiscard]] Value keyedElements(int container, QStringView key);
    [[nodiscard]] Value iteratedOf(const Value &container);
    [[nodiscard]] Value containerElements(int container);
    [[nodiscard]] Value computeElements(int container);
    [[nodiscard]] std::vector<Value> listedValues(int file, int scope, QStringView list, int line,
                                                  bool *complete = nullptr);
    template <typename F>
    void forEachStore(int container, bool all, F &&take, QStringView key = {});
    [[nodiscard]] Value storedUnder(int container, QStringView key);
    template <typename F>
    void storesNamed(int container, const QString &name, bool all, F &&take, QStringView key);
    template <typename F>
    void takeStored(int file, int index, int scope, int line, bool all, F &&take,
                    QStringView key = {});
    [[nodiscard]] std::vector<const CallFact *> chainedStores(int file, const CallFact &call) const;
    using ValueVisitor = std::function<void(const Value &)>;
    void parameterStores(int container, const QString &name, bool all, const ValueVisitor &take,
                         QStringView key = {});
    void indexParameterStores();
    [[nodiscard]] std::span<const std::tuple<int, int, int>>
    callersPassing(int i, int index, const QString &name,
                   std::vector<std::tuple<int, int, int>> &scanned);
    [[nodiscard]] Value parameterElement(int callerFile, const CallFact &call, int bound, int node,
                                         QStringView element, int line);
    [[nodiscard]] bool containerComplete(int container);
    [[nodiscard]] bool containerStored(int container, bool unknown);
    [[nodiscard]] std::vector<Value> dictCallValues(int file, int binding);
    [[nodiscard]] QStringView containerType(const Value &container) const;
    [[nodiscard]] Value withMethod(const Value &value, QStringView name);
    [[nodiscard]] Value containerAttribute(const Value &container, QStringView name, bool called);
    void indexStores();

    [[nodiscard]] const Definition &definitionOf(int node) const;
    [[nodiscard]] int nodeOf(int file, int definition) const;
    [[nodiscard]] Value definitionValue(int file, int definition) const;

    const Analysis &m_analysis;
    const CallGraph &m_graph;
    std::vector<FileIndex> m_files;
    std::vector<QHash<Name, Value>> m_members; // per import-graph node: memoised names
    std::vector<ValueMemo> m_returns;          // per call-graph node
    // What is kept per class is kept by class, not by node (a tenth of the nodes are
    // classes): classSlot() is a class node's place in these lists.
    std::vector<int> m_classSlot; // per node; -1 for all but classes
    [[nodiscard]] std::size_t classSlot(int classNode) const
    {
        const int slot = m_classSlot[std::size_t(classNode)];
        Q_ASSERT(slot >= 0);
        return std::size_t(slot >= 0 ? slot : m_classCount); // the last one: none is asked
    }
    int m_classCount = 0;
    std::vector<Memo> m_mroState;
    std::vector<std::vector<Value>> m_mros;
    std::vector<Memo> m_basesState;
    std::vector<std::vector<Value>> m_bases;
    std::vector<std::vector<int>> m_subclasses; // per class: its direct subclasses (nodes)
    std::vector<std::pair<int, int>> m_inheritedReceivers;
    QSet<quint64> m_inheritedSeen; // the pairs above, as (method << 32 | subclass)
    bool m_subclassesIndexed = false;
    // One `self` attribute of a class: its bindings are sites[begin, end) of its class.
    struct SelfAttribute
    {
        Name name;
        int begin = 0;
        int end = 0;
        ValueMemo memo;
    };
    QHash<quint64, ValueMemo> m_parameters;      // per (file, parameter binding)
    QHash<quint64, ValueMemo> m_rebounds;        // per (file, global or nonlocal binding)
    QHash<quint64, ValueMemo> m_unpacked;        // per (file, Unpacked binding)
    QHash<quint64, ValueMemo> m_storeTargets;    // per (file, store as in m_stores): its target
    QHash<quint64, ValueMemo> m_keyed;           // per (container, key's Name id): keyedElements()
    QHash<quint64, ValueMemo> m_storedUnder;     // per (container, key's Name id): storedUnder()
    QHash<quint64, ValueMemo> m_dataclassFields; // per (class node, field's Name id)
    QHash<quint64, ValueMemo> m_receiverAttributes; // per (receiver class, attribute Name id)
    std::vector<std::int8_t> m_dataclasses;         // per class slot: isDataclass(), -1 unknown
    // Memos for facts of a file read by many (a call's callee, a binding's value): per file
    // and fact, an index into `memos`, -1 until first read; tables made on first use.
    struct DenseMemos
    {
        std::vector<std::vector<int>> indices;
        std::vector<ValueMemo> memos;
        // The index of fact `index` of `file`, which has `count` such facts, out of `files`.
        std::size_t slot(int file, int index, std::size_t count, std::size_t files);
        [[nodiscard]] bool done(int file, int index) const
        {
            return memos[std::size_t(indices[std::size_t(file)][std::size_t(index)])].state ==
                   Memo::Done;
        }
    };
    DenseMemos m_bindingMemos; // bindings that read other names (bindingValue())
    // Per name a call ends in: (file, call index) of every call, built on first use.
    QHash<QString, std::vector<std::pair<int, int>>> m_callsByName;
    std::vector<std::pair<int, int>> m_appliedCalls; // `@factory(...)` applied (CallOrigin)
    // `functools.partial(f, a, k=b)`: a call of f passing a first and b as k (what calls of
    // the partial object add is not read), with f's text as callee and the rest as arguments;
    // indexed with the calls, per last name of f.
    struct PartialCall
    {
        int file;
        int index; // of the partial(...) call
        CallFact call;
    };
    std::deque<PartialCall> m_partials;
    QHash<QString, std::vector<int>> m_partialsByName;
    // The partial calls binding arguments to `name` whose f resolves to `key` (valueKey()).
    [[nodiscard]] std::vector<const PartialCall *> partialCallsOf(QStringView name, quint64 key);
    [[nodiscard]] bool isFunctoolsPartial(const Value &v) const;
    bool m_callsIndexed = false;
    // Per name of a definition (or a name bound to one), the names one step away that calls
    // of it may end in: "h" for `h = outer`, "ops[]" for `ops = {"a": outer}` (callNames()).
    QHash<QStringView, QStringList> m_callNames;
    bool m_callNamesIndexed = false;
    DenseMemos m_callees; // what each call calls (calleeAt())
    // The calls of one name (keyed by callsNamed()'s list) grouped by the function or class
    // each resolves to, in the list's order: built at the name's first forEachCaller, so that
    // every later function of that name reads its own callers, not all the name's calls.
    struct CallersByCallee
    {
        bool building = false;
        bool built = false;
        bool provisional = false; // grouped while values it read were in a cycle's round
        Round from;
        // The calls (file, call) sorted by what they call (valueKey(), in keys[i]), each
        // callee's in the list's order: flat, since most names have a few callees.
        std::vector<quint64> keys;
        std::vector<std::pair<int, int>> sites;
        // While grouping is in progress, the calls whose callees are final, kept: per call of
        // the list whether it is, the others in the list's order, the kept ones by callee.
        std::vector<bool> kept;
        std::vector<int> unkept;
        std::unordered_map<quint64, std::vector<int>> keptByCallee;
    };
    std::unordered_map<const void *, CallersByCallee> m_callers;
    [[nodiscard]] Value calleeAt(int file, int call);
    [[nodiscard]] bool calleeFinal(int file, int call) const;
    // Attributes bound on other objects (Binding names "conf.hook"), per attribute name; the
    // objects the chains before it name are read on the name's first lookup.
    struct ObjectStores
    {
        bool building = false;
        bool built = false;
        std::vector<std::pair<int, int>> sites; // (file, binding)
        // By (kind << 32 | id) of the class or module a site's object is: its sites, and
        // what they store, taken together.
        QHash<quint64, std::vector<std::pair<int, int>>> byObject;
        QHash<quint64, ValueMemo> values;
    };
    std::vector<ObjectStores> m_objectStores;
    QHash<QStringView, int> m_objectStoreIds; // attribute name -> m_objectStores
    bool m_objectStoresIndexed = false;
    // `f.helper = g` stores per (function node, attribute), found by name alone (mro.cpp).
    [[nodiscard]] Value functionStored(int functionNode, QStringView name);
    QHash<std::pair<int, QStringView>, std::vector<std::pair<int, int>>> m_functionStores;
    bool m_functionStoresIndexed = false;
    // Per class node, filled on first use: the bindings of its `self` attributes (of the class's
    // file), grouped by name, and the attributes sorted by name. Vectors rather than a hash
    // per class: most classes have a few attributes, and a hash's least is over a kilobyte.
    struct ClassAttributes
    {
        std::vector<int> sites;
        std::vector<SelfAttribute> names;
    };
    std::vector<Memo> m_attributeState; // per class: whether m_attributes is filled
    std::vector<std::unique_ptr<ClassAttributes>> m_attributes; // null until filled
    std::vector<int> *m_propertyReads = nullptr;                // notePropertyReads()
    [[nodiscard]] bool isPropertyName(Name name);
    QSet<Name> m_propertyNames; // of every `@property` of the project (isPropertyName())
    bool m_propertyNamesIndexed = false;
    int m_depth = 0;     // nesting of evaluations, against pathological chains
    int m_memoLevel = 0; // memoised computations in progress (ValueMemo::level)
    int m_cycleLow = std::numeric_limits<int>::max(); // lowest level a cycle reached
    std::vector<Level> m_levels;                      // by level (1 and up)
    quint32 m_runs = 0;                               // memoised computations started
    QHash<quint32, int> m_settled; // the runs whose cycle settled: the round it settled in
    bool m_cut = false; // an evaluation hit the depth bound: what it gave is not for keeping
    // An evaluation read something still being worked out outside the memos (a class's bases
    // or MRO, a container's completeness, the objects or callers being gathered): what it
    // gave is not for the caches of final values (argumentValue(), classMember()).
    bool m_partial = false;
    std::vector<std::pair<int, int>> m_supers; // per Super value: (MRO's class, after)
    QHash<quint64, int> m_superIds;
    std::vector<std::vector<Value>> m_sets; // sorted members of each Set value: a
    // Set's members stay where they are (its vector is moved, never copied, as sets are added)
    std::map<std::vector<Value>, int> m_setIds; // interned: equal sets are equal values
    std::vector<Value> m_uniting;               // unite()'s members being gathered
    struct ContainerSite
    {
        int file;
        int binding;  // the Display binding that makes it, the `*args`/`**kwargs` parameter,
                      // or the Call binding of `dict(...)`
        int function; // or (binding -1): the call-graph node of a generator function, or of
        int display;  // a function returning displays, with the index of one (else -1)
        ValueMemo elements;
        Memo completeState = Memo::Todo;
        bool complete = false; // every element it holds is known (containerComplete)
        int call = -1; // or (binding -1, function -1): a display passed in this call of file,
        const QString *argument = nullptr; // as this text (in m_argumentDisplays)
        // Or (binding -1, function -1, no argument): what a `defaultdict` (this container)
        // makes for a missing key, of the builtin type its factory names.
        int defaultOf = -1;
        QStringView defaultType = {};
    };
    std::vector<ContainerSite> m_containers;
    QHash<int, int> m_defaultIds; // defaultdict container -> the container of its defaults
    // `d = defaultdict(list)`: the type its factory makes ("list", "set", "dict"), else empty.
    [[nodiscard]] QStringView defaultFactory(int file, int binding) const;
    [[nodiscard]] Value defaultContainer(int container, QStringView type);

    QHash<quint64, int> m_containerIds;            // (file, binding) -> container
    QHash<quint64, int> m_functionIds;             // (function node, display or -1) -> container
    QHash<QPair<quint64, int>, int> m_argumentIds; // ((file, call), argument) -> container
    std::deque<QString> m_argumentDisplays;        // their displays (addresses stay)
    // Where elements are put, by the last name of the container's chain: (file, index) of a
    // StoreFact (index >= 0) or of a call that puts one (-1 - call index), with where it is
    // and whether it puts in anything to read (worked out once: the containers of a name are
    // many; what it puts in is read only for those it puts into).
    struct StoreSite
    {
        int file;
        int index;
        int scope;
        int line;
        bool followed; // an element it puts in names something (isFollowedElement)
    };
    QHash<QString, std::vector<StoreSite>> m_stores;
    bool m_storesIndexed = false;
    // Stores into an element of a container (`d[k].append(f)`), by the last name of the chain
    // subscripted, as m_stores files them; the subscripted chain's value, per (file, store).
    QHash<QString, std::vector<StoreSite>> m_nestedStores;
    QHash<quint64, ValueMemo> m_nestedTargets;
    [[nodiscard]] Value nestedStored(int container);
    // Functions that put elements into a container one of their parameters names
    // (`def add(d, k, v): d[k] = v`), by the name calls call them by ("add"; a class's name
    // for __init__); and per last name of a chain passed as an argument, the names of the
    // functions of those that it is passed to.
    struct ParameterStore
    {
        int file;
        int definition;
        QString parameter;
        std::vector<int> stores; // as m_stores: a StoreFact (>= 0) or a call (-1 - index)
        int index = -1;          // the parameter's, as parameterIndex() gives it
        // What the stores put in, as storedElements() writes them, with the store's line.
        std::vector<std::pair<QString, int>> elements;
        // The function's resolved calls by the last name of what each passes for the
        // parameter, in the order forEachCaller gives them: (file, call, bound), built once.
        bool building = false;
        bool built = false;
        QHash<QString, std::vector<std::tuple<int, int, int>>> callers;
    };
    std::vector<ParameterStore> m_parameterStores;
    QHash<QString, std::vector<int>> m_parameterStoresByName;
    QHash<QString, QStringList> m_passedTo;
    bool m_parameterStoresIndexed = false;
};

} // namespace headroom::detail

#include "callmemoised.h"
