#include "facts.h"

#include <QHash>

namespace headroom {

namespace {

// Turns the texts of one file's facts from one form into the other. Raw facts share a
// string wherever a name recurs (the extractor makes each text once): each is then looked
// up in the table once and found by its address after that.
class Convert
{
public:
    Name operator()(const QString &text)
    {
        if (text.isEmpty())
            return {};
        Name &name = m_seen[text.constData()];
        if (name.isEmpty())
            name = Name(text);
        return name;
    }
    NameList operator()(const QStringList &list)
    {
        m_elements.clear();
        for (const QString &s : list)
            m_elements.push_back((*this)(s));
        return NameList::of(m_elements);
    }
    QString operator()(Name name) { return name.str(); }
    QStringList operator()(NameList list) { return list.toList(); }

    // Every struct's fields in order, one list for both directions.
    template <class To, class From> BasicImportFact<To> convert(const BasicImportFact<From> &f)
    {
        return {(*this)(f.module), f.level, f.isFrom, (*this)(f.name),
                (*this)(f.alias),  f.line,  f.kind,   f.scope,
                f.branch};
    }
    template <class To, class From> BasicDefinition<To> convert(const BasicDefinition<From> &f)
    {
        return {(*this)(f.name),
                (*this)(f.qualName),
                f.kind,
                f.parent,
                f.branch,
                f.line,
                f.endLine,
                (*this)(f.bases),
                (*this)(f.decorators),
                f.complexity,
                f.sloc,
                f.isAsync,
                (*this)(f.returns),
                (*this)(f.returnCalls),
                (*this)(f.returnNames),
                (*this)(f.returnDisplays),
                f.returnsOther,
                f.generator,
                (*this)(f.yields),
                (*this)(f.selfName),
                (*this)(f.parameters)};
    }
    template <class To, class From> BasicCallFact<To> convert(const BasicCallFact<From> &f)
    {
        return {.scope = f.scope,
                .callee = (*this)(f.callee),
                .line = f.line,
                .lambda = f.lambda,
                .decorates = f.decorates,
                .arguments = (*this)(f.arguments),
                .decorator = f.decorator,
                .origin = f.origin};
    }
    template <class To, class From> BasicBinding<To> convert(const BasicBinding<From> &f)
    {
        return {.scope = f.scope,
                .name = (*this)(f.name),
                .value = (*this)(f.value),
                .line = f.line,
                .defaultValue = (*this)(f.defaultValue),
                .untilSpan = f.untilSpan,
                .blockSpan = f.blockSpan,
                .kind = f.kind,
                .selfAttribute = f.selfAttribute,
                .branch = f.branch,
                .sameLine = f.sameLine};
    }
    template <class To, class From> BasicStoreFact<To> convert(const BasicStoreFact<From> &f)
    {
        return {f.scope, (*this)(f.target), (*this)(f.value), f.line};
    }
    template <class To, class From>
    BasicReferenceFact<To> convert(const BasicReferenceFact<From> &f)
    {
        return {f.scope, (*this)(f.name), f.line, f.lambda};
    }
    template <class To, class From> BasicLambdaFact<To> convert(const BasicLambdaFact<From> &f)
    {
        return {f.scope,
                f.parent,
                (*this)(f.name),
                f.line,
                f.endLine,
                (*this)(f.parameters),
                (*this)(f.defaults),
                (*this)(f.returnCall),
                (*this)(f.returnName),
                f.returnsOther};
    }
    template <class To, class From> BasicAttributeUse<To> convert(const BasicAttributeUse<From> &f)
    {
        return {f.scope, (*this)(f.attribute), f.line, f.store};
    }
    template <class To, class From> BasicNameUse<To> convert(const BasicNameUse<From> &f)
    {
        return {f.scope, (*this)(f.name), f.line};
    }
    template <class To, class From, template <class> class Fact>
    std::vector<Fact<To>> all(const std::vector<Fact<From>> &facts)
    {
        std::vector<Fact<To>> out; // reserved: no spare room kept
        out.reserve(facts.size());
        for (const Fact<From> &f : facts)
            out.push_back(convert<To>(f));
        return out;
    }
    template <class To, class From> BasicFileFacts<To> convert(const BasicFileFacts<From> &f)
    {
        BasicFileFacts<To> out;
        out.imports = all<To>(f.imports);
        out.definitions = all<To>(f.definitions);
        out.calls = all<To>(f.calls);
        out.attributes = all<To>(f.attributes);
        out.names = all<To>(f.names);
        out.bindings = all<To>(f.bindings);
        out.references = all<To>(f.references);
        out.stores = all<To>(f.stores);
        out.lambdas = all<To>(f.lambdas);
        out.loops = f.loops;
        out.dynamicCalls = f.dynamicCalls;
        out.moduleNames = (*this)(f.moduleNames);
        out.dunderAll = (*this)(f.dunderAll);
        out.bytes = f.bytes;
        out.lines = f.lines;
        out.sloc = f.sloc;
        out.parsed = f.parsed;
        out.diagnostics.assign(f.diagnostics.begin(), f.diagnostics.end());
        return out;
    }

private:
    QHash<const QChar *, Name> m_seen; // valid while the facts converted are
    std::vector<Name> m_elements;
};

} // namespace

FileFacts interned(const RawFileFacts &facts)
{
    Convert convert;
    return convert.convert<InternedTexts>(facts);
}

RawFileFacts raw(const FileFacts &facts)
{
    Convert convert;
    return convert.convert<RawTexts>(facts);
}

} // namespace headroom
