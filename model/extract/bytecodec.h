#pragma once

// Compact little-endian bytes for the caches' values: variable-length integers (zigzag for
// signed ones), UTF-8 strings, every vector counted. A struct is written and read by one
// function, `bool fields(Io &io, T &value)`, found by argument-dependent lookup in the
// struct's namespace, that hands each field to `io` in order: the Writer reads them (T is
// const), the Reader fills them. An enum E is checked on reading against `valueCount(E{})`,
// found the same way. Reading checks every length against the bytes left and every enum
// against its range, so corrupt or foreign input gives false and never a large allocation.

#include "name.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

namespace headroom::bytecodec {

// For a `fields` overload of one struct, written and read: `template <class Io, Is<S> T>`.
template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

class Writer
{
public:
    QByteArray out;

    void unsignedValue(quint64 v)
    {
        while (v >= 0x80) {
            out.append(char((v & 0x7F) | 0x80));
            v >>= 7;
        }
        out.append(char(v));
    }
    bool operator()(qint64 v)
    {
        // Zigzag: small negative numbers (-1 for "none") stay one byte.
        unsignedValue((quint64(v) << 1) ^ quint64(v >> 63));
        return true;
    }
    bool operator()(int v) { return (*this)(qint64(v)); }
    bool operator()(std::uint32_t v)
    {
        unsignedValue(v);
        return true;
    }
    bool operator()(std::uint16_t v) { return (*this)(std::uint32_t(v)); }
    bool operator()(bool v)
    {
        out.append(char(v ? 1 : 0));
        return true;
    }
    template <class E>
    requires std::is_enum_v<E>
    bool operator()(E e)
    {
        unsignedValue(quint64(e));
        return true;
    }
    bool operator()(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        unsignedValue(quint64(utf8.size()));
        out.append(utf8);
        return true;
    }
    bool operator()(Name name) { return (*this)(name.str()); }
    template <class L>
    requires std::same_as<L, QStringList> || std::same_as<L, NameList>
    bool operator()(const L &list)
    {
        unsignedValue(quint64(list.size()));
        for (const QString &s : list)
            (*this)(s);
        return true;
    }
    template <class T> bool operator()(const std::vector<T> &items)
    {
        unsignedValue(quint64(items.size()));
        for (const T &item : items)
            element(item);
        return true;
    }

private:
    template <class T> void element(const T &item)
    {
        if constexpr (requires { (*this)(item); })
            (*this)(item);
        else
            fields(*this, item);
    }
};

class Reader
{
public:
    // With `shareStrings`, equal strings are decoded once and share their text (names recur
    // in a file's facts); without, each is decoded on its own (names a value holds once).
    explicit Reader(QByteArrayView bytes, bool shareStrings = true)
        : m_at(bytes.data()), m_end(bytes.data() + bytes.size()), m_share(shareStrings)
    {
    }

    [[nodiscard]] bool atEnd() const { return m_at == m_end; }
    [[nodiscard]] quint64 left() const { return quint64(m_end - m_at); }

    bool take(const char *bytes, qsizetype n)
    {
        if (left() < quint64(n) || QByteArrayView(m_at, n) != QByteArrayView(bytes, n))
            return false;
        m_at += n;
        return true;
    }
    bool unsignedValue(quint64 &v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd())
                return false;
            const auto byte = quint8(*m_at++);
            v |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }
    // A count of items that each take at least one byte: never more than the bytes left, and
    // the containers grow only as items are read, so the memory stays in proportion.
    bool count(quint64 &n) { return unsignedValue(n) && n <= left(); }
    bool operator()(qint64 &v)
    {
        quint64 u = 0;
        if (!unsignedValue(u))
            return false;
        v = qint64(u >> 1) ^ -qint64(u & 1);
        return true;
    }
    bool operator()(int &v)
    {
        qint64 wide = 0;
        if (!(*this)(wide) || wide < std::numeric_limits<int>::min() ||
            wide > std::numeric_limits<int>::max())
            return false;
        v = int(wide);
        return true;
    }
    // A 32- or 16-bit field: a value past its range is corrupt input.
    template <class U>
    requires std::is_same_v<U, std::uint32_t> || std::is_same_v<U, std::uint16_t>
    bool operator()(U &v)
    {
        quint64 u = 0;
        if (!unsignedValue(u) || u > std::numeric_limits<U>::max())
            return false;
        v = U(u);
        return true;
    }
    bool operator()(bool &v)
    {
        if (atEnd() || quint8(*m_at) > 1)
            return false;
        v = *m_at++ != 0;
        return true;
    }
    template <class E>
    requires std::is_enum_v<E>
    bool operator()(E &e)
    {
        quint64 u = 0;
        if (!unsignedValue(u) || u >= valueCount(E{}))
            return false;
        e = E(u);
        return true;
    }
    bool operator()(QString &s)
    {
        quint64 n = 0;
        if (!count(n))
            return false;
        const QByteArrayView bytes(m_at, qsizetype(n));
        m_at += n;
        if (!m_share) {
            s = QString::fromUtf8(bytes);
            return true;
        }
        auto it = m_decoded.constFind(bytes);
        if (it == m_decoded.constEnd())
            it = m_decoded.insert(bytes, QString::fromUtf8(bytes));
        s = *it;
        return true;
    }
    // Names are interned as they are read.
    template <class N>
    requires std::same_as<N, Name> || std::same_as<N, NameList>
    bool operator()(N &name)
    {
        typename std::conditional_t<std::same_as<N, Name>, QString, QStringList> text;
        if (!(*this)(text))
            return false;
        name = N(text);
        return true;
    }
    bool operator()(QStringList &list)
    {
        quint64 n = 0;
        if (!count(n))
            return false;
        for (quint64 i = 0; i < n; ++i) {
            if (!(*this)(list.emplace_back()))
                return false;
        }
        return true;
    }
    template <class T> bool operator()(std::vector<T> &items)
    {
        quint64 n = 0;
        if (!count(n))
            return false;
        // Room for the first items at once; a count that lies costs a bounded allocation.
        items.reserve(items.size() + std::size_t(std::min<quint64>(n, kReserveAtMost)));
        for (quint64 i = 0; i < n; ++i) {
            if (!element(items.emplace_back()))
                return false;
        }
        return true;
    }

private:
    template <class T> bool element(T &item)
    {
        if constexpr (requires { (*this)(item); })
            return (*this)(item);
        else
            return fields(*this, item);
    }

    static constexpr quint64 kReserveAtMost = 1 << 16;

    const char *m_at;
    const char *m_end;
    bool m_share;
    QHash<QByteArrayView, QString> m_decoded; // by their bytes in the encoding
};

} // namespace headroom::bytecodec
