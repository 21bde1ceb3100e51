#include "factscodec.h"

#include <QHash>

#include <concepts>
#include <limits>
#include <type_traits>

namespace headroom {

namespace {

// A change of facts.h changes these sizes (on 64-bit builds): bump kFactsFormatVersion and
// update them, so that the cache never hands back facts of another layout.
constexpr bool kSizesKnown = sizeof(void *) == 8;
static_assert(!kSizesKnown || sizeof(ImportFact) == 96,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(Definition) == 312,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(CallFact) == 80, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(Binding) == 104, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(StoreFact) == 64, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(ReferenceFact) == 40,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(LambdaFact) == 120,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(AttributeUse) == 40,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(NameUse) == 40, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(Diagnostic) == 64,
              "diagnostic.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(FileFacts) == 320,
              "facts.h changed: bump kFactsFormatVersion");

constexpr char kMagic[4] = {'H', 'R', 'F', 'C'};

// How many values each enum has: a decoded value must be below it.
constexpr quint64 valueCount(ImportKind)
{
    return ImportKindCount;
}
constexpr quint64 valueCount(DefKind)
{
    return 3;
}
constexpr quint64 valueCount(CallOrigin)
{
    return 3;
}
constexpr quint64 valueCount(BindingKind)
{
    return quint64(BindingKind::Element) + 1;
}
constexpr quint64 valueCount(DiagnosticCode)
{
    return DiagnosticCodeCount;
}

template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// Each struct's fields, listed once for both directions: `io` is a Writer (over const
// values) or a Reader (filling them), and returns false when the input is inconsistent.
template <class Io, Is<ImportFact> T> bool fields(Io &io, T &f)
{
    return io(f.module) && io(f.level) && io(f.isFrom) && io(f.name) && io(f.alias) && io(f.line) &&
           io(f.kind) && io(f.scope) && io(f.branch);
}

template <class Io, Is<Definition> T> bool fields(Io &io, T &f)
{
    return io(f.name) && io(f.qualName) && io(f.kind) && io(f.parent) && io(f.branch) &&
           io(f.line) && io(f.endLine) && io(f.bases) && io(f.decorators) && io(f.complexity) &&
           io(f.sloc) && io(f.isAsync) && io(f.returns) && io(f.returnCalls) && io(f.returnNames) &&
           io(f.returnDisplays) && io(f.returnsOther) && io(f.generator) && io(f.yields) &&
           io(f.selfName) && io(f.parameters);
}

template <class Io, Is<CallFact> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.callee) && io(f.line) && io(f.decorator) && io(f.lambda) &&
           io(f.decorates) && io(f.arguments) && io(f.origin);
}

template <class Io, Is<Binding> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.value) && io(f.kind) && io(f.selfAttribute) &&
           io(f.line) && io(f.branch) && io(f.defaultValue) && io(f.until);
}

template <class Io, Is<StoreFact> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.target) && io(f.value) && io(f.line);
}

template <class Io, Is<ReferenceFact> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.line) && io(f.lambda);
}

template <class Io, Is<LambdaFact> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.parent) && io(f.name) && io(f.line) && io(f.endLine) &&
           io(f.parameters) && io(f.returnCall) && io(f.returnName) && io(f.returnsOther);
}

template <class Io, Is<AttributeUse> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.attribute) && io(f.line) && io(f.store);
}

template <class Io, Is<NameUse> T> bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.line);
}

template <class Io, Is<Diagnostic> T> bool fields(Io &io, T &f)
{
    return io(f.code) && io(f.file) && io(f.line) && io(f.detail);
}

template <class Io, Is<FileFacts> T> bool fields(Io &io, T &f)
{
    return io(f.imports) && io(f.definitions) && io(f.calls) && io(f.attributes) && io(f.names) &&
           io(f.bindings) && io(f.references) && io(f.stores) && io(f.lambdas) &&
           io(f.dynamicCalls) && io(f.moduleNames) && io(f.dunderAll) && io(f.bytes) &&
           io(f.lines) && io(f.sloc) && io(f.parsed) && io(f.diagnostics);
}

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
    bool operator()(const QStringList &list)
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
            fields(*this, item);
        return true;
    }
};

class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size())
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
        // A name recurs in a file's facts: decoded once, shared by every mention.
        const QByteArrayView bytes(m_at, qsizetype(n));
        auto it = m_decoded.constFind(bytes);
        if (it == m_decoded.constEnd())
            it = m_decoded.insert(bytes, QString::fromUtf8(bytes));
        s = *it;
        m_at += n;
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
        for (quint64 i = 0; i < n; ++i) {
            if (!fields(*this, items.emplace_back()))
                return false;
        }
        return true;
    }

private:
    const char *m_at;
    const char *m_end;
    QHash<QByteArrayView, QString> m_decoded; // by their bytes in the encoding
};

} // namespace

QByteArray encodeFacts(const FileFacts &facts)
{
    Writer writer;
    writer.out.reserve(1024);
    writer.out.append(kMagic, sizeof kMagic);
    writer.unsignedValue(kFactsFormatVersion);
    fields(writer, facts);
    return writer.out;
}

std::optional<FileFacts> decodeFacts(QByteArrayView bytes)
{
    Reader reader(bytes);
    quint64 version = 0;
    if (!reader.take(kMagic, sizeof kMagic) || !reader.unsignedValue(version) ||
        version != kFactsFormatVersion)
        return std::nullopt;
    FileFacts facts;
    if (!fields(reader, facts) || !reader.atEnd())
        return std::nullopt;
    return facts;
}

} // namespace headroom
