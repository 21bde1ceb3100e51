// libFuzzer target: one file's bytes -> FileFacts (and the source view's tokens), with the
// invariants every later stage relies on checked, so that a bad index is caught where it
// is made rather than where it is read.
#include "extractor.h"
#include "highlighter.h"

#include <cstdio>
#include <cstdlib>

namespace {

using namespace headroom;

[[noreturn]] void fail(const char *what, int value)
{
    std::fprintf(stderr, "fuzz_extractor: broken invariant: %s (%d)\n", what, value);
    std::abort();
}

// Scopes index facts.definitions; -1 is module level.
void checkScope(const FileFacts &facts, int scope, const char *what)
{
    if (scope < -1 || scope >= int(facts.definitions.size()))
        fail(what, scope);
}

// Lines are 1-based; a node may end on the line after the last newline.
void checkLine(const FileFacts &facts, int line, const char *what)
{
    if (line < 1 || line > facts.lines + 1)
        fail(what, line);
}

template <typename Fact>
void checkFacts(const FileFacts &facts, const std::vector<Fact> &list, const char *what)
{
    for (const Fact &f : list) {
        checkScope(facts, f.scope, what);
        checkLine(facts, f.line, what);
    }
}

void checkInvariants(const FileFacts &facts, qint64 size)
{
    if (facts.bytes != size)
        fail("bytes", int(facts.bytes));
    for (std::size_t i = 0; i < facts.definitions.size(); ++i) {
        const Definition &d = facts.definitions[i];
        if (d.parent < -1 || d.parent >= int(i))
            fail("definition parent", d.parent);
        checkLine(facts, d.line, "definition line");
        if (d.endLine < d.line)
            fail("definition end line", d.endLine);
        if (d.complexity < 1)
            fail("complexity", d.complexity);
        if (d.kind == DefKind::Method &&
            (d.parent < 0 || facts.definitions[std::size_t(d.parent)].kind != DefKind::Class))
            fail("method outside a class", d.parent);
    }
    checkFacts(facts, facts.imports, "import");
    checkFacts(facts, facts.calls, "call");
    checkFacts(facts, facts.attributes, "attribute use");
    checkFacts(facts, facts.names, "name use");
    checkFacts(facts, facts.bindings, "binding");
    checkFacts(facts, facts.references, "reference");
    for (const ImportFact &i : facts.imports) {
        if (i.level < 0)
            fail("import level", i.level);
    }
    if (facts.sloc < 0 || facts.sloc > facts.lines)
        fail("sloc", facts.sloc);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static PythonExtractor extractor;
    if (!extractor.isValid())
        fail("grammar did not load", 0);
    const QByteArrayView source(reinterpret_cast<const char *>(data), qsizetype(size));
    checkInvariants(extractor.extract(source), qint64(size));
    for (const Token &t : highlightPython(source)) {
        if (t.line < 0 || t.column < 0 || t.length <= 0)
            fail("token", t.length);
    }
    return 0;
}
