#pragma once

#include "facts.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace headroom {

// The version of the encoding below. Bump it whenever facts.h or diagnostic.h changes (a
// field, its meaning, an enum's values) or the encoding does: the fact cache keeps only
// entries written with the same version, so stale facts are never read back.
inline constexpr int kFactsFormatVersion = 22;

// FileFacts as compact little-endian bytes: variable-length integers, UTF-8 strings, every
// vector counted. Decoding checks every length against the bytes left and every enum against
// its range, so corrupt or foreign input gives nullopt and never a large allocation.
// Either form of the facts (facts.h) gives the same bytes.
[[nodiscard]] QByteArray encodeFacts(const FileFacts &facts);
[[nodiscard]] QByteArray encodeFacts(const RawFileFacts &facts);
[[nodiscard]] std::optional<FileFacts> decodeFacts(QByteArrayView bytes);
[[nodiscard]] std::optional<RawFileFacts> decodeRawFacts(QByteArrayView bytes);

} // namespace headroom
