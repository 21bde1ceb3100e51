#include "stringpool.h"

namespace headroom {

namespace {

template <typename T, typename Shards> T internIn(Shards &shards, const T &value, size_t hash)
{
    auto &shard = shards[hash % shards.size()];
    const std::lock_guard guard(shard.lock);
    if (const auto it = shard.values.constFind(value); it != shard.values.cend())
        return *it;
    T tight = value;
    tight.squeeze(); // a string built by appending keeps its spare room; the pool does not
    shard.values.insert(tight);
    return tight;
}

// Gives back the spare capacity of every list of facts.
template <typename... Lists> void tighten(Lists &...lists)
{
    const auto one = [](auto &list) {
        if (list.capacity() != list.size())
            std::remove_reference_t<decltype(list)>(list.begin(), list.end()).swap(list);
    };
    (one(lists), ...);
}

} // namespace

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    return internIn(m_strings, text, qHash(text));
}

QStringList StringPool::intern(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    QStringList elements;
    elements.reserve(list.size());
    for (const QString &s : list)
        elements.append(intern(s));
    return internIn(m_lists, elements, qHash(elements));
}

qsizetype StringPool::size() const
{
    qsizetype n = 0;
    for (const auto &shard : m_strings) {
        const std::lock_guard guard(shard.lock);
        n += shard.values.size();
    }
    for (const auto &shard : m_lists) {
        const std::lock_guard guard(shard.lock);
        n += shard.values.size();
    }
    return n;
}

void internFacts(FileFacts &f, StringPool &pool)
{
    const auto in = [&pool](auto &value) { value = pool.intern(value); };
    for (ImportFact &i : f.imports) {
        in(i.module);
        in(i.name);
        in(i.alias);
    }
    for (Definition &d : f.definitions) {
        in(d.name);
        in(d.qualName);
        in(d.bases);
        in(d.decorators);
        in(d.returns);
        in(d.returnCalls);
        in(d.returnNames);
        in(d.returnDisplays);
        in(d.yields);
        in(d.selfName);
        in(d.parameters);
    }
    for (CallFact &c : f.calls) {
        in(c.callee);
        in(c.arguments);
    }
    for (AttributeUse &a : f.attributes)
        in(a.attribute);
    for (NameUse &n : f.names)
        in(n.name);
    for (Binding &b : f.bindings) {
        in(b.name);
        in(b.value);
        in(b.defaultValue);
    }
    for (ReferenceFact &r : f.references)
        in(r.name);
    for (StoreFact &s : f.stores) {
        in(s.target);
        in(s.value);
    }
    for (LambdaFact &l : f.lambdas) {
        in(l.name);
        in(l.parameters);
        in(l.returnCall);
        in(l.returnName);
    }
    in(f.moduleNames);
    in(f.dunderAll);
    tighten(f.imports, f.definitions, f.calls, f.attributes, f.names, f.bindings, f.references,
            f.stores, f.lambdas, f.diagnostics);
}

} // namespace headroom
