#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// The term prefixes, value slots and metadata keys that the indexer writes
/// and the searcher reads. Prefixes follow Omega's convention (a run of
/// capitals; `X` starts lede's own). Term values are analysed text, ASCII
/// digits or lower-case slugs, so a value never starts with a capital.
namespace lede::term_scheme {

/// Stems are not posting terms: the metadata key `Z` + stem holds the
/// surface words (unprefixed) whose stem, in the language of an article they
/// occur in, it is, and a query expands a word's stems into those words. A
/// stem posting list would repeat, per document, what the surface lists hold,
/// and writing them was a fifth of the indexing time (BENCHMARKS.md).
/// Metadata, not Xapian's synonym table, because remote shards serve it
/// (common/stem_forms.h).
inline constexpr std::string_view kStemForms = "Z";
inline constexpr std::string_view kTitle = "S";    ///< title word (positional)
inline constexpr std::string_view kFolded = "XF";  ///< accent-folded word, only when it differs
inline constexpr std::string_view kCjkChar = "XU"; ///< one Han or Kana character (positional by ordinal)
inline constexpr std::string_view kId = "Q";       ///< unique article id (boolean)
inline constexpr std::string_view kLang = "L";     ///< language code (boolean)
inline constexpr std::string_view kDay = "D";      ///< publication day YYYYMMDD (boolean)
inline constexpr std::string_view kMonth = "M";    ///< publication month YYYYMM (boolean)
inline constexpr std::string_view kYear = "Y";     ///< publication year YYYY (boolean)
inline constexpr std::string_view kSource = "H";   ///< source slug (boolean)
inline constexpr std::string_view kEntity = "XE";  ///< entity mentioned, by id (boolean)
inline constexpr std::string_view kEntityAncestor = "XA"; ///< ancestor of a mentioned entity (boolean)
inline constexpr std::string_view kEntityType = "XT"; ///< entity type present: person, org, place (boolean)
inline constexpr std::string_view kCasualtyFlag =
    "XK"; ///< `XKdeaths`, `XKinjured`, `XKhist`, `XKhyp` (boolean)
inline constexpr std::string_view kDeathFigure = "XKD";   ///< each stated deaths figure (boolean)
inline constexpr std::string_view kInjuredFigure = "XKI"; ///< each stated injured figure (boolean)
/// Dates the text mentions (not the publication date): a day also gives its
/// month and year, a month its year, so `mentioned:2004` finds "1 September 2004".
inline constexpr std::string_view kMentionedDay = "XDD";   ///< YYYYMMDD (boolean)
inline constexpr std::string_view kMentionedMonth = "XDM"; ///< YYYYMM (boolean)
inline constexpr std::string_view kMentionedYear = "XDY";  ///< YYYY (boolean)
/// Two frequent words at adjacent positions, `XB` + first + ' ' + second
/// (boolean): a phrase of such words is answered without reading positions.
inline constexpr std::string_view kWordPair = "XB";

/// Value slots.
inline constexpr unsigned kSlotDate = 0;      ///< publication date `YYYYMMDD`
inline constexpr unsigned kSlotMonth = 1;     ///< publication month `YYYYMM`
inline constexpr unsigned kSlotLang = 2;      ///< language code
inline constexpr unsigned kSlotSource = 3;    ///< source slug
inline constexpr unsigned kSlotDeaths = 4;    ///< per-article deaths: the stated figure (sortable_serialise)
inline constexpr unsigned kSlotDeathsMin = 5; ///< its interval's low bound
inline constexpr unsigned kSlotDeathsMax = 6; ///< its high bound; absent when unbounded
inline constexpr unsigned kSlotInjured = 7;   ///< per-article injured, likewise
inline constexpr unsigned kSlotInjuredMin = 8;
inline constexpr unsigned kSlotInjuredMax = 9;
/// Everything facets count, in one value so that counting reads one value per
/// match (FacetFields, encode_facet_fields).
inline constexpr unsigned kSlotFacets = 10;
/// Where each sentence of the body starts (encode_sentence_starts): a snippet
/// finds its sentence from the hit's position lists and analyses only that
/// passage. Slot 13 is unused.
inline constexpr unsigned kSlotSentences = 11;
/// The date sorts' key: the publication day (`00000000` when unknown), then
/// the article id, so that articles of one day come in one order however the
/// archive is split into shards (Xapian would order them by docid, and its
/// remote backend takes no KeyMaker to add the id).
inline constexpr unsigned kSlotDateOrder = 12;
inline constexpr unsigned kSlotSignature = 14; ///< near-duplicate MinHash signature of the body
/// The stored article without its body, as JSON (id, title, date, lang, url,
/// source, entities, figures, casualties, mentioned). The document data is
/// the body alone, so that a hit without a snippet reads neither.
inline constexpr unsigned kSlotRecord = 15;
inline constexpr unsigned kSlotDigest = 16; ///< content digest (hex): unchanged articles are skipped
inline constexpr unsigned kSlotOrigin = 17; ///< canonical path of the input file, for --prune
inline constexpr unsigned kSlotId = 18;     ///< the article id as given (tie-break, display)

/// Metadata keys.
inline constexpr std::string_view kMetaFormat = "lede:format";
inline constexpr std::string_view kMetaAnalyzer = "lede:analyzer";
inline constexpr std::string_view kMetaLangs = "lede:langs"; ///< comma-separated language codes present
/// `path:line` of the last input record whose batch the last commit wrote,
/// committed in the same transaction as the batch (no side files).
inline constexpr std::string_view kMetaCheckpoint = "lede:checkpoint";
inline constexpr std::string_view kMetaEntities =
    "lede:entities"; ///< the entity table used (EntityTable::serialise)
/// `K/N` in a database that holds shard K of a feed split N ways (lede-index
/// --shard); absent when it holds every article.
inline constexpr std::string_view kMetaPartition = "lede:partition";

/// Within-document positions: the title starts at 1, the body after a gap,
/// so that a phrase never spans the two.
inline constexpr unsigned kTitlePositionGap = 100;
/// Within-document frequency added per title occurrence (a body occurrence adds 1).
inline constexpr unsigned kTitleWdf = 3;

/// Whether `term` (an analysed word) is one of the frequent words whose
/// adjacent pairs get a kWordPair term.
[[nodiscard]] bool is_pair_word(std::string_view term) noexcept;
/// The kWordPair term of `first` directly followed by `second`.
[[nodiscard]] std::string word_pair_term(std::string_view first, std::string_view second);

/// The `Q` term of an article id; ids over limits::kMaxIdBytes are replaced
/// by `#` and their SHA-256 so the term stays under Xapian's 245-byte limit.
[[nodiscard]] std::string id_term(std::string_view id);

/// `YYYY-MM-DD` → `YYYYMMDD` (empty when `date` is not of that shape).
[[nodiscard]] std::string compact_date(std::string_view date);

/// A source name as a term value: NFKC case-folded, runs of non-letters and
/// non-digits as one `-`, at most 64 bytes at a UTF-8 boundary.
[[nodiscard]] std::string source_slug(std::string_view source);

/// The facet bucket of a count, written as the CLI's RANGE syntax:
/// one of kCountBuckets.
[[nodiscard]] std::string count_bucket(std::uint64_t count);
/// count_bucket()'s labels, smallest counts first.
inline constexpr std::array<std::string_view, 5> kCountBuckets = {"0", "1..9", "10..99", "100..999",
                                                                  "1000.."};
/// The index of `label` in kCountBuckets; kCountBuckets.size() for another label.
[[nodiscard]] constexpr std::size_t count_bucket_index(std::string_view label) noexcept {
    std::size_t index = 0;
    while (index < kCountBuckets.size() && kCountBuckets[index] != label) {
        ++index;
    }
    return index;
}

/// The non-empty items of a `separator`-separated list (`lede:langs`).
[[nodiscard]] std::vector<std::string> split_list(std::string_view list, char separator);

/// What the facets of a search count, per article.
struct FacetFields {
    std::string lang;
    std::string day;            ///< publication day `YYYYMMDD`, empty when unknown
    std::string deaths_bucket;  ///< count_bucket() of the per-article deaths, empty when none
    std::string injured_bucket; ///< likewise for injured
    /// Entity ids mentioned, one per line; a name in no table (discovered
    /// from its context) is written `id<TAB>type<TAB>name`, so facets can name it.
    std::string entities;
    std::string mentioned_years; ///< years the text mentions, distinct, one per line
};

/// The same fields as views into an encoded value.
struct FacetFieldsView {
    std::string_view lang;
    std::string_view day;
    std::string_view deaths_bucket;
    std::string_view injured_bucket;
    std::string_view entities;
    std::string_view mentioned_years;
};

/// The fields joined by U+001F (unit separator), which no field holds.
[[nodiscard]] std::string encode_facet_fields(const FacetFields& fields);
/// The fields of a kSlotFacets value; missing fields are empty.
[[nodiscard]] FacetFieldsView decode_facet_fields(std::string_view value) noexcept;

/// Calls `each` with every non-empty line of a list field (entities, mentioned years).
template <typename Each> void for_each_facet_line(std::string_view list, Each&& each) {
    while (!list.empty()) {
        const std::size_t end = list.find('\n');
        if (end != 0) {
            each(list.substr(0, end));
        }
        if (end == std::string_view::npos) {
            break;
        }
        list.remove_prefix(end + 1);
    }
}

/// One line of FacetFields::entities: an id, and for a discovered name its type and name.
struct FacetEntityLine {
    std::string_view id;
    std::string_view type; ///< empty for a table entity
    std::string_view name; ///< the id when the line gives none
    bool discovered = false;
};
[[nodiscard]] FacetEntityLine decode_facet_entity(std::string_view line) noexcept;

/// The value of a day (`width` 8) or year (`width` 4) field: exactly `width`
/// ASCII digits, or nothing.
[[nodiscard]] std::optional<std::uint32_t> facet_digits(std::string_view text, std::size_t width) noexcept;

/// The start of one sentence of a body (SentenceBreaker): its byte offset and
/// the position its first token has, or would have when it holds none.
struct SentenceStart {
    std::uint32_t byte = 0;
    std::uint32_t position = 0;

    friend bool operator==(const SentenceStart&, const SentenceStart&) = default;
};

/// Starts in order (both fields never decrease), as deltas in LEB128 varints:
/// about three bytes a sentence.
[[nodiscard]] std::string encode_sentence_starts(const std::vector<SentenceStart>& starts);
/// The starts of a kSlotSentences value. A value that is truncated, or whose
/// offsets pass `text_bytes`, gives none, so the caller analyses the text.
[[nodiscard]] std::vector<SentenceStart> decode_sentence_starts(std::string_view value,
                                                                std::size_t text_bytes);

/// Lower-case hex SHA-256 of `bytes`.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

} // namespace lede::term_scheme
