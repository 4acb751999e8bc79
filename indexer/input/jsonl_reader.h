#pragma once

#include "indexer/input/file_walker.h"
#include "indexer/input/input_record.h"

#include <lede/limits.h>

#include <cstddef>
#include <istream>

namespace lede::input {

/// Longest JSON Lines record accepted: the body limit plus room for JSON
/// escaping and the other fields.
inline constexpr std::size_t kMaxJsonLineBytes = 2 * limits::kMaxRecordBytes;

/// Reads JSON Lines (.jsonl, .ndjson): one article object per line. Memory
/// stays bounded by kMaxJsonLineBytes plus one read chunk for the raw line,
/// plus the cleaned copy and parsed tree of that one line; longer lines are
/// rejected and skipped without being held.
void read_jsonl(std::istream& in, const InputFile& file, const RecordSink& sink,
                const ProblemSinks& problems);

} // namespace lede::input
