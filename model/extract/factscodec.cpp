#include "factscodec.h"

#include "bytecodec.h"

namespace headroom {

namespace {

// A change of facts.h changes these sizes (on 64-bit builds): bump kFactsFormatVersion and
// update them, so that the cache never hands back facts of another layout.
constexpr bool kSizesKnown = sizeof(void *) == 8;
static_assert(!kSizesKnown || sizeof(ImportFact) == 36,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(Definition) == 80,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(CallFact) == 28, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(Binding) == 28, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(StoreFact) == 16, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(ReferenceFact) == 16,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(LambdaFact) == 40,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(AttributeUse) == 16,
              "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(NameUse) == 12, "facts.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(Diagnostic) == 64,
              "diagnostic.h changed: bump kFactsFormatVersion");
static_assert(!kSizesKnown || sizeof(FileFacts) == 304,
              "facts.h changed: bump kFactsFormatVersion");

constexpr char kMagic[4] = {'H', 'R', 'F', 'C'};

} // namespace

using bytecodec::Is;

// A fact in either form (facts.h): both are written and read alike.
template <class T, template <class> class Fact>
concept EitherForm = Is<T, Fact<InternedTexts>> || Is<T, Fact<RawTexts>>;

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
    return quint64(CallOrigin::Operator) + 1;
}
static constexpr quint64 valueCount(BindingKind)
{
    return quint64(BindingKind::Sent) + 1;
}
static constexpr quint64 valueCount(DiagnosticCode)
{
    return DiagnosticCodeCount;
}

// Each struct's fields, listed once for both directions: `io` is a Writer (over const
// values) or a Reader (filling them), and returns false when the input is inconsistent.
template <class Io, EitherForm<BasicImportFact> T> static bool fields(Io &io, T &f)
{
    return io(f.module) && io(f.level) && io(f.isFrom) && io(f.name) && io(f.alias) && io(f.line) &&
           io(f.kind) && io(f.scope) && io(f.branch);
}

template <class Io, EitherForm<BasicDefinition> T> static bool fields(Io &io, T &f)
{
    return io(f.name) && io(f.qualName) && io(f.kind) && io(f.parent) && io(f.branch) &&
           io(f.line) && io(f.endLine) && io(f.bases) && io(f.decorators) && io(f.complexity) &&
           io(f.sloc) && io(f.isAsync) && io(f.returns) && io(f.returnCalls) && io(f.returnNames) &&
           io(f.returnDisplays) && io(f.returnsOther) && io(f.generator) && io(f.yields) &&
           io(f.selfName) && io(f.parameters);
}

template <class Io, EitherForm<BasicCallFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.callee) && io(f.line) && io(f.decorator) && io(f.lambda) &&
           io(f.decorates) && io(f.arguments) && io(f.origin);
}

template <class Io, EitherForm<BasicBinding> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.value) && io(f.kind) && io(f.selfAttribute) &&
           io(f.line) && io(f.branch) && io(f.defaultValue) && io(f.untilSpan) && io(f.blockSpan) &&
           io(f.sameLine);
}

template <class Io, EitherForm<BasicStoreFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.target) && io(f.value) && io(f.line);
}

template <class Io, EitherForm<BasicReferenceFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.line) && io(f.lambda);
}

template <class Io, EitherForm<BasicLambdaFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.parent) && io(f.name) && io(f.line) && io(f.endLine) &&
           io(f.parameters) && io(f.defaults) && io(f.returnCall) && io(f.returnName) &&
           io(f.returnsOther);
}

template <class Io, EitherForm<BasicAttributeUse> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.attribute) && io(f.line) && io(f.store);
}

template <class Io, EitherForm<BasicNameUse> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.name) && io(f.line);
}

template <class Io, Is<LoopFact> T> static bool fields(Io &io, T &f)
{
    return io(f.scope) && io(f.line) && io(f.repeats) && io(f.endLine);
}

template <class Io, Is<Diagnostic> T> static bool fields(Io &io, T &f)
{
    return io(f.code) && io(f.file) && io(f.line) && io(f.detail);
}

template <class Io, EitherForm<BasicFileFacts> T> static bool fields(Io &io, T &f)
{
    return io(f.imports) && io(f.definitions) && io(f.calls) && io(f.attributes) && io(f.names) &&
           io(f.bindings) && io(f.references) && io(f.stores) && io(f.lambdas) && io(f.loops) &&
           io(f.dynamicCalls) && io(f.moduleNames) && io(f.dunderAll) && io(f.bytes) &&
           io(f.lines) && io(f.sloc) && io(f.parsed) && io(f.diagnostics);
}

template <class Facts> static QByteArray encode(const Facts &facts)
{
    bytecodec::Writer writer;
    writer.out.reserve(1024);
    writer.out.append(kMagic, sizeof kMagic);
    writer.unsignedValue(kFactsFormatVersion);
    fields(writer, facts);
    return writer.out;
}

template <class Facts> static std::optional<Facts> decode(QByteArrayView bytes)
{
    bytecodec::Reader reader(bytes);
    quint64 version = 0;
    if (!reader.take(kMagic, sizeof kMagic) || !reader.unsignedValue(version) ||
        version != kFactsFormatVersion)
        return std::nullopt;
    Facts facts;
    if (!fields(reader, facts) || !reader.atEnd())
        return std::nullopt;
    return facts;
}

QByteArray encodeFacts(const FileFacts &facts)
{
    return encode(facts);
}

QByteArray encodeFacts(const RawFileFacts &facts)
{
    return encode(facts);
}

std::optional<FileFacts> decodeFacts(QByteArrayView bytes)
{
    return decode<FileFacts>(bytes);
}

std::optional<RawFileFacts> decodeRawFacts(QByteArrayView bytes)
{
    return decode<RawFileFacts>(bytes);
}

} // namespace headroom
