// Source colouring from tree-sitter's parse: each row is a line of Python and the tokens
// expected on it, as "kind:text".
#include "highlighter.h"

#include <QtTest>

using namespace headroom;

namespace {
const char *kindName(TokenKind k)
{
    switch (k) {
    case TokenKind::Keyword:
        return "kw";
    case TokenKind::String:
        return "str";
    case TokenKind::Comment:
        return "com";
    case TokenKind::Number:
        return "num";
    case TokenKind::Constant:
        return "const";
    case TokenKind::Definition:
        return "def";
    case TokenKind::Decorator:
        return "deco";
    }
    return "";
}
} // namespace

class TestHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void badInput();
};

void TestHighlighter::tokens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("import") << "from a import b as c"
                            << QStringList{"kw:from", "kw:import", "kw:as"};
    QTest::newRow("def") << "def run(x=1):\n    return None  # done"
                         << QStringList{"kw:def",    "def:run",    "num:1",
                                        "kw:return", "const:None", "com:# done"};
    QTest::newRow("class and decorator")
        << "@dataclass\nclass Money:\n    pass"
        << QStringList{"deco:@dataclass", "kw:class", "def:Money", "kw:pass"};
    QTest::newRow("multi-line string") << "x = '''a\nb'''" << QStringList{"str:'''a", "str:b'''"};
    QTest::newRow("non-ASCII columns")
        << "s = 'é'; t = True" << QStringList{"str:'é'", "const:True"};
    QTest::newRow("syntax error keeps the rest")
        << "def broken(:\n    return 1" << QStringList{"kw:def", "kw:return", "num:1"};
}

void TestHighlighter::tokens()
{
    QFETCH(QString, source);
    QFETCH(QStringList, expected);
    const QStringList lines = source.split(QLatin1Char('\n'));
    QStringList got;
    int lastLine = -1;
    int lastEnd = 0;
    for (const Token &t : highlightPython(source.toUtf8())) {
        got << QLatin1String(kindName(t.kind)) + QLatin1Char(':') +
                   lines[t.line].mid(t.column, t.length);
        // Tokens come in source order and never overlap.
        QVERIFY(t.line > lastLine || (t.line == lastLine && t.column >= lastEnd));
        lastLine = t.line;
        lastEnd = t.column + t.length;
    }
    for (const QString &e : expected)
        QVERIFY2(got.contains(e),
                 qPrintable(e + QLatin1String(" not in ") + got.join(QLatin1Char(' '))));
}

void TestHighlighter::badInput()
{
    QVERIFY(highlightPython(QByteArray("import os\0x", 11)).empty());
    QVERIFY(highlightPython(QByteArray()).empty());
    QVERIFY(!highlightPython(QByteArray("import \xff\xfe os\n")).empty());
}

QTEST_GUILESS_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
