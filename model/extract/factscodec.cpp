#include "factscodec.h"

#include "bytecodec.h"

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

} // namespace

using bytecodec::Is;

// The codec (bytecodec.h) finds these by argument-dependent lookup, hence in headroom itself;
// static, as every codec has its own.

// How many values each enum has: a decoded value must be below it.
static constexpr quint64 valueCount(ImportKind)
{
    return ImportKindCount;
}
static constexpr quint64 valueCount(DefKind)
{
    return 3;
}
static constexpr quint64 valueCount(CallOrigin)
{
    return quint64(CallOrigin::Applied) + 1;
}
static constexpr quint64 valueCount(BindingKind)
{
    return quint64(BindingKind::Unpacked) + 1;
}
static constexpr quint64 valueCount(DiagnosticCode)
{
    return DiagnosticCodeCount;
}

// Each struct's fields, listed once for both directions: `io` is a Writer (over const
// values) or a Reader (filling them), and returns false when the input is inconsistent.
template <class Io, Is<ImportFact> T> static bool fields(Io &io, T &f)
{
    return io(f.module) && io(f.level) && io(f.isFrom) && io(f.name) && io(f.alias) && io(f.line) &&
           io(f.kind) && io(f.scope) && io(f.branch);
}

template <class Io, Is<Definition> T> static bool fields(Io &io, T &f)
{
    return io(f.name) && io(f.qualName) && io(f.kind) && io(f.parent) && io(f.branch) &&
           io(f.line) && io(f.endLine) && io(f.bases) && io(f.decorators) && io(f.complexity) &&
           io(f.sloc) && io(f.isAsync) && io(f.returns) && io(f.returnCalls) && io(f.returnNames) &&
           io(f.returnDisplays) && io(f.returnsOther) && io(f.generator) && io(f.yields) &&
           io(f.selfName) && io(f.parameters);
}

template <class Io, Is<CallFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.callee) && io(f.line) && io(f.decorator) && io(f.lambda) &&
           io(f.decorates) && io(f.arguments) && io(f.origin);
}

template <class Io, Is<Binding> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.value) && io(f.kind) && io(f.selfAttribute) &&
           io(f.line) && io(f.branch) && io(f.defaultValue) && io(f.until);
}

template <class Io, Is<StoreFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.target) && io(f.value) && io(f.line);
}

template <class Io, Is<ReferenceFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.line) && io(f.lambda);
}

template <class Io, Is<LambdaFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.parent) && io(f.name) && io(f.line) && io(f.endLine) &&
           io(f.parameters) && io(f.returnCall) && io(f.returnName) && io(f.returnsOther);
}

template <class Io, Is<AttributeUse> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.attribute) && io(f.line) && io(f.store);
}

template <class Io, Is<NameUse> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.line);
}

template <class Io, Is<Diagnostic> T> static bool fields(Io &io, T &f)
{
    return io(f.code) && io(f.file) && io(f.line) && io(f.detail);
}

template <class Io, Is<FileFacts> T> static bool fields(Io &io, T &f)
{
    return io(f.imports) && io(f.definitions) && io(f.calls) && io(f.attributes) && io(f.names) &&
           io(f.bindings) && io(f.references) && io(f.stores) && io(f.lambdas) &&
           io(f.dynamicCalls) && io(f.moduleNames) && io(f.dunderAll) && io(f.bytes) &&
           io(f.lines) && io(f.sloc) && io(f.parsed) && io(f.diagnostics);
}

QByteArray encodeFacts(const FileFacts &facts)
{
    bytecodec::Writer writer;
    writer.out.reserve(1024);
    writer.out.append(kMagic, sizeof kMagic);
    writer.unsignedValue(kFactsFormatVersion);
    fields(writer, facts);
    return writer.out;
}

std::optional<FileFacts> decodeFacts(QByteArrayView bytes)
{
    bytecodec::Reader reader(bytes);
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
