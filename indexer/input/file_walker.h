#pragma once

#include "indexer/input/input_record.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lede::input {

enum class InputFormat { txt, jsonl, json };

/// One input file found by walk_inputs().
struct InputFile {
    std::filesystem::path path; ///< as reachable from the given input (for messages and reading)
    std::string id_base;        ///< path relative to the input root, '/'-separated, extension removed
    std::string origin;         ///< canonical absolute path (stored for --prune)
    std::uint64_t size = 0;
    InputFormat format = InputFormat::txt;
};

/// Expands files and directories (recursively) into the input files to read,
/// in a deterministic order (sorted by path within each input). Files are
/// chosen by extension (.txt → txt; .jsonl, .ndjson → jsonl; .json → json);
/// other files in directories are ignored silently, but a file given
/// explicitly with another extension is read as .txt. FIFOs, sockets, devices
/// and symlink loops are reported through `problems.reject` and skipped
/// without blocking. Throws IoError when a given input does not exist.
[[nodiscard]] std::vector<InputFile> walk_inputs(const std::vector<std::string>& inputs,
                                                 const ProblemSinks& problems);

/// Reads one file, calling `sink` for each article in file order. Never throws
/// for bad content: every bad record goes to `problems.reject` as
/// `path:line: reason` and reading continues with the next record.
void read_input_file(const InputFile& file, const RecordSink& sink, const ProblemSinks& problems);

} // namespace lede::input
