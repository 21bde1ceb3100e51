#include "stringpool.h"

#include <QHash>

#include <algorithm>
#include <type_traits>
#include <utility>

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
    return internPooled(elements);
}

// The address a pooled string is known by; every empty string is one.
static const QChar *addressOf(const QString &pooled)
{
    return pooled.isEmpty() ? nullptr : pooled.constData();
}

bool StringPool::PooledList::operator==(const PooledList &other) const
{
    return list.size() == other.list.size() &&
           std::equal(
               list.begin(), list.end(), other.list.begin(),
               [](const QString &a, const QString &b) { return addressOf(a) == addressOf(b); });
}

size_t qHash(const StringPool::PooledList &pooled, size_t seed)
{
    for (const QString &s : pooled.list)
        seed = qHashMulti(seed, addressOf(s));
    return seed;
}

QStringList StringPool::internPooled(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    const PooledList pooled{list};
    return internIn(m_lists, pooled, qHash(pooled, 0)).list;
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
    // A file's facts share one string wherever a name recurs (the extractor and the cache's
    // decoder give the same text once): each is looked up in the pool once, then found by
    // its address. The entry keeps the original alive so that no other string can take its
    // address while this runs.
    QHash<const QChar *, std::pair<QString, QString>> seen;
    const auto string = [&](const QString &text) {
        if (text.isEmpty())
            return text;
        auto it = seen.constFind(text.constData());
        if (it == seen.constEnd())
            it = seen.insert(text.constData(), {text, pool.intern(text)});
        return it->second;
    };
    const auto in = [&](auto &value) {
        if constexpr (std::is_same_v<std::remove_reference_t<decltype(value)>, QString>) {
            value = string(value);
        } else {
            if (value.isEmpty())
                return;
            QStringList elements;
            elements.reserve(value.size());
            for (const QString &element : std::as_const(value))
                elements.append(string(element));
            value = pool.internPooled(elements);
        }
    };
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
