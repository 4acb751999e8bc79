#pragma once

#include "common/entities/entity_table.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

/// Alias flags (corpus/gazetteer/README.md): bits, so that a record stays small.
enum AliasFlag : std::uint8_t {
    kAliasCaseSensitive = 1, ///< `cs`: the text's case must equal the alias's (WHO, IS, UN)
    kAliasByCharacters = 2,  ///< `cjk`: match by characters on CJK and Thai runs
    kAliasNoInflect = 4,     ///< `noinflect`: no Russian/Ukrainian case endings
    kAliasOff = 8,           ///< `off`: kept for round trips and overrides, never matched
    kAliasOpaque = 16,       ///< `opaque`: names inside it are not mentions (Real Madrid, Japan Airlines)
    kAliasWeak = 32,         ///< `weak`: a mention counts only with evidence in the article (small towns)
    kAliasCommonWord = 64,   ///< `word`: also a common word, so a preposition before it is no evidence
};

/// One alias row as written in the table.
struct AliasRecord {
    std::string id;
    std::string lang; ///< ISO 639-1 code or `*`
    std::string text;
    std::uint8_t flags = 0;
};

/// One parsed row and the line it came from, so that checks that need the
/// whole table (unknown ids, parent cycles) can still name the line.
struct GazetteerRow {
    bool is_entity = true;
    std::string layer;       ///< a `layer` row of the stored table: the named built-in layer is part of it
    std::string_view origin; ///< as passed to parse_gazetteer (which must outlive the row)
    std::size_t line = 0;
    Entity entity;     ///< when is_entity
    AliasRecord alias; ///< otherwise
};

/// `tagged` is the `--gazetteer` and metadata format: each row starts with
/// `entity` or `alias`. The two curated files carry one kind of row each.
enum class RowFormat { tagged, entities, aliases };

/// Rows of gazetteer TSV. Comments (`#`) and blank lines are skipped, CR
/// line ends and a UTF-8 BOM accepted. Throws InvalidArgument
/// `origin:line: reason` for a row that is malformed on its own.
[[nodiscard]] std::vector<GazetteerRow> parse_gazetteer(std::string_view tsv, std::string_view origin,
                                                        RowFormat format);

/// `origin:line: reason` as an InvalidArgument.
[[noreturn]] void throw_row_error(std::string_view origin, std::size_t line, const std::string& reason);

/// Lower-case ASCII letters and digits in `-`-separated groups, at most 64 bytes.
[[nodiscard]] bool is_valid_id(std::string_view id) noexcept;

/// Flags in canonical order (`cs,cjk,noinflect,off,opaque,weak,word`), empty for none.
[[nodiscard]] std::string format_alias_flags(std::uint8_t flags);

/// The built-in layer of GeoNames places, which a stored table names
/// (`layer	geonames`) instead of copying its 100,000 rows into every database.
inline constexpr std::string_view kGeonamesLayer = "geonames";

/// The tagged form of a whole table: the layer row when asked, entities
/// first, then aliases, in table order.
[[nodiscard]] std::string format_gazetteer(const std::vector<Entity>& entities,
                                           const std::vector<AliasRecord>& aliases,
                                           bool with_geonames_layer = false);

} // namespace lede::detail
