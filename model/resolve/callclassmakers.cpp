// Classes the library makes more of than their bodies say: an enum's members are instances
// of it; `@dataclass` writes an `__init__` (and typing.NamedTuple a `__new__`) that stores
// each parameter under its field's name, so a field holds what the class's instantiations
// pass for it (part of CallResolver; see callresolver.h).
#include "callresolver.h"

#include <array>
#include <string_view>

namespace headroom::detail {

namespace {

// `dataclass`, `dataclasses.dataclass`, `dataclass(frozen=True)`.
bool isDataclassDecorator(QStringView text)
{
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const QStringView callee = open < 0 ? text : text.left(open);
    return callee == u"dataclass" || callee.endsWith(u".dataclass");
}

// typing.NamedTuple as a base: it adds no field of its own.
bool isNamedTuple(const Value &base)
{
    return base.kind == Value::External &&
           (base.name == QLatin1String("typing.NamedTuple") ||
            base.name == QLatin1String("typing_extensions.NamedTuple"));
}

// A class-level annotation that makes no field of the `__init__` (`ClassVar[int]`).
bool isClassVariable(QStringView annotation)
{
    return annotation.startsWith(u"ClassVar") || annotation.contains(u".ClassVar");
}

} // namespace

// Whether the class derives from enum.Enum (or IntEnum, StrEnum, Flag, IntFlag, ReprEnum).
bool CallResolver::isEnumClass(int classNode)
{
    static constexpr std::array<std::u16string_view, 6> kBases{u"enum.Enum",    u"enum.IntEnum",
                                                               u"enum.StrEnum", u"enum.Flag",
                                                               u"enum.IntFlag", u"enum.ReprEnum"};
    const std::vector<Value> &order = mro(classNode);
    return std::any_of(order.begin(), order.end(), [](const Value &v) {
        return v.kind == Value::External &&
               std::find(kBases.begin(), kBases.end(), QStringView(v.name.str())) != kBases.end();
    });
}

// Whether `name` is a member of an enum class (an instance of it, `Color.RED`): a name its
// body binds by assignment alone, to a value that is no descriptor (a def, a lambda,
// staticmethod(), classmethod(), property(), nonmember()), and no _sunder_ or __dunder__ name;
// an alias of another member (`DEFAULT = RED`) is one too.
bool CallResolver::isEnumMember(int classNode, Name name, int depth)
{
    const QString &text = name.str();
    if (depth > 4 || text.isEmpty() ||
        (text.startsWith(QLatin1Char('_')) && text.endsWith(QLatin1Char('_'))) ||
        !isEnumClass(classNode))
        return false;
    const CallNode &cls = m_graph.node(classNode);
    const std::vector<Binding> &bindings = m_analysis.facts[std::size_t(cls.file)].bindings;
    const auto [lo, hi] = entriesNamed(cls.file, cls.definition, name);
    if (lo == hi)
        return false;
    for (auto it = lo; it != hi; ++it) {
        if (it->what != Entry::Binding)
            return false;
        const Binding &b = bindings[std::size_t(it->index)];
        switch (b.kind) {
        case BindingKind::Plain:
        case BindingKind::Display:
        case BindingKind::NoneValue:
            break;
        case BindingKind::Call: {
            const QStringView callee = lastName(b.value.str());
            if (callee == u"staticmethod" || callee == u"classmethod" || callee == u"property" ||
                callee == u"nonmember")
                return false;
            break;
        }
        case BindingKind::Alias: {
            const std::optional<Name> other = knownName(b.value.str());
            if (!other || !isEnumMember(classNode, *other, depth + 1))
                return false;
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

// Whether the class is decorated `@dataclass` and writes no `__init__` of its own (the
// decorator then writes one), or derives from typing.NamedTuple (whose `__new__` takes the
// fields likewise).
bool CallResolver::isDataclass(int classNode)
{
    if (m_dataclasses.empty())
        m_dataclasses.assign(std::size_t(m_classCount) + 1, -1);
    std::int8_t &known = m_dataclasses[classSlot(classNode)];
    if (known < 0) {
        const CallNode &cls = m_graph.node(classNode);
        const Definition &def =
            m_analysis.facts[std::size_t(cls.file)].definitions[std::size_t(cls.definition)];
        const bool decorated =
            std::any_of(def.decorators.begin(), def.decorators.end(),
                        [](const QString &d) { return isDataclassDecorator(d); });
        const auto [lo, hi] = entriesNamed(cls.file, cls.definition, u"__init__");
        const std::vector<Value> &direct = bases(classNode);
        const bool namedTuple = std::any_of(direct.begin(), direct.end(),
                                            [](const Value &v) { return isNamedTuple(v); });
        known = (decorated && lo == hi) || namedTuple ? 1 : 0;
    }
    return known == 1;
}

// The `__init__` parameter a dataclass writes for field `name`: its place among the
// positional parameters (after self), -2 when it is keyword-only or its place is unknown (a
// base that is no dataclass of the project may add fields before it), -1 when it is no field.
int CallResolver::dataclassFieldIndex(int classNode, QStringView name)
{
    std::vector<QStringView> fields; // in the order the written `__init__` takes them
    bool placesKnown = true;
    int keywordOnlyFrom = -1;
    const std::vector<Value> &order = mro(classNode);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if ((it->kind == Value::Builtin && it->name == QLatin1String("builtins.object")) ||
            isNamedTuple(*it))
            continue;
        if (it->kind != Value::Class || !isDataclass(it->id)) {
            placesKnown = false;
            continue;
        }
        const CallNode &cls = m_graph.node(it->id);
        for (const Binding &b : m_analysis.facts[std::size_t(cls.file)].bindings) {
            if (b.scope != cls.definition || b.kind != BindingKind::Annotated || b.selfAttribute)
                continue;
            if (b.value.str().endsWith(u"KW_ONLY")) { // `_: KW_ONLY`: keyword-only from here
                keywordOnlyFrom = int(fields.size());
                continue;
            }
            if (isClassVariable(b.value.str()))
                continue;
            const QStringView field = b.name.str();
            if (std::find(fields.begin(), fields.end(), field) == fields.end())
                fields.push_back(field); // a field a subclass annotates again keeps its place
        }
    }
    const auto at = std::find(fields.begin(), fields.end(), name);
    if (at == fields.end())
        return -1;
    const int index = int(at - fields.begin());
    return placesKnown && (keywordOnlyFrom < 0 || index < keywordOnlyFrom) ? index : -2;
}

// What the instantiations of a dataclass pass for its field `name`, taken together; NotFound
// when it is no field, the class is instantiated nowhere reading finds, or none passes a value
// reading knows (the field keeps its default). Instantiations of subclasses are not read.
Value CallResolver::dataclassField(int classNode, Name name)
{
    if (!isDataclass(classNode))
        return {};
    return memoised(m_dataclassFields, classNode, int(name.id()), [&]() -> Value {
        const int index = dataclassFieldIndex(classNode, name.str());
        if (index == -1)
            return {};
        const CallNode &cls = m_graph.node(classNode);
        const QString &className =
            m_analysis.facts[std::size_t(cls.file)].definitions[std::size_t(cls.definition)].name;
        const std::vector<std::pair<int, int>> &candidates = callsNamed(className);
        if (candidates.size() > kMaxCandidates)
            return {};
        std::vector<std::pair<int, int>> scanned;
        std::vector<Value> values;
        for (const auto &[f, c] :
             callsResolvingTo(candidates, valueKey(Value::Class, classNode), scanned)) {
            const CallFact &call = m_analysis.facts[std::size_t(f)].calls[std::size_t(c)];
            Value v = passedValue(f, call, index, name.str());
            if (v.found() || v.kind == Value::Pending)
                values.push_back(std::move(v));
        }
        return values.empty() ? Value{} : unite(values);
    });
}

} // namespace headroom::detail
