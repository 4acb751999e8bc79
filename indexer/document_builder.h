#pragma once

#include <lede/analyzer.h>
#include <lede/article.h>

#include <string>
#include <xapian.h>

namespace lede {

/// An article turned into what the index stores.
struct BuiltDocument {
    std::string id_term;
    std::string lang; ///< as given, or detected
    Xapian::Document document;
};

/// The content digest of an article: any change to what would be stored or
/// how it would be analysed changes it, so an equal digest means "skip".
[[nodiscard]] std::string content_digest(const Article& article, std::string_view origin);

/// Turns articles into Xapian documents following <lede/term_scheme.h>.
/// One per thread: it owns an Analyzer.
class DocumentBuilder {
public:
    /// `article.lang` may be empty: the language is then detected.
    [[nodiscard]] BuiltDocument build(const Article& article, const std::string& origin,
                                      const std::string& digest);

private:
    /// Adds the terms of one field; returns the position after its last word.
    [[nodiscard]] std::uint32_t index_text(Xapian::Document& document, std::string_view text,
                                           std::uint32_t first_position, std::uint32_t& cjk_ordinal,
                                           const std::string& lang, bool is_title);

    Analyzer analyzer_;
};

} // namespace lede
