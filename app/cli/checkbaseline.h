#pragma once

#include "checkoutcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace headroom {

// What a project already had, for `check --baseline FILE` and `--baseline-rev REV`: only what
// is new or worse fails. A cycle is known when a baseline cycle holds all its members (one
// that grew is new); the depth when the baseline was as deep; a contract violation, a
// contract and a head budget finding when the baseline had the same one.
struct CheckBaseline
{
    std::vector<QSet<QString>> cycles; // members of each cycle
    int depth = -1;                    // -1: not known
    QSet<QString> keys;                // "RULE-ID/item key" of every other item
    QString from;                      // what it was read from, for the report

    // From the rules evaluated on the earlier state (a revision).
    [[nodiscard]] static CheckBaseline fromOutcome(const CheckOutcome &outcome);
    // From the JSON `analyze` wrote; nullopt with *error when it is not one, or was written
    // at another level (`level`, `package_depth` as the check's).
    [[nodiscard]] static std::optional<CheckBaseline> fromJson(const QByteArray &json,
                                                               int packageDepth, QString *error);

    // Marks what the baseline had as known and settles every rule.
    void apply(CheckOutcome &outcome) const;
};

} // namespace headroom
