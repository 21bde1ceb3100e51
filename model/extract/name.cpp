#include "name.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

namespace headroom {

std::array<std::atomic<QString *>, detail::kNameSegments> detail::nameSegments;
std::array<std::atomic<std::span<const Name> *>, detail::kNameSegments> detail::listSegments;

namespace {

// Values by id, in segments that never move once made: a reader indexes without a lock.
// An id is only handed out after its value is written (under a shard's lock), and reaches
// another thread only through something that orders the two (a lock, a thread's end).
template <typename T> class Slots
{
public:
    static constexpr std::uint32_t kBits = detail::kNameSegmentBits;
    static constexpr std::uint32_t kSize = 1u << kBits;
    static constexpr std::uint32_t kSegments = detail::kNameSegments;
    using Segments = std::array<std::atomic<T *>, kSegments>;

    explicit Slots(Segments &segments) : m_segments(segments)
    {
        segment(0); // id 0, the empty value, is there from the start
    }
    ~Slots()
    {
        for (auto &s : m_segments)
            delete[] s.exchange(nullptr, std::memory_order_relaxed);
    }
    Slots(const Slots &) = delete;
    Slots &operator=(const Slots &) = delete;

    const T &at(std::uint32_t id) const
    {
        return m_segments[id >> kBits].load(std::memory_order_acquire)[id & (kSize - 1)];
    }
    // A new id, its slot made ready to be written.
    std::pair<std::uint32_t, T *> add()
    {
        const std::uint32_t id = m_next.fetch_add(1, std::memory_order_relaxed);
        Q_ASSERT(id < kSize * kSegments);
        return {id, &segment(id >> kBits)[id & (kSize - 1)]};
    }
    std::uint32_t size() const { return m_next.load(std::memory_order_relaxed); }

private:
    T *segment(std::uint32_t index)
    {
        T *s = m_segments[index].load(std::memory_order_acquire);
        if (s)
            return s;
        const std::lock_guard guard(m_grow);
        s = m_segments[index].load(std::memory_order_relaxed);
        if (!s) {
            s = new T[kSize];
            m_segments[index].store(s, std::memory_order_release);
        }
        return s;
    }

    Segments &m_segments;
    std::atomic<std::uint32_t> m_next{1};
    std::mutex m_grow;
};

// The ids of one hash shard, open addressing with linear probing: 8 bytes per value.
class IdSet
{
public:
    // The id of the value with this hash for which `same(id)` holds; else `make()`'s.
    template <typename Same, typename Make>
    std::uint32_t findOrAdd(std::uint32_t hash, const Same &same, const Make &make)
    {
        if (m_used * 4 >= m_entries.size() * 3) // at most three quarters full
            grow();
        const std::size_t mask = m_entries.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Entry &e = m_entries[i];
            if (e.id == 0) {
                e = {hash, make()};
                ++m_used;
                return e.id;
            }
            if (e.hash == hash && same(e.id))
                return e.id;
        }
    }
    // The id of the value with this hash for which `same(id)` holds; 0 when none.
    template <typename Same> std::uint32_t find(std::uint32_t hash, const Same &same) const
    {
        if (m_entries.empty())
            return 0;
        const std::size_t mask = m_entries.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Entry &e = m_entries[i];
            if (e.id == 0 || (e.hash == hash && same(e.id)))
                return e.id;
        }
    }

private:
    struct Entry
    {
        std::uint32_t hash = 0;
        std::uint32_t id = 0; // 0: free
    };
    void grow()
    {
        std::vector<Entry> old(std::max<std::size_t>(64, m_entries.size() * 2));
        old.swap(m_entries);
        const std::size_t mask = m_entries.size() - 1;
        for (const Entry &e : old) {
            if (e.id == 0)
                continue;
            std::size_t i = e.hash & mask;
            while (m_entries[i].id != 0)
                i = (i + 1) & mask;
            m_entries[i] = e;
        }
    }

    std::vector<Entry> m_entries;
    std::size_t m_used = 0;
};

template <typename T> class Table
{
public:
    explicit Table(typename Slots<T>::Segments &segments) : m_slots(segments) {}

    static constexpr std::size_t kShards = 16; // threads interning at once rarely meet

    const T &at(std::uint32_t id) const { return m_slots.at(id); }
    std::uint32_t size() const { return m_slots.size(); }

    template <typename Same, typename Make>
    std::uint32_t intern(std::size_t hash, const Same &same, const Make &make)
    {
        Shard &shard = m_shards[hash % kShards];
        const std::lock_guard guard(shard.lock);
        return shard.ids.findOrAdd(std::uint32_t(hash / kShards), same, [&] {
            auto [id, slot] = m_slots.add();
            *slot = make();
            return id;
        });
    }

    template <typename Same> std::uint32_t find(std::size_t hash, const Same &same)
    {
        Shard &shard = m_shards[hash % kShards];
        const std::lock_guard guard(shard.lock);
        return shard.ids.find(std::uint32_t(hash / kShards), same);
    }

private:
    struct Shard
    {
        std::mutex lock;
        IdSet ids;
    };
    Slots<T> m_slots;
    std::array<Shard, kShards> m_shards;
};

// Where the table's texts and lists live: chunks that are never freed or moved while the
// process runs, handed out in order. A QString of its own would cost each name a 16-byte
// header and an allocation's overhead (a third of a typical name); the table's strings point
// into these chunks instead (QString::fromRawData), so copying one counts no references.
class Arena
{
public:
    void *allocate(std::size_t bytes, std::size_t align)
    {
        const std::lock_guard guard(m_lock);
        if (bytes > kChunk / 8) { // a long text gets a block of its own
            m_chunks.emplace_back(new std::byte[bytes]);
            return m_chunks.back().get();
        }
        std::size_t at = (m_used + align - 1) & ~(align - 1);
        if (!m_chunk || at + bytes > kChunk) {
            m_chunks.emplace_back(new std::byte[kChunk]);
            m_chunk = m_chunks.back().get();
            at = 0;
        }
        m_used = at + bytes;
        return m_chunk + at;
    }

private:
    static constexpr std::size_t kChunk = std::size_t(1) << 18;
    std::mutex m_lock;
    std::vector<std::unique_ptr<std::byte[]>> m_chunks;
    std::byte *m_chunk = nullptr;
    std::size_t m_used = 0;
};

Arena &arena()
{
    static Arena held;
    return held;
}

// A copy of the text in the arena.
QString stored(QStringView text)
{
    auto *at = static_cast<QChar *>(
        arena().allocate(std::size_t(text.size()) * sizeof(QChar), alignof(QChar)));
    std::copy(text.begin(), text.end(), at);
    return QString::fromRawData(at, text.size());
}

// A list of the table's names in the arena.
std::span<const Name> stored(std::span<const Name> names)
{
    auto *at = static_cast<Name *>(arena().allocate(names.size() * sizeof(Name), alignof(Name)));
    std::copy(names.begin(), names.end(), at);
    return {at, names.size()};
}

Table<QString> &names()
{
    static Table<QString> table(detail::nameSegments);
    return table;
}

Table<std::span<const Name>> &lists()
{
    static Table<std::span<const Name>> table(detail::listSegments);
    return table;
}

} // namespace

Name::Name(QStringView text)
{
    if (text.isEmpty())
        return;
    m_id = names().intern(
        qHash(text, 0), [&](std::uint32_t id) { return QStringView(names().at(id)) == text; },
        [&] { return stored(text); });
}

std::optional<Name> Name::find(QStringView text)
{
    Name found;
    if (text.isEmpty())
        return found;
    found.m_id = names().find(
        qHash(text, 0), [&](std::uint32_t id) { return QStringView(names().at(id)) == text; });
    if (found.m_id == 0)
        return std::nullopt;
    return found;
}

const QString &detail::emptyName()
{
    static const QString empty;
    return empty;
}

std::uint32_t Name::tableSize()
{
    return names().size();
}

NameList::NameList(const QStringList &list)
{
    std::vector<Name> elements;
    elements.reserve(std::size_t(list.size()));
    for (const QString &s : list)
        elements.emplace_back(s);
    m_id = of(elements).m_id;
}

NameList NameList::of(std::span<const Name> elements)
{
    NameList made;
    if (elements.empty())
        return made;
    // Equal lists hold the same names: compared and hashed by their ids.
    size_t hash = 0;
    for (const Name &n : elements)
        hash = qHashMulti(hash, n.id());
    const auto same = [&](std::uint32_t id) {
        const std::span<const Name> held = lists().at(id);
        return std::equal(held.begin(), held.end(), elements.begin(), elements.end());
    };
    made.m_id = lists().intern(hash, same, [&] { return stored(elements); });
    return made;
}

QStringList NameList::toList() const
{
    QStringList out;
    out.reserve(size());
    for (const Name &n : names())
        out.append(n.str());
    return out;
}

bool operator==(NameList a, const QStringList &b)
{
    const std::span<const Name> held = a.names();
    return std::equal(held.begin(), held.end(), b.begin(), b.end(),
                      [](const Name &n, const QString &t) { return n == t; });
}

std::uint32_t NameList::tableSize()
{
    return lists().size();
}

} // namespace headroom
