#include "checkoutcome.h"

#include "checkreport.h"
#include "diagnostictext.h"
#include "exporter.h"
#include "summary.h"

#include <algorithm>

namespace headroom {

int RuleOutcome::newItems() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const CheckItem &i) { return i.counts && !i.known; }));
}

int CheckOutcome::failedRules() const
{
    return int(std::count_if(rules.begin(), rules.end(),
                             [](const RuleOutcome &r) { return r.status == RuleStatus::Failed; }));
}

void CheckOutcome::settle()
{
    for (RuleOutcome &r : rules) {
        if (r.status != RuleStatus::NotRun)
            r.status = r.allowedItems >= 0 && r.newItems() > r.allowedItems ? RuleStatus::Failed
                                                                            : RuleStatus::Passed;
    }
}

namespace {

// The summary's lines start with the indentation of the report they were written for.
QString unindented(const QString &line)
{
    qsizetype at = 0;
    while (at < line.size() && line.at(at) == u' ')
        ++at;
    return line.mid(at);
}

// The rule's words: its name and what it checks.
RuleOutcome ruleOf(CheckRule id)
{
    RuleOutcome rule;
    rule.rule = id;
    switch (id) {
    case CheckRule::Configuration:
        rule.name = CheckReport::tr("Readable configuration");
        rule.help = CheckReport::tr(
            "Fails when a setting of pyproject.toml or of the import-linter "
            "configuration could not be read as written (a value of the wrong type, "
            "a misspelt key, a file that does not parse): rules read from defaults "
            "would pass or fail for the wrong reason.");
        break;
    case CheckRule::Cycles:
        rule.name = CheckReport::tr("Import cycles");
        rule.help = CheckReport::tr("Fails when there are more import cycles than allowed "
                                    "(max_cycles under [tool.headroom.check], or --max-cycles; "
                                    "0 by default, -1 for any). Each cycle is shown as a chain "
                                    "of imports, with the imports to cut to break it.");
        break;
    case CheckRule::Depth:
        rule.name = CheckReport::tr("Import depth");
        rule.help = CheckReport::tr("Fails when the project has more levels of imports than "
                                    "allowed (max_depth under [tool.headroom.check], or "
                                    "--max-depth; the head budget's depth by default, -1 to "
                                    "switch the rule off). The longest import chain shows where "
                                    "the levels come from.");
        break;
    case CheckRule::Contracts:
        rule.name = CheckReport::tr("Import-linter contracts");
        rule.help = CheckReport::tr("Fails when an import-linter contract (layers, forbidden, "
                                    "independence) is broken or invalid. Each violation is a "
                                    "chain of imports with their sites. Switched off by "
                                    "contracts = false under [tool.headroom.check], or "
                                    "--no-contracts.");
        break;
    case CheckRule::Budget:
        rule.name = CheckReport::tr("Head budget");
        rule.help = CheckReport::tr("Fails when more items are over the head budget than "
                                    "allowed (max_findings under [tool.headroom.check], or "
                                    "--max-findings; any by default): packages with too many "
                                    "members, modules with too many definitions or imports, "
                                    "classes with too many methods, too many levels.");
        break;
    }
    return rule;
}

CheckItem itemOf(const QString &message)
{
    CheckItem item;
    item.message = message;
    return item;
}

CheckSite siteOf(const Analysis &analysis, const ImportSite &site)
{
    return {pathText(analysis, site.file, PathBase::Folder), site.line};
}

// Each import of `chain` (edges of `graph`) by its first site.
std::vector<CheckSite> chainSites(const Analysis &analysis, const ImportGraph &graph,
                                  const std::vector<int> &chain)
{
    std::vector<CheckSite> sites;
    for (const int e : chain) {
        const Edge &edge = graph.edge(e);
        if (!edge.sites.empty())
            sites.push_back(siteOf(analysis, edge.sites.front()));
    }
    return sites;
}

// Where the longest import chain starts: its first import, or the first module when that
// one imports the next through a member of its cycle.
std::vector<CheckSite> longestChainStart(const Analysis &analysis, const Review &review)
{
    const std::vector<int> &chain = review.metrics.longestChain;
    const ImportGraph &g = review.graph;
    if (chain.size() < 2)
        return {};
    const int e = g.findEdge(chain[0], chain[1]);
    if (e >= 0 && !g.edge(e).sites.empty())
        return {siteOf(analysis, g.edge(e).sites.front())};
    if (g.node(chain[0]).file >= 0)
        return {{pathText(analysis, g.node(chain[0]).file, PathBase::Folder), 1}};
    return {};
}

RuleOutcome configurationRule(const Analysis &analysis, const Review &review)
{
    RuleOutcome rule = ruleOf(CheckRule::Configuration);
    rule.status = RuleStatus::Passed;
    const bool contracts = review.options.settings.check.contracts;
    for (const Diagnostic &d : Summary::configProblems(analysis, review, contracts)) {
        CheckItem item = itemOf(DiagnosticText::line(d));
        if (!d.file.isEmpty())
            item.sites.push_back({d.file, d.line});
        item.key = d.file + u':' + QString::number(d.line) + u':' + d.detail;
        rule.items.push_back(std::move(item));
    }
    rule.count = int(rule.items.size());
    return rule;
}

RuleOutcome cyclesRule(const Analysis &analysis, const Review &review)
{
    RuleOutcome rule = ruleOf(CheckRule::Cycles);
    rule.status = RuleStatus::Passed;
    const std::vector<Cycle> &cycles = review.metrics.cycles;
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        CheckItem item = itemOf(Summary::cycleLine(analysis, review, int(i)));
        if (!cycles[i].chains.empty())
            item.sites = chainSites(analysis, review.graph, cycles[i].chains.front());
        QStringList members;
        for (const int n : cycles[i].members)
            members << review.graph.node(n).name;
        item.key = members.join(u' ');
        rule.items.push_back(std::move(item));
    }
    rule.count = int(cycles.size());
    rule.limit = review.options.settings.check.maxCycles;
    rule.allowedItems = rule.limit;
    return rule;
}

RuleOutcome depthRule(const Analysis &analysis, const Review &review)
{
    RuleOutcome rule = ruleOf(CheckRule::Depth);
    const CheckRules &rules = review.options.settings.check;
    if (rules.maxDepth == -1)
        return rule;
    rule.status = RuleStatus::Passed;
    const Metrics &m = review.metrics;
    const ImportGraph &g = review.graph;
    rule.count = m.depth;
    rule.limit = rules.maxDepth > 0 ? rules.maxDepth : review.options.settings.metrics.budget.depth;
    if (m.depth <= rule.limit)
        return rule;
    QStringList chain;
    for (const int n : m.longestChain)
        chain << g.node(n).name;
    CheckItem item = itemOf(unindented(
        CheckReport::tr("  longest import chain: %1").arg(chain.join(QStringLiteral(" \u2192 ")))));
    item.sites = longestChainStart(analysis, review);
    item.key = QString::number(m.depth);
    rule.items.push_back(std::move(item));
    return rule;
}

RuleOutcome contractsRule(const Analysis &analysis, const Review &review)
{
    RuleOutcome rule = ruleOf(CheckRule::Contracts);
    if (!review.options.settings.check.contracts || review.contracts.empty())
        return rule;
    rule.status = RuleStatus::Passed;
    const ImportGraph &g = analysis.graph;
    for (const ContractResult &r : review.contracts) {
        const bool broken = r.status == ContractStatus::Broken;
        const bool invalid = r.status == ContractStatus::Invalid;
        rule.count += broken || invalid;
        // The contract's own line counts when nothing under it does.
        CheckItem contract = itemOf(Summary::contractLine(r));
        contract.counts = invalid || (broken && r.violations.empty());
        if (r.config.line > 0)
            contract.sites.push_back({review.contractConfig.file, r.config.line});
        contract.key = r.config.name;
        rule.items.push_back(std::move(contract));
        for (const ContractViolation &v : r.violations) {
            CheckItem item = itemOf(unindented(Summary::violationLine(analysis, v)));
            item.sites = chainSites(analysis, g, v.chain);
            item.key = r.config.name + u'|' + g.node(g.edge(v.chain.front()).source).name + u'|' +
                       g.node(g.edge(v.chain.back()).target).name;
            item.level = 1;
            rule.items.push_back(std::move(item));
        }
    }
    rule.total = int(review.contracts.size());
    return rule;
}

// Where a finding is defined: a class's line, a module's (or package's __init__) first line;
// the project's depth starts where its longest chain does.
std::vector<CheckSite> findingSites(const Analysis &analysis, const Review &review,
                                    const Finding &f)
{
    if (f.classIndex >= 0) {
        const ClassMetrics &c = review.metrics.classes[std::size_t(f.classIndex)];
        const std::vector<Definition> &defs = analysis.facts[std::size_t(c.file)].definitions;
        const int line = c.definition >= 0 && c.definition < int(defs.size())
                             ? defs[std::size_t(c.definition)].line
                             : 0;
        return {{pathText(analysis, c.file, PathBase::Folder), line}};
    }
    if (f.check == BudgetCheck::ProjectDepth)
        return longestChainStart(analysis, review);
    if (f.node >= 0 && review.graph.node(f.node).file >= 0)
        return {{pathText(analysis, review.graph.node(f.node).file, PathBase::Folder), 1}};
    return {};
}

RuleOutcome budgetRule(const Analysis &analysis, const Review &review)
{
    RuleOutcome rule = ruleOf(CheckRule::Budget);
    rule.status = RuleStatus::Passed;
    for (const Finding &f : review.metrics.findings) {
        CheckItem item = itemOf(Summary::findingLine(review, f));
        item.sites = findingSites(analysis, review, f);
        const QString what = f.classIndex >= 0
                                 ? review.metrics.classes[std::size_t(f.classIndex)].qualifiedName
                             : f.node >= 0 ? review.graph.node(f.node).name
                                           : QString();
        item.key = QLatin1String(keyOf(f.check)) + u':' + what;
        rule.items.push_back(std::move(item));
    }
    rule.count = int(rule.items.size());
    rule.limit = review.options.settings.check.maxFindings;
    rule.allowedItems = rule.limit;
    return rule;
}

} // namespace

CheckOutcome evaluateCheck(const Analysis &analysis, const Review &review)
{
    CheckOutcome outcome;
    outcome.rules.push_back(configurationRule(analysis, review));
    outcome.rules.push_back(cyclesRule(analysis, review));
    outcome.rules.push_back(depthRule(analysis, review));
    outcome.rules.push_back(contractsRule(analysis, review));
    outcome.rules.push_back(budgetRule(analysis, review));
    outcome.settle();
    return outcome;
}

} // namespace headroom
