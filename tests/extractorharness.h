#pragma once

#include <iterator>
// The extractor tests' shared words: facts written the way a test row reads them, and
// small generated sources.
#include "extractor.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace headroom::test {

// Facts written the way the code reads, so that a row shows what it expects:
//   imports     "from ..a import b as c @3 runtime"   (kinds: runtime typing local cond)
//   definitions "method K.m parent=0 @3-5 cc=2 sloc=3 bases=(A) decorators=(x) async"
//   calls       "os.path.join scope=-1 @2"
//   attributes  "x scope=1 @4 store"
//   names       "CONST scope=0 @4"
//   diagnostics "syntax-error @2 detail"
inline QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Runtime:
        return "runtime";
    case ImportKind::TypeChecking:
        return "typing";
    case ImportKind::FunctionLocal:
        return "local";
    case ImportKind::Conditional:
        return "cond";
    }
    return "?";
}

inline QString describe(const ImportFact &i)
{
    QString text =
        i.isFrom ? "from " + QString(i.level, QLatin1Char('.')) + i.module + " import " + i.name
                 : "import " + i.module;
    if (!i.alias.isEmpty())
        text += " as " + i.alias;
    return text + QStringLiteral(" @%1 ").arg(i.line) + kindName(i.kind);
}

inline QString describe(const Definition &d)
{
    static const char *const kinds[] = {"class", "function", "method"};
    QString text = QStringLiteral("%1 %2 parent=%3 @%4-%5 cc=%6 sloc=%7")
                       .arg(kinds[int(d.kind)], d.qualName.str())
                       .arg(d.parent)
                       .arg(d.line)
                       .arg(d.endLine)
                       .arg(d.complexity)
                       .arg(d.sloc);
    if (!d.bases.isEmpty())
        text += " bases=(" + d.bases.toList().join(", ") + ")";
    if (!d.decorators.isEmpty())
        text += " decorators=(" + d.decorators.toList().join(", ") + ")";
    if (d.isAsync)
        text += " async";
    return text;
}

inline QString describe(const CallFact &c)
{
    return QStringLiteral("%1 scope=%2 @%3").arg(c.callee.str()).arg(c.scope).arg(c.line);
}

inline QString describe(const AttributeUse &a)
{
    return QStringLiteral("%1 scope=%2 @%3 %4")
        .arg(a.attribute.str())
        .arg(a.scope)
        .arg(a.line)
        .arg(a.store ? "store" : "load");
}

inline QString describe(const NameUse &n)
{
    return QStringLiteral("%1 scope=%2 @%3").arg(n.name.str()).arg(n.scope).arg(n.line);
}

inline QString describe(const Binding &b)
{
    static const char *const kinds[] = {
        "plain", "call",    "annotated",    "param",   "none",     "global",   "nonlocal",
        "alias", "display", "alternatives", "element", "unpacked", "narrowed", "sent"};
    static_assert(std::size(kinds) == std::size_t(BindingKind::Sent) + 1);
    QString text = QStringLiteral("%1%2 scope=%3 @%4 %5")
                       .arg(b.selfAttribute ? "self." : "", b.name.str())
                       .arg(b.scope)
                       .arg(b.line)
                       .arg(kinds[int(b.kind)]);
    if (!b.value.isEmpty())
        text += "=" + b.value;
    return b.until() > 0 ? text + QStringLiteral(" until=%1").arg(b.until()) : text;
}

inline QString describe(const ReferenceFact &r)
{
    return QStringLiteral("%1 scope=%2 @%3").arg(r.name.str()).arg(r.scope).arg(r.line);
}

// What a call of each function gives: "f returns=A calls=(A, B) other self=self".
inline QStringList describeReturns(const std::vector<Definition> &definitions)
{
    QStringList list;
    for (const Definition &d : definitions) {
        QString text = d.qualName;
        if (!d.returns.isEmpty())
            text += " returns=" + d.returns;
        if (!d.returnCalls.isEmpty())
            text += " calls=(" + d.returnCalls.toList().join(", ") + ")";
        if (!d.returnNames.isEmpty())
            text += " names=(" + d.returnNames.toList().join(", ") + ")";
        if (!d.returnDisplays.isEmpty())
            text += " displays=(" + d.returnDisplays.toList().join("; ") + ")";
        if (d.returnsOther)
            text += " other";
        if (!d.yields.isEmpty())
            text += " yields=(" + d.yields.toList().join(", ") + ")";
        if (!d.selfName.isEmpty())
            text += " self=" + d.selfName;
        list.append(text);
    }
    return list;
}

inline QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1 @%2 %3").arg(keyOf(d.code)).arg(d.line).arg(d.detail);
}

template <typename T> QStringList describeAll(const std::vector<T> &items)
{
    QStringList list;
    for (const T &item : items)
        list.append(describe(item));
    return list;
}

inline FileFacts extract(const QByteArray &source, const ExtractOptions &options = {})
{
    PythonExtractor extractor;
    return extractor.extract(source, options);
}

inline QByteArray repeated(const char *text, int count)
{
    return QByteArray(text).repeated(count);
}

// A module of `count` assignments between two imports at the top and a function at the end.
inline QByteArray generatedModule(int count)
{
    QByteArray source = "import os\nfrom a.b import c\n";
    source.reserve(count * 100);
    for (int i = 0; i < count; ++i) {
        source += "value_number_" + QByteArray::number(i) + " = " + QByteArray::number(i) + " + " +
                  QByteArray::number(i) +
                  " * 2  # a comment that pads this generated line out to about a hundred bytes\n";
    }
    source += "def last():\n    return value_number_0\n";
    return source;
}

} // namespace headroom::test
