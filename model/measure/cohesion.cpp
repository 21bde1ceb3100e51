#include "cohesion.h"

#include <QHash>
#include <QSet>

#include <numeric>

namespace headroom {

namespace {

class DisjointSets
{
public:
    explicit DisjointSets(std::size_t count) : m_parent(count)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[std::size_t(x)] != x) {
            m_parent[std::size_t(x)] = m_parent[std::size_t(m_parent[std::size_t(x)])];
            x = m_parent[std::size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::size_t(std::max(a, b))] = std::min(a, b);
    }
    int count()
    {
        int roots = 0;
        for (int i = 0; i < int(m_parent.size()); ++i)
            roots += find(i) == i ? 1 : 0;
        return roots;
    }

private:
    std::vector<int> m_parent;
};

// "typing.Protocol[T]" -> "Protocol", "abc.abstractmethod" -> "abstractmethod".
QStringView lastComponent(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('[') || text[i] == QLatin1Char('(')) {
            text = text.left(i);
            break;
        }
    }
    text = text.trimmed();
    return text.mid(text.lastIndexOf(QLatin1Char('.')) + 1);
}

bool isConstructor(const QString &name)
{
    return name == QLatin1String("__init__") || name == QLatin1String("__new__") ||
           name == QLatin1String("__post_init__");
}

bool validIndex(const FileFacts &facts, int definition)
{
    return definition >= 0 && definition < int(facts.definitions.size());
}

// Walks from a definition to its enclosing definitions until `stop` says so (bounded, so a
// malformed parent chain cannot loop).
template <typename Stop> int climb(const FileFacts &facts, int definition, Stop stop)
{
    int d = definition;
    for (std::size_t steps = 0; validIndex(facts, d) && steps <= facts.definitions.size();
         ++steps) {
        if (stop(d))
            return d;
        d = facts.definitions[std::size_t(d)].parent;
    }
    return -1;
}

// The method a scope belongs to (itself, or the method a nested function sits in).
int owningMethod(const FileFacts &facts, int scope)
{
    return climb(facts, scope,
                 [&](int d) { return facts.definitions[std::size_t(d)].kind == DefKind::Method; });
}

bool abstractFromParts(const Definition &cls, const FileFacts &facts,
                       const std::vector<int> &methods)
{
    for (const QString &base : cls.bases) {
        const QStringView last = lastComponent(base);
        if (last == QLatin1String("ABC") || last == QLatin1String("Protocol"))
            return true;
    }
    for (const int m : methods) {
        for (const QString &decorator : facts.definitions[std::size_t(m)].decorators) {
            if (lastComponent(decorator) == QLatin1String("abstractmethod"))
                return true;
        }
    }
    return false;
}

// A name used through self/cls inside a method: an attribute read or store, or a call.
struct SelfUse
{
    QString name;
    bool store = false;
    bool call = false;
};

// "self.save" / "cls.create" -> "save" / "create"; "" for anything else.
QString selfCallee(const QString &callee)
{
    for (const QLatin1String prefix : {QLatin1String("self."), QLatin1String("cls.")}) {
        if (!callee.startsWith(prefix))
            continue;
        const QString rest = callee.mid(prefix.size());
        if (!rest.isEmpty() && !rest.contains(QLatin1Char('.')) && !rest.contains(QLatin1Char('(')))
            return rest;
    }
    return {};
}

// LCOM4 and the attribute share of one class; with `parts`, its connected parts too.
void measureClass(ClassMetrics &out, const std::vector<int> &methods,
                  const std::vector<std::vector<SelfUse>> &usesOf, const FileFacts &facts,
                  std::vector<CohesionPart> *parts = nullptr)
{
    QSet<QString> methodNames, stored, called;
    QHash<QString, QList<int>> byName; // considered methods by name, local indices
    std::vector<int> considered;
    for (const int m : methods) {
        const QString &name = facts.definitions[std::size_t(m)].name;
        methodNames.insert(name);
        for (const SelfUse &use : usesOf[std::size_t(m)]) {
            if (use.store)
                stored.insert(use.name);
            if (use.call)
                called.insert(use.name);
        }
        if (!isConstructor(name)) {
            byName[name].append(int(considered.size()));
            considered.push_back(m);
        }
    }
    QSet<QString> attributes = stored;
    attributes.subtract(methodNames);

    DisjointSets sets(considered.size());
    for (const QList<int> &same : std::as_const(byName)) {
        for (const int j : same)
            sets.unite(same.front(), j);
    }
    QHash<QString, int> firstUser;
    std::vector<QSet<QString>> shared(parts ? considered.size() : 0); // per method
    double shares = 0;
    for (int i = 0; i < int(considered.size()); ++i) {
        QSet<QString> used;
        for (const SelfUse &use : usesOf[std::size_t(considered[std::size_t(i)])]) {
            if (methodNames.contains(use.name)) {
                for (const int j : byName.value(use.name))
                    sets.unite(i, j);
                continue;
            }
            if (called.contains(use.name) && !stored.contains(use.name))
                continue; // an inherited method
            if (parts)
                shared[std::size_t(i)].insert(use.name);
            const auto it = firstUser.constFind(use.name);
            if (it == firstUser.cend())
                firstUser.insert(use.name, i);
            else
                sets.unite(i, it.value());
            if (attributes.contains(use.name))
                used.insert(use.name);
        }
        if (!attributes.isEmpty())
            shares += double(used.size()) / double(attributes.size());
    }
    out.lcom4 = considered.empty() ? 0 : sets.count();
    if (!considered.empty() && !attributes.isEmpty())
        out.cohesion = shares / double(considered.size());
    if (!parts)
        return;
    // A part's root is its first method: the parts come in the order of their first methods.
    QHash<int, std::size_t> partOf;
    std::vector<QSet<QString>> names;
    for (int i = 0; i < int(considered.size()); ++i) {
        const int root = sets.find(i);
        if (!partOf.contains(root)) {
            partOf.insert(root, parts->size());
            parts->emplace_back();
            names.emplace_back();
        }
        const std::size_t p = partOf.value(root);
        const QString &name = facts.definitions[std::size_t(considered[std::size_t(i)])].name;
        if (!(*parts)[p].methods.contains(name)) // a property and its setter: one name
            (*parts)[p].methods << name;
        names[p].unite(shared[std::size_t(i)]);
    }
    for (std::size_t p = 0; p < parts->size(); ++p) {
        (*parts)[p].shared = QStringList(names[p].begin(), names[p].end());
        (*parts)[p].shared.sort();
    }
}

// A file's methods per class and the names each method uses through self/cls.
struct ClassInputs
{
    std::vector<std::vector<int>> methodsOf;  // per definition: its methods, if a class
    std::vector<std::vector<SelfUse>> usesOf; // per definition: its uses, if a method
};

ClassInputs classInputs(const FileFacts &facts, const std::vector<ResolvedUse> &resolved)
{
    const std::size_t count = facts.definitions.size();
    ClassInputs in{std::vector<std::vector<int>>(count), std::vector<std::vector<SelfUse>>(count)};
    for (std::size_t d = 0; d < count; ++d) {
        const Definition &def = facts.definitions[d];
        if (def.kind == DefKind::Method && validIndex(facts, def.parent) &&
            facts.definitions[std::size_t(def.parent)].kind == DefKind::Class)
            in.methodsOf[std::size_t(def.parent)].push_back(int(d));
    }
    for (const AttributeUse &a : facts.attributes) {
        const int m = owningMethod(facts, a.scope);
        if (m >= 0)
            in.usesOf[std::size_t(m)].push_back({a.attribute, a.store, false});
    }
    for (const CallFact &c : facts.calls) {
        // An operator's special method counts where the call graph resolves it (below), as
        // whether its call is kept at all depends on the rest of the project.
        if (c.origin == CallOrigin::Operator)
            continue;
        const int m = owningMethod(facts, c.scope);
        QString name = m >= 0 ? selfCallee(c.callee) : QString();
        if (!name.isEmpty())
            in.usesOf[std::size_t(m)].push_back({std::move(name), false, true});
    }
    for (const ResolvedUse &use : resolved) {
        const int m = owningMethod(facts, use.caller);
        if (m < 0 || !validIndex(facts, use.callee))
            continue;
        const Definition &callee = facts.definitions[std::size_t(use.callee)];
        if (callee.kind == DefKind::Method &&
            callee.parent == facts.definitions[std::size_t(m)].parent)
            in.usesOf[std::size_t(m)].push_back({callee.name, false, true});
    }
    return in;
}

} // namespace

bool isAbstractClass(const FileFacts &facts, int definition)
{
    if (!validIndex(facts, definition))
        return false;
    std::vector<int> methods;
    for (int d = 0; d < int(facts.definitions.size()); ++d) {
        if (facts.definitions[std::size_t(d)].kind == DefKind::Method &&
            facts.definitions[std::size_t(d)].parent == definition)
            methods.push_back(d);
    }
    return abstractFromParts(facts.definitions[std::size_t(definition)], facts, methods);
}

std::vector<ClassMetrics> classMetrics(const FileFacts &facts, int file, const QString &module,
                                       const std::vector<ResolvedUse> &resolved)
{
    const std::size_t count = facts.definitions.size();
    const ClassInputs in = classInputs(facts, resolved);
    std::vector<ClassMetrics> out;
    for (std::size_t c = 0; c < count; ++c) {
        const Definition &cls = facts.definitions[c];
        if (cls.kind != DefKind::Class)
            continue;
        ClassMetrics m;
        m.file = file;
        m.definition = int(c);
        m.qualifiedName =
            module.isEmpty() ? cls.qualName.str() : module + QLatin1Char('.') + cls.qualName;
        m.methods = int(in.methodsOf[c].size());
        m.abstract = abstractFromParts(cls, facts, in.methodsOf[c]);
        measureClass(m, in.methodsOf[c], in.usesOf, facts);
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<CohesionPart> cohesionParts(const FileFacts &facts, int definition,
                                        const std::vector<ResolvedUse> &resolved)
{
    std::vector<CohesionPart> parts;
    if (!validIndex(facts, definition) ||
        facts.definitions[std::size_t(definition)].kind != DefKind::Class)
        return parts;
    const ClassInputs in = classInputs(facts, resolved);
    ClassMetrics m;
    measureClass(m, in.methodsOf[std::size_t(definition)], in.usesOf, facts, &parts);
    return parts;
}

int moduleComponents(const FileFacts &facts, const std::vector<ResolvedUse> &resolved)
{
    QHash<QString, QList<int>> byName; // top-level definitions by name, local indices
    std::vector<int> localOf(facts.definitions.size(), -1);
    int tops = 0;
    for (std::size_t d = 0; d < facts.definitions.size(); ++d) {
        const Definition &def = facts.definitions[d];
        if (def.parent < 0 && def.kind != DefKind::Method) {
            localOf[d] = tops++;
            byName[def.name].append(localOf[d]);
        }
    }
    if (tops == 0)
        return 0;
    DisjointSets sets{std::size_t(tops)};
    auto link = [&](int scope, const QString &name) {
        const int top = climb(facts, scope, [&](int d) { return localOf[std::size_t(d)] >= 0; });
        if (top < 0)
            return;
        const auto it = byName.constFind(name);
        if (it == byName.cend())
            return;
        for (const int other : it.value())
            sets.unite(localOf[std::size_t(top)], other);
    };
    for (const NameUse &use : facts.names)
        link(use.scope, use.name);
    for (const CallFact &call : facts.calls) {
        if (!call.callee->contains(QLatin1Char('.')) && !call.callee->contains(QLatin1Char('(')))
            link(call.scope, call.callee);
    }
    auto isTop = [&](int d) { return localOf[std::size_t(d)] >= 0; };
    for (const ResolvedUse &use : resolved) {
        const int from = climb(facts, use.caller, isTop);
        const int to = climb(facts, use.callee, isTop);
        if (from >= 0 && to >= 0)
            sets.unite(localOf[std::size_t(from)], localOf[std::size_t(to)]);
    }
    return sets.count();
}

} // namespace headroom
