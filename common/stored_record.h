#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The stored record: everything of an article but its body, as JSON in value
// slot term_scheme::kSlotRecord. The indexer writes it and the searcher reads
// it for every hit and for --figures; this is the one place that knows its keys.
namespace lede::stored_record {

/// An entity the article mentions.
struct Entity {
    std::string id;
    std::string name; ///< canonical name, or the name as discovered in the text
    std::string type; ///< `person`, `org`, `place`, …
    std::uint64_t mentions = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans; ///< body byte spans of its mentions
    bool discovered = false;                                    ///< found in the text, in no table

    friend bool operator==(const Entity&, const Entity&) = default;
};

/// A casualty figure as the text states it.
struct Figure {
    std::string kind; ///< `deaths`, `injured`, `missing`, `detained`
    std::uint64_t value = 0;
    std::uint64_t low = 0;
    std::optional<std::uint64_t> high; ///< absent: unbounded
    std::string qualifier;
    bool historical = false;
    bool in_title = false; ///< the offsets below are into the title, not the body
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
    std::uint64_t sentence_begin = 0;
    std::uint64_t sentence_end = 0;
    std::string rule;          ///< which grammar rule found it (for debugging extraction)
    bool hypothetical = false; ///< projected, feared or counterfactual ("could rise to 100"): never counted

    friend bool operator==(const Figure&, const Figure&) = default;
};

/// A date the text mentions: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
struct MentionedDate {
    std::string value;
    bool in_title = false;
    std::uint64_t begin = 0;
    std::uint64_t end = 0;

    friend bool operator==(const MentionedDate&, const MentionedDate&) = default;
};

/// The article's own figure of one kind (its largest non-historical one).
struct ArticleFigure {
    std::uint64_t value = 0;
    std::uint64_t low = 0;
    std::optional<std::uint64_t> high;
    std::string qualifier;

    friend bool operator==(const ArticleFigure&, const ArticleFigure&) = default;
};

struct Record {
    std::string id;
    std::string title;
    std::string date; ///< `YYYY-MM-DD` or empty
    std::string lang;
    bool lang_given = false; ///< the input named the language (not detected)
    std::string url;
    std::string source;
    std::vector<Entity> entities;
    std::vector<Figure> figures;
    std::vector<MentionedDate> mentioned;
    std::optional<ArticleFigure> deaths;
    std::optional<ArticleFigure> injured;

    friend bool operator==(const Record&, const Record&) = default;
};

/// The record as JSON; invalid UTF-8 in a field is replaced, never an error.
[[nodiscard]] std::string encode(const Record& record);

/// Reads records back. A field that is missing or of the wrong type is left
/// at its default, so a record of an older lede or a damaged field still
/// gives the rest. Holds a parser reused across reads: one per thread.
class Reader {
public:
    Reader();
    ~Reader();
    Reader(Reader&&) noexcept;
    Reader& operator=(Reader&&) noexcept;
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    /// Throws IndexError naming `document` when `json` is not a JSON object.
    [[nodiscard]] Record read(std::string_view json, std::string_view document);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede::stored_record
