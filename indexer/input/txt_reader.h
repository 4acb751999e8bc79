#pragma once

#include "indexer/input/file_walker.h"
#include "indexer/input/input_record.h"

#include <istream>

namespace lede::input {

/// Reads a plain-text article (one per file): an optional leading
/// `date YYYY-MM-DD` token, boilerplate lines dropped, blank lines tidied,
/// the title taken from the first sentence. Reads at most
/// limits::kMaxRecordBytes (+1 to detect more) whatever the file size.
void read_txt(std::istream& in, const InputFile& file, const RecordSink& sink, const ProblemSinks& problems);

} // namespace lede::input
