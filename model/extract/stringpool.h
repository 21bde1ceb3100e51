#pragma once

#include "facts.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <mutex>

namespace headroom {

// One copy of every name in a project. Facts name the same things over and over (callee
// texts such as "self.assertEqual", parameter lists such as ("self"), attribute names):
// each equal string or list is then one shared, implicitly shared Qt value instead of one
// allocation per mention. Safe to use from several threads at once.
class StringPool
{
public:
    // The pool's copy of `text`, added when new (without spare capacity).
    [[nodiscard]] QString intern(const QString &text);
    // The pool's copy of the list, its elements interned too.
    [[nodiscard]] QStringList intern(const QStringList &list);
    // The pool's copy of a list whose elements are the pool's already.
    [[nodiscard]] QStringList internPooled(const QStringList &list);

    // Distinct strings and lists held.
    [[nodiscard]] qsizetype size() const;

private:
    static constexpr std::size_t kShards = 16; // locks taken by different threads rarely meet

    template <typename T> struct Shard
    {
        mutable std::mutex lock;
        QSet<T> values;
    };
    std::array<Shard<QString>, kShards> m_strings;
    // A list of pooled strings: equal lists hold the same strings, so that hashing and
    // comparing go by the strings' addresses, not their characters.
    struct PooledList
    {
        QStringList list;
        bool operator==(const PooledList &other) const;
        void squeeze() { list.squeeze(); }
    };
    friend size_t qHash(const PooledList &pooled, size_t seed);
    std::array<Shard<PooledList>, kShards> m_lists;
};

// Replaces every string of `facts` by the pool's copy and gives back the spare capacity of
// its lists of facts: what an analysis keeps, it keeps once and tight.
void internFacts(FileFacts &facts, StringPool &pool);

} // namespace headroom
