#pragma once

#include "analysis.h"
#include "checkoutcome.h"
#include "review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace headroom {

// `headroom check`'s reports of one CheckOutcome: each rule passed or failed, with the
// failing items and their import sites. Text for people (checkreport.cpp), SARIF 2.1.0 for
// code scanning and JUnit XML for CI test reports (checkformats.cpp).
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    [[nodiscard]] static QString text(const CheckOutcome &outcome);
    // Evaluates and renders the text; sets *exitCode to 0 when every rule passes, 1 otherwise.
    [[nodiscard]] static QString text(const Analysis &analysis, const Review &review,
                                      int *exitCode);
    // Paths relative to the analysed folder, which is %SRCROOT%.
    [[nodiscard]] static QByteArray sarif(const CheckOutcome &outcome, const Analysis &analysis);
    [[nodiscard]] static QByteArray junit(const CheckOutcome &outcome);

    // The rule's first line in the text report ("FAIL cycles: 2 import cycles, 0 allowed");
    // empty for a rule the text does not list (not run, or configuration that was read).
    [[nodiscard]] static QString headline(const RuleOutcome &rule);
    // The item as listed: its message, " (known)" after the first line when it is known.
    [[nodiscard]] static QString itemText(const CheckItem &item);
};

} // namespace headroom
