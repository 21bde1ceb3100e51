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

// The picture on show, as the panels describe it: its projection's graph and metrics (a
// package box is a package of many modules there) and the row each box sits on.
struct PictureFacts
{
    std::shared_ptr<const ImportGraph> graph;
    std::shared_ptr<const Metrics> metrics;
    std::vector<int> layers; // per graph node: its row in the picture (in its container), -1
    QString what;            // "packages, depth 2", "structure map"...
};

using PictureFactsPtr = std::shared_ptr<const PictureFacts>;

} // namespace headroom

Q_DECLARE_METATYPE(headroom::SourceLocation)
