// The extractor on what real folders hold: module names from paths, bad input (binary,
// invalid UTF-8, syntax errors, Python 2), huge and deeply nested files, cancelling, files
// on disk, and parsing alone.
#include "extractor.h"
#include "extractorharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace headroom {

using namespace headroom::test;

class TestExtractorInput : public QObject
{
    Q_OBJECT

private slots:
    void moduleNames_data();
    void moduleNames();
    void badInput_data();
    void badInput();
    void python2_data();
    void python2();
    void largeFile();
    void deepNesting_data();
    void deepNesting();
    void timeoutAndCancel();
    void files_data();
    void files();
    void parseOnly_data();
    void parseOnly();
};

void TestExtractorInput::moduleNames_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("dunderAll");

    QTest::newRow("bindings") << QByteArray("import a.b\n"
                                            "import c as d\n"
                                            "from e import f, g as h\n"
                                            "from i import *\n"
                                            "x = 1\n"
                                            "y, (z, *w) = 1, (2, 3)\n"
                                            "v: int = 4\n"
                                            "for k in []: pass\n"
                                            "if c:\n"
                                            "    p = 1\n"
                                            "try:\n"
                                            "    q = 1\n"
                                            "except E as r:\n"
                                            "    pass\n"
                                            "with o() as s:\n"
                                            "    pass\n"
                                            "def fn(): t = 1\n"
                                            "class C: u = 1\n"
                                            "[cv for cv in range(3)]\n"
                                            "lam = lambda la: la\n"
                                            "x = 2\n")
                              << QStringList{"a", "d", "f", "h", "x", "y",  "z", "w",  "v",
                                             "k", "p", "q", "r", "s", "fn", "C", "lam"}
                              << QStringList{};
    QTest::newRow("__all__") << QByteArray("__all__ = ['a', \"b\"]\n__all__ += ('c',)\n")
                             << QStringList{"__all__"} << QStringList{"a", "b", "c"};
    QTest::newRow("annotated __all__")
        << QByteArray("__all__: list[str] = ['x']\n") << QStringList{"__all__"} << QStringList{"x"};
    QTest::newRow("__all__ in a function is not the module's")
        << QByteArray("def f():\n    __all__ = ['x']\n") << QStringList{"f"} << QStringList{};
}

void TestExtractorInput::moduleNames()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, dunderAll);
    const FileFacts facts = extract(source);
    QCOMPARE(facts.moduleNames, expected);
    QCOMPARE(facts.dunderAll, dunderAll);
}

void TestExtractorInput::badInput_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::addColumn<QStringList>("imports");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("sloc");

    const qint64 big = 1 << 20;
    QTest::newRow("empty") << QByteArray() << big << true << QStringList{} << QStringList{} << 0
                           << 0;
    QTest::newRow("only comments") << QByteArray("# one\n\n   # two\n") << big << true
                                   << QStringList{} << QStringList{} << 3 << 0;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFimport os\n") << big << true << QStringList{}
                         << QStringList{"import os @1 runtime"} << 1 << 1;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << big << true << QStringList{}
                              << QStringList{} << 0 << 0;
    QTest::newRow("binary") << QByteArray("import os\n\0\x01\x02", 13) << big << false
                            << QStringList{"binary @0 "} << QStringList{} << 2 << 2;
    QTest::newRow("invalid UTF-8")
        << QByteArray("import os\ns = '\xff\xfe'\nimport sys\n") << big << true
        << QStringList{"invalid-utf8 @2 "}
        << QStringList{"import os @1 runtime", "import sys @3 runtime"} << 3 << 3;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("x = '\xed\xa0\x80'\nimport os\n") << big << true
        << QStringList{"invalid-utf8 @1 "} << QStringList{"import os @2 runtime"} << 2 << 2;
    QTest::newRow("UTF-8 overlong")
        << QByteArray("import os\n\n# \xc0\xaf\n") << big << true << QStringList{"invalid-utf8 @3 "}
        << QStringList{"import os @1 runtime"} << 3 << 1;
    QTest::newRow("UTF-8 truncated at the end")
        << QByteArray("import os\n# \xe2\x82") << big << true << QStringList{"invalid-utf8 @2 "}
        << QStringList{"import os @1 runtime"} << 2 << 1;
    QTest::newRow("valid UTF-8") << QByteArray(
                                        "# \xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e\nimport os\n")
                                 << big << true << QStringList{}
                                 << QStringList{"import os @2 runtime"} << 2 << 1;
    QTest::newRow("syntax error") << QByteArray("import os\nx = = 1\nimport sys\n") << big << true
                                  << QStringList{"syntax-error @2 "}
                                  << QStringList{"import os @1 runtime", "import sys @3 runtime"}
                                  << 3 << 3;
    QTest::newRow("missing token")
        << QByteArray("import os\n\nx = (\n") << big << true << QStringList{"syntax-error @3 "}
        << QStringList{"import os @1 runtime"} << 3 << 2;
    // Issue 9: a Python 2 file got no word at all.
    QTest::newRow("Python 2")
        << QByteArray("import os\nprint \"hello\"\ntry:\n    import json\nexcept Exception, e:\n"
                      "    pass\nexec \"x = 1\"\nimport sys\n")
        << big << true << QStringList{"python2 @2 print"}
        << QStringList{"import os @1 runtime", "import json @4 cond", "import sys @8 runtime"} << 8
        << 8;
    QTest::newRow("too large") << QByteArray("import os\nimport sys\n") << qint64(20) << false
                               << QStringList{"too-large @0 21 20"} << QStringList{} << 2 << 2;
    QTest::newRow("exactly the limit")
        << QByteArray("import os\nimport sys\n") << qint64(21) << true << QStringList{}
        << QStringList{"import os @1 runtime", "import sys @2 runtime"} << 2 << 2;
    QTest::newRow("CRLF") << QByteArray("import os\r\n\r\nimport sys\r\n") << big << true
                          << QStringList{}
                          << QStringList{"import os @1 runtime", "import sys @3 runtime"} << 3 << 2;
    QTest::newRow("no final newline") << QByteArray("import os") << big << true << QStringList{}
                                      << QStringList{"import os @1 runtime"} << 1 << 1;
}

void TestExtractorInput::badInput()
{
    QFETCH(QByteArray, source);
    QFETCH(qint64, maxBytes);
    QFETCH(bool, parsed);
    QFETCH(QStringList, diagnostics);
    QFETCH(QStringList, imports);
    QFETCH(int, lines);
    QFETCH(int, sloc);

    ExtractOptions options;
    options.maxBytes = maxBytes;
    const FileFacts facts = extract(source, options);
    QCOMPARE(describeAll(facts.diagnostics), diagnostics);
    QCOMPARE(describeAll(facts.imports), imports);
    QCOMPARE(facts.parsed, parsed);
    QCOMPARE(facts.bytes, qint64(source.size()));
    QCOMPARE(facts.lines, lines);
    QCOMPARE(facts.sloc, sloc);
    if (!parsed) {
        QVERIFY(facts.definitions.empty());
        QVERIFY(facts.moduleNames.isEmpty());
    }
}

// Python 2 constructs, each named with the line of the first one; Python 3 code that looks
// alike names none.
void TestExtractorInput::python2_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("diagnostics");

    const QStringList none;
    QTest::newRow("print statement")
        << QByteArray("import os\nprint \"hello\"\n") << QStringList{"python2 @2 print"};
    QTest::newRow("print to a file")
        << QByteArray("import sys\nprint >>sys.stderr, 'x'\n") << QStringList{"python2 @2 print"};
    QTest::newRow("print with a trailing comma")
        << QByteArray("def f():\n    print x,\n") << QStringList{"python2 @2 print"};
    QTest::newRow("print as a function, a name, an attribute")
        << QByteArray("print('x')\nprint ('y', end='')\nprint\np = print\nlog.print(1)\n"
                      "def print_all(): pass\n")
        << none;
    QTest::newRow("exec statement")
        << QByteArray("exec \"x = 1\"\n") << QStringList{"python2 @1 exec"};
    QTest::newRow("exec in a namespace")
        << QByteArray("x = 1\nexec code in ns\n") << QStringList{"python2 @2 exec"};
    QTest::newRow("exec as a function") << QByteArray("exec('x = 1')\nexec(code, ns)\n") << none;
    QTest::newRow("except with a comma")
        << QByteArray("try:\n    pass\nexcept ValueError, e:\n    pass\n")
        << QStringList{"python2 @3 except-comma"};
    QTest::newRow("except with a tuple")
        << QByteArray("try:\n    pass\nexcept (ValueError, TypeError) as e:\n    pass\n") << none;
    QTest::newRow("raise with a comma") << QByteArray("def f():\n    raise ValueError, 'bad'\n")
                                        << QStringList{"python2 @2 raise-comma"};
    QTest::newRow("raise with arguments")
        << QByteArray("raise ValueError('a, b')\nraise E(1, 2) from e\n") << none;
    QTest::newRow("backticks") << QByteArray("x = 1\ny = `x`\n")
                               << QStringList{"python2 @2 backtick"};
    QTest::newRow("backticks in strings and comments")
        << QByteArray("s = '`x`'\n# `y`\nd = \"\"\"\n`z`\n\"\"\"\n") << none;
    QTest::newRow("not-equal operator")
        << QByteArray("if a <> b:\n    pass\n") << QStringList{"python2 @1 not-equal"};
    QTest::newRow("octal without 0o")
        << QByteArray("import os\nos.chmod(p, 0755)\n") << QStringList{"python2 @2 octal"};
    QTest::newRow("numbers Python 3 reads")
        << QByteArray(
               "a = 00\nb = 0.5\nc = 007.5\nd = 0e0\ne = 0o755\nf = x0755\ng = 1_000\nh = 0j\n")
        << none;
    QTest::newRow("long integers")
        << QByteArray("n = 10L\nm = 0xFFl\n") << QStringList{"python2 @1 long"};
    QTest::newRow("ur string") << QByteArray("import re\npattern = ur'\\d+'\n")
                               << QStringList{"python2 @2 ur-string"};
    QTest::newRow("ur as a string") << QByteArray("prefixes = {'u', 'ur', \"UR\"}\n") << none;
    QTest::newRow("string prefixes Python 3 reads")
        << QByteArray("a = rb'x'\nb = u'y'\nc = Rb\"z\"\nd = f'{x}'\ne = fur\nf = u\n") << none;
    QTest::newRow("the words in strings and comments")
        << QByteArray("s = 'print \"x\"'\n# exec \"y\"\nt = 'a <> b, 0777, 10L'\n") << none;
    QTest::newRow("the first of several, over a syntax error")
        << QByteArray("x = 1\ny = = 2\nprint 'a'\nz = `x`\n") << QStringList{"python2 @3 print"};
    QTest::newRow("a Python 3 syntax error stays one")
        << QByteArray("x = 1\ny = = 2\n") << QStringList{"syntax-error @2 "};
}

void TestExtractorInput::python2()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, diagnostics);
    const FileFacts facts = extract(source);
    QCOMPARE(describeAll(facts.diagnostics), diagnostics);
    QVERIFY(facts.parsed);
}

void TestExtractorInput::largeFile()
{
    const int count = 200'000;
    const QByteArray source = generatedModule(count);
    QVERIFY(source.size() > 20'000'000);

    // Over the default limit: skipped on every machine, however fast it parses.
    ExtractOptions options;
    QCOMPARE(describeAll(extract(source, options).diagnostics),
             QStringList{"too-large @0 " + QString::number(source.size()) + " 5242880"});

    options.maxBytes = 64 * 1024 * 1024;
    options.timeoutMicros = 0;
    const FileFacts facts = extract(source, options);
    QVERIFY(facts.parsed);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{});
    QCOMPARE(describeAll(facts.imports),
             (QStringList{"import os @1 runtime", "from a.b import c @2 runtime"}));
    QCOMPARE(facts.lines, count + 4);
    QCOMPARE(facts.moduleNames.size(), count + 3);
    QCOMPARE(describeAll(facts.definitions),
             QStringList{QStringLiteral("function last parent=-1 @%1-%2 cc=1 sloc=2")
                             .arg(count + 3)
                             .arg(count + 4)});
    QCOMPARE(describeAll(facts.names),
             QStringList{QStringLiteral("value_number_0 scope=0 @%1").arg(count + 4)});
}

void TestExtractorInput::deepNesting_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("lastImport"); // whether the import after the nesting survives

    const int n = 50'000;
    QTest::newRow("balanced parentheses")
        << "import os\nx = " + repeated("(", n) + "1" + repeated(")", n) + "\nimport sys\n"
        << true;
    QTest::newRow("100k parentheses")
        << "import os\nx = " + repeated("(", 2 * n) + "1" + repeated(")", 2 * n) + "\nimport sys\n"
        << true;
    QTest::newRow("unclosed brackets") << "import os\nx = " + repeated("[", n) + "\nimport sys\n"
                                       << false;
    QTest::newRow("closing brackets only")
        << "import os\nx = 1" + repeated("]", n) + "\nimport sys\n"
        << true;
    QTest::newRow("nested calls in a function")
        << "import os\ndef f():\n    return " + repeated("g(", n) + repeated(")", n) +
               "\nimport sys\n"
        << true;
    QTest::newRow("long method chain")
        << "import os\nx = a" + repeated(".b()", n) + "\nimport sys\n"
        << true;
    QTest::newRow("long boolean chain in a function")
        << "import os\ndef f():\n    return a" + repeated(" and a", n) + "\nimport sys\n"
        << true;
    QByteArray list = "import os\nx = [";
    for (int i = 0; i < 700'000; ++i)
        list += QByteArray::number(i) + ", ";
    QTest::newRow("5 MB one-line list") << list + "]\nimport sys\n" << true;
    // The grammar's scanner keeps indentation columns in bytes: stay under 256 columns.
    QByteArray ifs = "import os\ndef f():\n";
    for (int i = 1; i <= 100; ++i)
        ifs += QByteArray(2 * i, ' ') + "if x:\n";
    ifs += QByteArray(2 * 101, ' ') + "import deep\nimport sys\n";
    QTest::newRow("100 nested blocks") << ifs << true;
}

void TestExtractorInput::deepNesting()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, lastImport);
    ExtractOptions options;
    options.maxBytes = 64 * 1024 * 1024;
    options.timeoutMicros = 0; // slow runs (sanitizers, valgrind) must not time out
    const FileFacts facts = extract(source, options);
    QVERIFY(facts.parsed);
    QVERIFY(!facts.imports.empty());
    QCOMPARE(describe(facts.imports.front()), "import os @1 runtime");
    const QString last = describe(facts.imports.back());
    QCOMPARE(last.startsWith("import sys @"), lastImport);
    if (source.contains("import deep"))
        QCOMPARE(describe(facts.imports.at(1)), "import deep @103 local");
}

void TestExtractorInput::timeoutAndCancel()
{
    const QByteArray source = generatedModule(100'000);
    PythonExtractor extractor;
    ExtractOptions options;
    options.maxBytes = 64 * 1024 * 1024;

    options.timeoutMicros = 1;
    FileFacts facts = extractor.extract(source, options);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{"parse-timeout @0 "});
    QVERIFY(!facts.parsed);
    QVERIFY(facts.imports.empty());
    QVERIFY(!extractor.parseOnly(source, options));

    // The parser is usable again after a timeout: nothing is resumed.
    options.timeoutMicros = 0;
    facts = extractor.extract("import os\n", options);
    QCOMPARE(describeAll(facts.imports), QStringList{"import os @1 runtime"});

    std::atomic_bool cancel = true;
    options.cancel = &cancel;
    facts = extractor.extract("import os\n", options);
    QCOMPARE(describeAll(facts.diagnostics), QStringList{"parse-timeout @0 cancelled"});
    QVERIFY(!facts.parsed);

    // Raised while the parser runs: seen at the next input chunk.
    cancel = false;
    std::atomic_bool done = false;
    std::atomic_bool raisedInTime = false;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        cancel = true;
        raisedInTime = !done;
    });
    facts = extractor.extract(source, options);
    done = true;
    canceller.join();
    if (!raisedInTime) // a starved thread (valgrind) raised it only after the work was over
        QSKIP("the cancelling thread did not run while the file was parsed");
    QCOMPARE(describeAll(facts.diagnostics), QStringList{"parse-timeout @0 cancelled"});
    QVERIFY(!facts.parsed);

    cancel = false;
    facts = extractor.extract("import os\n", options);
    QCOMPARE(describeAll(facts.imports), QStringList{"import os @1 runtime"});
    QVERIFY(facts.parsed);
}

void TestExtractorInput::files_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::addColumn<bool>("parsed");

    QTest::newRow("regular") << "regular" << QStringList{} << true;
    QTest::newRow("symlink to a file") << "symlink" << QStringList{} << true;
    QTest::newRow("vanished") << "vanished" << QStringList{"vanished @0 "} << false;
    QTest::newRow("broken symlink") << "broken symlink" << QStringList{"vanished @0 "} << false;
    QTest::newRow("directory") << "directory" << QStringList{"unreadable @0 directory"} << false;
    QTest::newRow("fifo") << "fifo" << QStringList{"unreadable @0 special file"} << false;
    QTest::newRow("too large by size") << "large" << QStringList{"too-large @0 22 20"} << false;
    QTest::newRow("unreadable") << "unreadable" << QStringList{"unreadable @0 *"} << false;
    QTest::newRow("read error") << "read error" << QStringList{"unreadable @0 *"} << false;
}

void TestExtractorInput::files()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, diagnostics);
    QFETCH(bool, parsed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath("m.py");
    const QString target = dir.filePath("target.py");
    auto write = [](const QString &file, const QByteArray &content) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    ExtractOptions options;
    if (kind == "regular" || kind == "unreadable") {
        QVERIFY(write(path, "import os\n"));
    } else if (kind == "symlink") {
        QVERIFY(write(target, "import os\n"));
        QVERIFY(QFile::link(target, path));
    } else if (kind == "broken symlink") {
        QVERIFY(QFile::link(target, path));
    } else if (kind == "directory") {
        QVERIFY(QDir(dir.path()).mkdir("m.py"));
    } else if (kind == "fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == "large") {
        QVERIFY(write(path, "import os\nimport sys\n#"));
        options.maxBytes = 20;
    }
    if (kind == "read error") {
        // Opens, then fails to read (EIO at offset 0): a file that cannot be read after all.
        path = "/proc/self/mem";
        if (!QFile::exists(path))
            QSKIP("no /proc/self/mem here");
    }
    if (kind == "unreadable") {
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with permissions that read a mode-000 file (root?)");
    }

    PythonExtractor extractor;
    const FileFacts facts = extractFile(extractor, path, options);
    QStringList got = describeAll(facts.diagnostics);
    // The reason ends in '*' when it comes from the system: then any non-empty text will do.
    if (got.size() == 1 && diagnostics.size() == 1 && diagnostics[0].endsWith('*')) {
        const QString prefix = diagnostics[0].chopped(1);
        if (got[0].startsWith(prefix) && got[0].size() > prefix.size())
            got = diagnostics;
    }
    QCOMPARE(got, diagnostics);
    QCOMPARE(facts.parsed, parsed);
    if (parsed)
        QCOMPARE(describeAll(facts.imports), QStringList{"import os @1 runtime"});
    if (kind == "large")
        QCOMPARE(facts.bytes, qint64(22));
    if (kind == "unreadable")
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestExtractorInput::parseOnly_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("tree");

    QTest::newRow("module") << QByteArray("import os\n") << true;
    QTest::newRow("syntax error") << QByteArray("x = = 1\n") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("binary") << QByteArray("x\0y", 3) << false;
    QTest::newRow("too large") << QByteArray(2000, 'x') << false;
}

void TestExtractorInput::parseOnly()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, tree);
    PythonExtractor extractor;
    ExtractOptions options;
    options.maxBytes = 1000;
    QCOMPARE(extractor.parseOnly(source, options), tree);
}

} // namespace headroom

QTEST_GUILESS_MAIN(headroom::TestExtractorInput)
#include "tst_extractor_input.moc"
