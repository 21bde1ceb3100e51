// Every committed translations/headroom_*.ts must translate every message that lupdate
// finds in app/, views/ and model/ today: present, finished, not empty, with the plural forms its
// language needs and the same %-placeholders as the source. A tr() added without a
// translation fails here (run lupdate, translate, commit).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation: part of the message's identity
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // the numerus forms, or the one translation
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

QString describe(const Message &m)
{
    QString s = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty())
        s += QStringLiteral(" (%1)").arg(m.comment);
    return s;
}

void readTranslation(QXmlStreamReader &xml, Message &m)
{
    m.type = xml.attributes().value(QLatin1String("type")).toString();
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isStartElement()) // e.g. <lengthvariant>: the first variant counts
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isCharacters() && !m.numerus)
            text += xml.text();
    }
    if (!m.numerus)
        m.translations = {text};
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source"))
                    m.source = xml.readElementText();
                else if (xml.name() == QLatin1String("comment"))
                    m.comment = xml.readElementText();
                else if (xml.name() == QLatin1String("translation"))
                    readTranslation(xml, m);
                else
                    xml.skipCurrentElement();
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1..%99, %L1, %n and %Ln, each counted once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    QString m_sourceDir = QStringLiteral(HEADROOM_SOURCE_DIR);
    QString m_lupdate = QStringLiteral(HEADROOM_LUPDATE);
    QStringList m_sources;
    QTemporaryDir m_tmp;

    // lupdate on the sources, as app/CMakeLists.txt runs it, into a new file for `language`.
    QString freshTs(const QString &language, QString *error)
    {
        const QString out = m_tmp.filePath(QStringLiteral("fresh_%1.ts").arg(language));
        QFile::remove(out);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(m_lupdate,
                      QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                  QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-target-language"), language} +
                          m_sources + QStringList{QStringLiteral("-ts"), out});
        if (!lupdate.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(m_lupdate, lupdate.errorString());
            return {};
        }
        if (!lupdate.waitForFinished(120000)) {
            lupdate.kill();
            lupdate.waitForFinished();
            *error = QStringLiteral("%1 did not finish in two minutes").arg(m_lupdate);
            return {};
        }
        if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0 ||
            !QFile::exists(out)) {
            *error = QStringLiteral("%1 failed (exit code %2): %3")
                         .arg(m_lupdate)
                         .arg(lupdate.exitCode())
                         .arg(QString::fromLocal8Bit(lupdate.readAll()));
            return {};
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!QFileInfo(m_lupdate).isExecutable())
            QSKIP(qPrintable(QStringLiteral("lupdate not found at %1").arg(m_lupdate)));
        // As app/CMakeLists.txt globs them: every source under app/, views/ and model/.
        for (const char *dir : {"app", "views", "model"}) {
            QDirIterator it(m_sourceDir + QLatin1Char('/') + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                m_sources << it.next();
        }
        m_sources.sort();
        QVERIFY2(!m_sources.isEmpty(), qPrintable(m_sourceDir));
        QString error;
        if (freshTs(QStringLiteral("en"), &error).isEmpty())
            QSKIP(qPrintable(QStringLiteral("lupdate cannot run: ") + error));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(m_sourceDir + QStringLiteral("/translations"));
        const QStringList files =
            dir.entryList({QStringLiteral("headroom_*.ts")}, QDir::Files, QDir::Name);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        if (files.isEmpty())
            QTest::newRow("no translations") << QString();
    }

    void complete()
    {
        QFETCH(QString, path);
        QVERIFY2(!path.isEmpty(), "no translations/headroom_*.ts files");
        const TsFile committed = readTs(path);
        QVERIFY2(committed.error.isEmpty(),
                 qPrintable(path + QStringLiteral(": ") + committed.error));
        QString language = committed.language;
        if (language.isEmpty()) // headroom_zh_CN.ts -> zh_CN
            language = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);

        QString error;
        const QString freshPath = freshTs(language, &error);
        if (freshPath.isEmpty())
            QSKIP(qPrintable(QStringLiteral("lupdate cannot run: ") + error));
        const TsFile fresh = readTs(freshPath);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QVERIFY2(!fresh.messages.isEmpty(), "lupdate found no messages in app/, views/ and model/");

        QHash<QString, Message> byKey;
        QStringList problems;
        for (const Message &m : committed.messages) {
            byKey.insert(keyOf(m), m);
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("stale (%1; run lupdate -no-obsolete): %2")
                                .arg(m.type, describe(m));
        }

        for (const Message &want : fresh.messages) {
            const auto it = byKey.constFind(keyOf(want));
            if (it == byKey.cend()) {
                problems << QStringLiteral("missing (run lupdate and translate): ") +
                                describe(want);
                continue;
            }
            const Message &have = *it;
            if (have.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + describe(want);
            if (have.numerus != want.numerus) {
                problems << QStringLiteral("plural flag differs from the source: ") +
                                describe(want);
                continue;
            }
            if (want.numerus && have.translations.size() != want.translations.size()) {
                problems << QStringLiteral("%1 plural forms, %2 needs %3: %4")
                                .arg(have.translations.size())
                                .arg(language)
                                .arg(want.translations.size())
                                .arg(describe(want));
            }
            const QStringList expected = placeholders(want.source);
            for (const QString &text : have.translations) {
                if (text.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + describe(want);
                    continue;
                }
                const QStringList got = placeholders(text);
                if (got != expected) {
                    problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                                    .arg(got.join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' ')), text, describe(want));
                }
            }
        }

        for (const QString &p : std::as_const(problems).mid(0, 40))
            qWarning("%s", qPrintable(p));
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(
                QStringLiteral("%1: %2 problem(s) in %3 messages (first 40 listed above)")
                    .arg(QFileInfo(path).fileName())
                    .arg(problems.size())
                    .arg(fresh.messages.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
