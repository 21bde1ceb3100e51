#pragma once

#include "pipeline.h"

#include <QMetaType>

namespace headroom {

// A place in the analysed project: a file (index into the scan) and a 1-based line.
struct SourceLocation
{
    int file = -1;
    int line = 0;
};

} // namespace headroom

Q_DECLARE_METATYPE(headroom::SourceLocation)
