#pragma once

#include "analysis.h"
#include "enumkeys.h"
#include "review.h"

#include <QString>

#include <vector>

namespace headroom {

// The rules of `headroom check`, in the order they are reported. Their keys are the rules'
// stable ids in every format (SARIF ruleId, JUnit testcase name).
enum class CheckRule : std::uint8_t
{
    Configuration,
    Cycles,
    Depth,
    Contracts,
    Budget,
};
constexpr std::array<EnumKey<CheckRule>, 5> keyTable(CheckRule)
{
    return {{{CheckRule::Configuration, "configuration"},
             {CheckRule::Cycles, "cycles"},
             {CheckRule::Depth, "depth"},
             {CheckRule::Contracts, "contracts"},
             {CheckRule::Budget, "budget"}}};
}
static_assert(keyTableIsComplete<CheckRule>(5));

enum class RuleStatus : std::uint8_t
{
    Passed,
    Failed,
    NotRun, // switched off (-1 for depth, --no-contracts, no contracts configured)
};

// Where an item is in the sources.
struct CheckSite
{
    QString file; // relative to the analysed folder, '/'-separated
    int line = 0; // 1-based; 0 when not known
};

// One thing a rule found: a cycle, a contract's violating chain, a budget finding...
struct CheckItem
{
    // As the text report lists it under its rule, without indentation; a cycle's second
    // line (its cut) is indented by two spaces.
    QString message;
    std::vector<CheckSite> sites; // the import sites first to last; may be empty
    // Stays the same from run to run while the item does (a cycle's sorted members, a
    // finding's check and node): what a baseline remembers.
    QString key;
    int level = 0;      // 1: listed under the item before it (a contract's violating chains)
    bool counts = true; // false: listed for context only (a kept contract), never a result
    bool known = false; // in the baseline: reported, but does not fail its rule
};

struct RuleOutcome
{
    CheckRule rule = CheckRule::Configuration;
    QString name; // a few words ("Import cycles"), translated
    QString help; // one paragraph: what the rule checks and how to change it, translated
    RuleStatus status = RuleStatus::NotRun;
    // The numbers its headline gives: the problems, cycles, levels, broken or invalid
    // contracts or findings (`count`), the most allowed (`limit`, -1: any), and for
    // contracts how many were checked (`total`).
    int count = 0;
    int limit = 0;
    int total = 0;
    // How many counted items that are not known may there be before the rule fails; -1: any.
    // The limit, but 0 for depth: its one item is there only when the chain is too long.
    int allowedItems = 0;
    std::vector<CheckItem> items;

    [[nodiscard]] QLatin1String id() const { return QLatin1String(keyOf(rule)); }
    // Counted items that are not known: the ones that can fail the rule.
    [[nodiscard]] int newItems() const;
};

// Every rule of `headroom check`, evaluated once; the text, SARIF and JUnit reports render
// it (checkreport.h).
struct CheckOutcome
{
    std::vector<RuleOutcome> rules; // one per CheckRule, in its order

    [[nodiscard]] int failedRules() const;
    // Sets every rule that ran to passed or failed by its items: after items were marked
    // known, only the new ones fail.
    void settle();
};

// The rules of the review's settings (CheckRules) applied to the review.
[[nodiscard]] CheckOutcome evaluateCheck(const Analysis &analysis, const Review &review);

} // namespace headroom
