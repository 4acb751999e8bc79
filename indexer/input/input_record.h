#pragma once

#include <lede/article.h>
#include <lede/indexer.h>

#include <cstddef>
#include <functional>
#include <string>

namespace lede::input {

/// One article read from an input file, with where it came from.
struct InputRecord {
    Article article;
    std::string path;     ///< the file, as given (for messages)
    std::size_t line = 0; ///< 1-based line of the record (1 for .txt and single-object .json)
    std::string origin;   ///< canonical absolute path of the file (stored for --prune)
};

/// Receives records in input order.
using RecordSink = std::function<void(InputRecord&&)>;
/// Receives rejected records (`reject`) and caveats about accepted ones (`warn`).
struct ProblemSinks {
    std::function<void(const InputProblem&)> reject;
    std::function<void(const InputProblem&)> warn;
};

} // namespace lede::input
