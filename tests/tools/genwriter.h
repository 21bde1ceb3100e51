#pragma once

// The text of one generated module, from the plan and the module's own random stream: the
// same plan gives the same bytes whichever thread writes which module, in whatever order.

#include "genplan.h"

#include <QByteArray>
#include <QList>

namespace genproject {

[[nodiscard]] QByteArray writeModule(const Plan &plan, int module);

} // namespace genproject
