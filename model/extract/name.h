#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <atomic>
#include <cstdint>
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

// A list of names, held as one id the same way: equal lists (element for element) have
// equal ids. The list's elements are the table's names.
class NameList
{
public:
    NameList() = default; // the empty list, id 0
    NameList(const QStringList &list);
    // The list of these names.
    [[nodiscard]] static NameList of(std::span<const Name> names);

    [[nodiscard]] const QStringList &list() const;
    operator const QStringList &() const { return list(); }
    const QStringList *operator->() const { return &list(); }
    [[nodiscard]] bool isEmpty() const { return m_id == 0; }
    [[nodiscard]] qsizetype size() const { return list().size(); }
    [[nodiscard]] const QString &at(qsizetype i) const { return list().at(i); }
    [[nodiscard]] const QString &operator[](qsizetype i) const { return list().at(i); }
    [[nodiscard]] QString value(qsizetype i) const { return list().value(i); }
    [[nodiscard]] const QString &first() const { return list().first(); }
    [[nodiscard]] const QString &front() const { return list().first(); }
    [[nodiscard]] const QString &last() const { return list().last(); }
    [[nodiscard]] const QString &back() const { return list().last(); }
    [[nodiscard]] bool contains(QStringView s) const { return list().contains(s); }
    [[nodiscard]] QStringList::const_iterator begin() const { return list().cbegin(); }
    [[nodiscard]] QStringList::const_iterator end() const { return list().cend(); }
    [[nodiscard]] std::uint32_t id() const { return m_id; }

    friend bool operator==(NameList, NameList) = default;
    friend bool operator==(NameList a, const QStringList &b) { return a.list() == b; }
    friend size_t qHash(NameList list, size_t seed = 0) { return qHash(list.m_id, seed); }

    [[nodiscard]] static std::uint32_t tableSize();

private:
    std::uint32_t m_id = 0;
};

} // namespace headroom
