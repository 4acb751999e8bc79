#pragma once

namespace lede::detail {

/// corpus/gazetteer/entities.tsv and aliases.tsv, compiled into the library
/// by CMake (builtin_gazetteer.cc.in), because libraries do no file I/O.
extern const char* const kBuiltinEntitiesTsv;
extern const char* const kBuiltinAliasesTsv;

} // namespace lede::detail
