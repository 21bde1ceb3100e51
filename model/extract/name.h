#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>

namespace headroom {

namespace detail {
// The table's names by id, in segments of 2^16 that never move once made (name.cpp), so that
// reading a name's text is two loads.
inline constexpr std::uint32_t kNameSegmentBits = 16;
inline constexpr std::uint32_t kNameSegments = 1u << 14;
extern std::array<std::atomic<QString *>, kNameSegments> nameSegments;
[[nodiscard]] const QString &emptyName();
} // namespace detail

// A name of the analysed code, held as a 4-byte id into one table for the whole process.
// Facts mention the same names over and over ("self", "self.assertEqual", ("self", "other")):
// each distinct text is stored once, and a fact record holds ids instead of 24-byte QStrings.
// Equal texts have equal ids, so that comparing and hashing names goes by the id. The table
// only grows (a name once seen stays until the process ends); it is safe to use from any
// number of threads. Reading a name's text takes no lock. The QString that str() gives points
// into storage the table never frees or moves (QString::fromRawData): copies of it count no
// references, and it is never written to (nothing may call a non-const member on it, nor
// utf16(), which would give it a terminated copy in place).
class Name
{
public:
    Name() = default; // the empty name, id 0
    Name(const QString &text) : Name(QStringView(text)) {}
    Name(QStringView text);
    // The name of this text if the table holds it, without adding it: a text no fact names
    // is bound by none.
    [[nodiscard]] static std::optional<Name> find(QStringView text);

    [[nodiscard]] const QString &str() const
    {
        // Segment 0 is made with the table: only the empty name may find none.
        const QString *segment =
            detail::nameSegments[m_id >> detail::kNameSegmentBits].load(std::memory_order_acquire);
        return segment ? segment[m_id & ((1u << detail::kNameSegmentBits) - 1)]
                       : detail::emptyName();
    }
    operator const QString &() const { return str(); }
    operator QStringView() const { return str(); }
    const QString *operator->() const { return &str(); }
    [[nodiscard]] bool isEmpty() const { return m_id == 0; }
    [[nodiscard]] std::uint32_t id() const { return m_id; }

    friend bool operator==(Name, Name) = default;
    friend bool operator==(Name a, const QString &b) { return a.str() == b; }
    friend bool operator==(Name a, QStringView b) { return QStringView(a.str()) == b; }
    friend bool operator==(Name a, QLatin1StringView b) { return a.str() == b; }
    friend size_t qHash(Name name, size_t seed = 0) { return qHash(name.m_id, seed); }

    // Distinct names the table holds, the empty one included.
    [[nodiscard]] static std::uint32_t tableSize();

private:
    std::uint32_t m_id = 0;
};

namespace detail {
// The lists by id, in segments as the names' (name.cpp): reading a list is two loads.
extern std::array<std::atomic<std::span<const Name> *>, kNameSegments> listSegments;
} // namespace detail

// A list of names, held as one id the same way: equal lists (element for element) have
// equal ids. The list's elements are the table's names.
class NameList
{
public:
    // Walks the elements as the table's texts.
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = QString;
        using difference_type = std::ptrdiff_t;
        using pointer = const QString *;
        using reference = const QString &;

        const_iterator() = default;
        explicit const_iterator(const Name *at) : m_at(at) {}
        reference operator*() const { return m_at->str(); }
        pointer operator->() const { return &m_at->str(); }
        reference operator[](difference_type n) const { return m_at[n].str(); }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        const_iterator operator++(int) { return const_iterator(m_at++); }
        const_iterator &operator--()
        {
            --m_at;
            return *this;
        }
        const_iterator operator--(int) { return const_iterator(m_at--); }
        const_iterator &operator+=(difference_type n)
        {
            m_at += n;
            return *this;
        }
        const_iterator &operator-=(difference_type n)
        {
            m_at -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator i, difference_type n) { return i += n; }
        friend const_iterator operator+(difference_type n, const_iterator i) { return i += n; }
        friend const_iterator operator-(const_iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(const_iterator a, const_iterator b)
        {
            return a.m_at - b.m_at;
        }
        friend auto operator<=>(const_iterator, const_iterator) = default;

    private:
        const Name *m_at = nullptr;
    };

    NameList() = default; // the empty list, id 0
    NameList(const QStringList &list);
    // The list of these names.
    [[nodiscard]] static NameList of(std::span<const Name> names);

    // The elements, held once by the table as 4-byte names (a QStringList would take 24
    // bytes an element).
    [[nodiscard]] std::span<const Name> names() const
    {
        // Segment 0 is made with the table: only the empty list may find none.
        const std::span<const Name> *segment =
            detail::listSegments[m_id >> detail::kNameSegmentBits].load(std::memory_order_acquire);
        return segment ? segment[m_id & ((1u << detail::kNameSegmentBits) - 1)]
                       : std::span<const Name>();
    }
    [[nodiscard]] QStringList toList() const;
    [[nodiscard]] bool isEmpty() const { return m_id == 0; }
    [[nodiscard]] qsizetype size() const { return qsizetype(names().size()); }
    [[nodiscard]] const QString &at(qsizetype i) const { return names()[std::size_t(i)].str(); }
    [[nodiscard]] const QString &operator[](qsizetype i) const { return at(i); }
    [[nodiscard]] QString value(qsizetype i) const
    {
        return i >= 0 && i < size() ? at(i) : QString();
    }
    [[nodiscard]] const QString &first() const { return at(0); }
    [[nodiscard]] const QString &front() const { return at(0); }
    [[nodiscard]] const QString &last() const { return at(size() - 1); }
    [[nodiscard]] const QString &back() const { return at(size() - 1); }
    template <class Text> [[nodiscard]] bool contains(const Text &s) const
    {
        const std::span<const Name> held = names();
        return std::any_of(held.begin(), held.end(), [&s](const Name &n) { return n == s; });
    }
    [[nodiscard]] const_iterator begin() const { return const_iterator(names().data()); }
    [[nodiscard]] const_iterator end() const
    {
        const std::span<const Name> held = names();
        return const_iterator(held.data() + held.size());
    }
    [[nodiscard]] std::uint32_t id() const { return m_id; }

    friend bool operator==(NameList, NameList) = default;
    friend bool operator==(NameList a, const QStringList &b);
    friend size_t qHash(NameList list, size_t seed = 0) { return qHash(list.m_id, seed); }

    [[nodiscard]] static std::uint32_t tableSize();

private:
    std::uint32_t m_id = 0;
};

} // namespace headroom
