#pragma once

#include "indexer/input/file_walker.h"
#include "indexer/input/input_record.h"

#include <cstddef>
#include <exception>
#include <istream>
#include <string>
#include <string_view>

namespace lede::input {

/// Largest .json document accepted: it is parsed in memory, unlike JSON Lines.
inline constexpr std::size_t kMaxJsonFileBytes = std::size_t{64} * 1024 * 1024;

/// Whether `[`/`{` nesting outside strings goes deeper than `limit`. Runs in
/// constant stack space, so it is safe on hostile input before a parser.
[[nodiscard]] bool json_nesting_exceeds(std::string_view json, std::size_t limit);

/// "invalid JSON: <nlohmann's reason, at most 100 characters>".
[[nodiscard]] std::string invalid_json_reason(const std::exception& error);

[[nodiscard]] std::string nesting_reason();

/// Reads a .json file holding one article object or an array of them. Each
/// array element is parsed on its own, so one bad record does not lose the
/// others, and is reported at the line where it starts.
void read_json(std::istream& in, const InputFile& file, const RecordSink& sink, const ProblemSinks& problems);

} // namespace lede::input
