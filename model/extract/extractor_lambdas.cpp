// Lambdas: each a function of its own, numbered in its scope, and the names that name it
// wherever the facts wrote it before the walk reached it (part of TreeWalker, see
// extractor_walker.h).

#include "extractor_walker.h"

#include <algorithm>

namespace headroom::detail {

// A lambda gets its number when the walk reaches it; what was written about it before (an
// argument, an element, an assigned or returned value) names it by its start byte until
// nameLambdas() puts in its name.
QString TreeWalker::lambdaPlaceholder(TSNode lambda) const
{
    return QStringLiteral("<lambda@%1>").arg(ts_node_start_byte(lambda));
}

int TreeWalker::onLambda(TSNode node, const Context &ctx)
{
    RawLambdaFact fact;
    fact.scope = ctx.scope;
    fact.parent = ctx.lambda;
    const int number = ++m_lambdaCounts[{ctx.scope, ctx.lambda}];
    fact.name = QStringLiteral("<lambda%1>").arg(number);
    fact.line = lineOf(node);
    fact.endLine = static_cast<int>(ts_node_end_point(node).row) + 1;
    // Its defaults are read where it is written, as they are made there.
    fact.parameters = parameterList(node, &fact.defaults);
    TSNode body = ts_node_child_by_field_id(node, S.fBody);
    body = unparenthesized(body);
    const TSSymbol bs = symbolOf(body);
    if (bs == S.call)
        fact.returnCall = calleeText(ts_node_child(body, 0));
    else if ((bs == S.identifier || bs == S.attribute) && isPlainChain(text(body)))
        fact.returnName = interned(text(body));
    else if (bs == S.lambda)
        fact.returnName = lambdaPlaceholder(body);
    else if (bs == S.subscript) // `lambda k: table[k]`
        fact.returnName = namedElement(body);
    fact.returnsOther = fact.returnCall.isEmpty() && fact.returnName.isEmpty() && bs != S.none;
    const int index = static_cast<int>(m_out.lambdas.size());
    if ((ctx.flags & Argument) && ctx.lambda < 0) // handed on, as a named function would be
        m_out.references.push_back(RawReferenceFact{ctx.scope, fact.name, fact.line, ctx.lambda});
    m_out.lambdas.push_back(std::move(fact));
    m_lambdaStarts.push_back(ts_node_start_byte(node));
    return index;
}

// "<lambda@start>" -> "<lambdaN>" for a lambda of a scope, "" for one inside another lambda.
QString TreeWalker::withLambdaNames(const QString &text, bool nested) const
{
    const QLatin1String mark("<lambda@");
    if (!text.contains(mark))
        return text;
    QString out;
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, from)) {
        out += QStringView(text).mid(from, at - from);
        const qsizetype close = text.indexOf(QLatin1Char('>'), at);
        if (close < 0) {
            from = text.size();
            break;
        }
        const std::uint32_t start =
            QStringView(text).mid(at + mark.size(), close - at - mark.size()).toUInt();
        const auto it = std::lower_bound(m_lambdaStarts.begin(), m_lambdaStarts.end(), start);
        if (it != m_lambdaStarts.end() && *it == start) {
            const RawLambdaFact &fact = m_out.lambdas[std::size_t(it - m_lambdaStarts.begin())];
            if (fact.parent < 0 || nested)
                out += fact.name;
        }
        from = close + 1;
    }
    if (from < text.size())
        out += QStringView(text).mid(from);
    return out;
}

void TreeWalker::nameLambdas()
{
    if (m_out.lambdas.empty())
        return;
    for (RawCallFact &call : m_out.calls) {
        // `(lambda: f())()`: a call of the lambda it sits in (or of the scope's), by name.
        call.callee = withLambdaNames(call.callee, true);
        for (QString &a : call.arguments)
            a = withLambdaNames(a);
    }
    for (RawBinding &b : m_out.bindings) {
        b.value = withLambdaNames(b.value);
        b.defaultValue = withLambdaNames(b.defaultValue);
    }
    for (RawStoreFact &s : m_out.stores)
        s.value = withLambdaNames(s.value);
    for (RawDefinition &d : m_out.definitions) {
        for (QString &n : d.returnCalls)
            n = withLambdaNames(n);
        d.returnCalls.removeAll(QString());
        for (QString &n : d.returnNames)
            n = withLambdaNames(n);
        d.returnNames.removeAll(QString());
        for (QString &n : d.yields)
            n = withLambdaNames(n);
        for (QString &n : d.returnDisplays)
            n = withLambdaNames(n);
    }
    for (RawLambdaFact &l : m_out.lambdas) {
        for (QString &d : l.defaults)
            d = withLambdaNames(d);
        l.returnName = withLambdaNames(l.returnName, true); // `lambda: lambda: f`: its own
        l.returnCall = withLambdaNames(l.returnCall);
    }
}

} // namespace headroom::detail
