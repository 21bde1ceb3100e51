// The CI forms of `headroom check`: SARIF 2.1.0 for code scanning (GitHub shows each result
// on the line of its first location) and JUnit XML for test reports (GitLab, Jenkins).
#include "checkreport.h"

#include "headroomversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamWriter>

namespace headroom {

namespace {

const QString SourceRoot = QStringLiteral("%SRCROOT%");

QJsonObject textObject(const QString &text)
{
    return QJsonObject{{QStringLiteral("text"), text}};
}

// A stable identifier for SARIF's `name`, where the rule's words are translated.
QString sarifName(CheckRule rule)
{
    switch (rule) {
    case CheckRule::Configuration:
        return QStringLiteral("ReadableConfiguration");
    case CheckRule::Cycles:
        return QStringLiteral("ImportCycles");
    case CheckRule::Depth:
        return QStringLiteral("ImportDepth");
    case CheckRule::Contracts:
        return QStringLiteral("ImportLinterContracts");
    case CheckRule::Budget:
        return QStringLiteral("HeadBudget");
    }
    return {};
}

QJsonObject sarifRule(const RuleOutcome &rule)
{
    return QJsonObject{
        {QStringLiteral("id"), rule.id()},
        {QStringLiteral("name"), sarifName(rule.rule)},
        {QStringLiteral("shortDescription"), textObject(rule.name)},
        {QStringLiteral("fullDescription"), textObject(rule.help)},
        {QStringLiteral("help"), textObject(rule.help)},
        // Every rule fails the run.
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), QStringLiteral("error")}}},
    };
}

QJsonObject sarifLocation(const CheckSite &site)
{
    // A relative URI reference: each segment percent-encoded, '/' kept.
    QJsonObject physical{
        {QStringLiteral("artifactLocation"),
         QJsonObject{
             {QStringLiteral("uri"), QString::fromLatin1(QUrl::toPercentEncoding(site.file, "/"))},
             {QStringLiteral("uriBaseId"), SourceRoot}}}};
    if (site.line > 0)
        physical[QStringLiteral("region")] = QJsonObject{{QStringLiteral("startLine"), site.line}};
    return QJsonObject{{QStringLiteral("physicalLocation"), physical}};
}

QJsonObject sarifResult(const RuleOutcome &rule, int ruleIndex, const CheckItem &item)
{
    QJsonObject result{
        {QStringLiteral("ruleId"), rule.id()},
        {QStringLiteral("ruleIndex"), ruleIndex},
        {QStringLiteral("level"), item.known ? QStringLiteral("note") : QStringLiteral("error")},
        {QStringLiteral("message"), textObject(item.message)},
    };
    // The first site is where the result is shown; a chain's other imports are related.
    QJsonArray locations;
    QJsonArray related;
    for (std::size_t i = 0; i < item.sites.size(); ++i) {
        QJsonObject location = sarifLocation(item.sites[i]);
        if (i == 0) {
            locations.append(location);
            continue;
        }
        location[QStringLiteral("id")] = int(i);
        location[QStringLiteral("message")] =
            textObject(item.sites[i].file + u':' + QString::number(item.sites[i].line));
        related.append(location);
    }
    if (!locations.isEmpty())
        result[QStringLiteral("locations")] = locations;
    if (!related.isEmpty())
        result[QStringLiteral("relatedLocations")] = related;
    return result;
}

// Known items are reported, as notes, whether their rule failed or not; new ones when it failed.
bool reported(const RuleOutcome &rule, const CheckItem &item)
{
    return item.counts && (item.known || rule.status == RuleStatus::Failed);
}

QString siteLine(const CheckSite &site)
{
    return site.line > 0 ? site.file + u':' + QString::number(site.line) : site.file;
}

} // namespace

QByteArray CheckReport::sarif(const CheckOutcome &outcome, const Analysis &analysis)
{
    QJsonArray rules;
    QJsonArray results;
    for (std::size_t r = 0; r < outcome.rules.size(); ++r) {
        const RuleOutcome &rule = outcome.rules[r];
        rules.append(sarifRule(rule));
        for (const CheckItem &item : rule.items) {
            if (reported(rule, item))
                results.append(sarifResult(rule, int(r), item));
        }
    }
    QString folder = analysis.scan.folder;
    if (!folder.endsWith(u'/'))
        folder += u'/';
    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("headroom")},
        {QStringLiteral("version"), QStringLiteral(HEADROOM_VERSION)},
        {QStringLiteral("rules"), rules},
    };
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{SourceRoot,
                      QJsonObject{{QStringLiteral("uri"),
                                   QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded)}}}}},
        {QStringLiteral("results"), results},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"),
         QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

QByteArray CheckReport::junit(const CheckOutcome &outcome)
{
    int failures = 0;
    int skipped = 0;
    for (const RuleOutcome &rule : outcome.rules) {
        failures += rule.status == RuleStatus::Failed;
        skipped += rule.status == RuleStatus::NotRun;
    }
    const QString tests = QString::number(outcome.rules.size());
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    // The counts on both levels: readers differ in which they take.
    const auto counts = [&] {
        xml.writeAttribute(QStringLiteral("tests"), tests);
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    };
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("headroom"));
    counts();
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("headroom check"));
    counts();
    for (const RuleOutcome &rule : outcome.rules) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("headroom"));
        xml.writeAttribute(QStringLiteral("name"), rule.id());
        if (rule.status == RuleStatus::NotRun) {
            xml.writeEmptyElement(QStringLiteral("skipped"));
        } else if (rule.status == RuleStatus::Failed) {
            QStringList lines;
            for (const CheckItem &item : rule.items) {
                if (!item.counts || item.known)
                    continue;
                lines << item.message;
                for (const CheckSite &site : item.sites)
                    lines << QStringLiteral("    ") + siteLine(site);
            }
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), headline(rule));
            xml.writeAttribute(QStringLiteral("type"), rule.id());
            xml.writeCharacters(lines.join(u'\n'));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return data;
}

} // namespace headroom
