// Modules for the call resolver: what a module's namespace binds (its own bindings, then
// what its star imports export) and what each import form binds a name to.

#include "callresolver.h"

#include "resolver.h"

namespace headroom::detail {

Value CallResolver::moduleAttribute(int module, QStringView name)
{
    const Value v = moduleMember(module, name);
    if (v.kind == Value::Neutral) {
        // `handler = None` in the module, set from another (`mod.handler = f`).
        const Value stored = objectStored(Value::Module, module, name);
        return stored.found() ? stored : v;
    }
    if (v.kind != Value::NotFound)
        return v;
    const ImportGraph &graph = m_analysis.graph;
    const int sub = graph.find(joined(graph.node(module).name, name));
    if (sub >= 0 && graph.isInternal(sub))
        return Value::of(Value::Module, sub);
    const Value stored = objectStored(Value::Module, module, name); // `mod.handler = f`
    return stored.found() ? stored : Value::unknown();
}

Value CallResolver::moduleMember(int module, QStringView name)
{
    const std::optional<Name> known = knownName(name); // else added to the table
    return moduleMember(module, known ? *known : Name(name));
}

Value CallResolver::moduleMember(int module, const QString &name)
{
    return moduleMember(module, Name(name));
}

// What a module's namespace binds a name to: its module-level bindings, else what its star
// imports export. Memoised; a cycle of imports reads Unknown.
Value CallResolver::moduleMember(int module, Name name)
{
    {
        const QHash<Name, Value> &memo = m_members[std::size_t(module)];
        const auto it = memo.constFind(name);
        if (it != memo.constEnd())
            return *it;
    }
    m_members[std::size_t(module)].insert(name, Value::unknown());
    const int file = m_analysis.graph.node(module).file;
    Value v;
    const CutWatch watch(m_cut);
    if (file >= 0) {
        v = scopeValue(file, -1, name);
        if (v.kind == Value::NotFound) {
            bool externalStar = false;
            for (const int i : m_files[std::size_t(file)].starImports) {
                const ImportFact &fact =
                    m_analysis.facts[std::size_t(file)].imports[std::size_t(i)];
                const int target = importedModule(file, fact);
                if (target == -2)
                    externalStar = true;
                if (target < 0 || !exports(target, name))
                    continue;
                const Value w = moduleMember(target, name);
                if (w.kind != Value::NotFound) {
                    v = w;
                    break;
                }
            }
            // A star import from outside may bring anything, but not a builtin's name.
            if (v.kind == Value::NotFound && externalStar && !isBuiltinName(name))
                v = Value::unknown();
        }
    }
    // Read where an evaluation hit the depth bound, it is read again when asked again.
    if (watch.cut())
        m_members[std::size_t(module)].remove(name);
    else
        m_members[std::size_t(module)].insert(name, v);
    return v;
}

bool CallResolver::exports(int module, const QString &name) const
{
    const int file = m_analysis.graph.node(module).file;
    if (file < 0)
        return false;
    const NameList &all = m_analysis.facts[std::size_t(file)].dunderAll;
    return all.isEmpty() ? !name.startsWith(QLatin1Char('_')) : all.contains(name);
}

// The import-graph node a from-import reads from: -1 when nothing internal matches a name
// that looks internal, -2 when the module is outside the project.
int CallResolver::importedModule(int file, const ImportFact &fact) const
{
    const SourceFile &source = m_analysis.file(file);
    QString base = fact.module;
    if (fact.level > 0) {
        const RelativeBase rb = relativeBase(source.module, source.isPackageInit, fact.level);
        if (!rb.ok)
            return -1;
        base = joined(rb.name, fact.module);
    }
    const ImportGraph &graph = m_analysis.graph;
    const int id = graph.find(base);
    if (id >= 0 && graph.isInternal(id))
        return id;
    const int top = graph.find(topName(base).toString());
    return top >= 0 && graph.isInternal(top) ? -1 : -2;
}

Value CallResolver::moduleValue(const QString &dotted) const
{
    const ImportGraph &graph = m_analysis.graph;
    const int id = graph.find(dotted);
    if (id >= 0 && graph.isInternal(id))
        return Value::of(Value::Module, id);
    const int top = graph.find(topName(dotted).toString());
    if (top >= 0 && graph.isInternal(top))
        return Value::unknown(); // a module of the project that is not there
    return Value::named(Value::External, dotted);
}

Value CallResolver::importValue(int file, const ImportFact &fact)
{
    if (!fact.isFrom)
        return moduleValue(fact.alias.isEmpty() ? topName(fact.module).toString()
                                                : fact.module.str());
    if (fact.level == 0 && fact.module == QLatin1String("__future__"))
        return Value::unknown();
    const int target = importedModule(file, fact);
    if (target == -1)
        return Value::unknown();
    const ImportGraph &graph = m_analysis.graph;
    if (target == -2)
        return Value::named(Value::External, joined(fact.module, fact.name));
    // `from pkg import name` reads pkg's namespace first: a name its __init__ binds hides a
    // submodule of that name (`from unittest import main` is a class); else the submodule.
    // Unknown does not hide one: pkg/__init__.py's own `from pkg import sub` reads Unknown
    // while pkg's namespace is being read.
    const Value v = moduleMember(target, fact.name.str());
    if (v.found())
        return v;
    const int sub = graph.find(joined(graph.node(target).name, fact.name));
    if (sub >= 0 && graph.isInternal(sub))
        return Value::of(Value::Module, sub);
    return Value::unknown();
}

} // namespace headroom::detail
