#include <lede/analyzer.h>
#include <lede/error.h>
#include <lede/limits.h>
#include <lede/searcher.h>
#include <lede/term_scheme.h>
#include <lede/version.h>

#include "common/xapian_errors.h"
#include "searcher/highlighter.h"
#include "searcher/query/ast.h"
#include "searcher/query/date_range.h"
#include "searcher/query/query_builder.h"
#include "searcher/result_facets.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <xapian.h>

namespace lede {
namespace ts = term_scheme;
namespace {

// A reader sees the revision it opened; a writer committing twice meanwhile
// invalidates it. Reopening and re-running the whole search is the remedy.
constexpr int kModifiedRetries = 3;

[[nodiscard]] std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) {
            comma = list.size();
        }
        if (comma > start) {
            items.push_back(list.substr(start, comma - start));
        }
        start = comma + 1;
    }
    return items;
}

[[nodiscard]] int parse_version(const std::string& text) {
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : -1;
}

[[nodiscard]] std::string iso_date(const std::string& compact) {
    if (compact.size() != 8) {
        return {};
    }
    return compact.substr(0, 4) + "-" + compact.substr(4, 2) + "-" + compact.substr(6, 2);
}

[[nodiscard]] std::string string_field(const nlohmann::json& record, const char* key) {
    const auto found = record.find(key);
    return found != record.end() && found->is_string() ? found->get<std::string>() : std::string();
}

void validate(const SearchRequest& request) {
    if (request.limit > limits::kMaxLimit) {
        throw InvalidArgument("--limit " + std::to_string(request.limit) + " is over the maximum of " +
                              std::to_string(limits::kMaxLimit));
    }
    if (request.offset > limits::kMaxOffsetPlusLimit ||
        request.offset + request.limit > limits::kMaxOffsetPlusLimit) {
        throw InvalidArgument("--offset plus --limit may not exceed " +
                              std::to_string(limits::kMaxOffsetPlusLimit));
    }
    for (const std::string& lang : request.langs) {
        const bool valid = lang.size() >= 2 && lang.size() <= 3 &&
                           std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!valid) {
            throw InvalidArgument("invalid language code \"" + lang.substr(0, 20) +
                                  "\" (expected e.g. en, ru)");
        }
    }
}

} // namespace

struct Searcher::Impl {
    std::string path;
    Xapian::Database db;
    Analyzer analyzer;
    Highlighter highlighter{analyzer};

    explicit Impl(const std::string& db_path) : path(db_path) {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            throw IndexError("no lede database at " + path + " (run lede-index first)");
        }
        try {
            db = Xapian::Database(path, Xapian::DB_BACKEND_GLASS);
        } catch (const Xapian::Error& xapian_error) {
            detail::rethrow_xapian(xapian_error, path);
        }
        check_versions();
    }

    void check_versions() {
        const std::string format = db.get_metadata(std::string(ts::kMetaFormat));
        if (format.empty()) {
            throw IndexError(path + " is not a lede database (no lede:format metadata)");
        }
        if (parse_version(format) != kIndexFormatVersion) {
            throw IndexError(path + ": database format " + format + " is not this lede's format " +
                             std::to_string(kIndexFormatVersion) + "; reindex needed");
        }
        const std::string analyzer_version = db.get_metadata(std::string(ts::kMetaAnalyzer));
        if (parse_version(analyzer_version) != kAnalyzerVersion) {
            throw IndexError(path + ": database built with analyzer version " + analyzer_version +
                             ", this lede has " + std::to_string(kAnalyzerVersion) + "; reindex needed");
        }
    }

    template <typename Operation> auto with_retry(Operation operation) {
        for (int attempt = 1;; ++attempt) {
            try {
                return operation();
            } catch (const Xapian::DatabaseModifiedError& error) {
                if (attempt >= kModifiedRetries) {
                    detail::rethrow_xapian(error, path);
                }
                db.reopen();
            } catch (const Xapian::Error& error) {
                detail::rethrow_xapian(error, path);
            }
        }
    }

    [[nodiscard]] Xapian::Query request_filters(const SearchRequest& request, Xapian::Query query) const {
        std::vector<Xapian::Query> filters;
        if (!request.langs.empty()) {
            std::vector<Xapian::Query> langs;
            for (const std::string& lang : request.langs) {
                langs.emplace_back(std::string(ts::kLang) + lang);
            }
            filters.emplace_back(Xapian::Query::OP_OR, langs.begin(), langs.end());
        }
        const std::string low = request.from.empty() ? std::string() : query::date_bound(request.from, false);
        const std::string high = request.to.empty() ? std::string() : query::date_bound(request.to, true);
        if (!low.empty() && !high.empty()) {
            if (low > high) {
                throw InvalidArgument("--from " + request.from + " is after --to " + request.to);
            }
            filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, ts::kSlotDate, low, high);
        } else if (!low.empty()) {
            filters.emplace_back(Xapian::Query::OP_VALUE_GE, ts::kSlotDate, low);
        } else if (!high.empty()) {
            filters.emplace_back(Xapian::Query::OP_VALUE_LE, ts::kSlotDate, high);
        }
        if (filters.empty()) {
            return query;
        }
        return Xapian::Query(Xapian::Query::OP_FILTER, query,
                             Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
    }

    [[nodiscard]] SearchResult run(const SearchRequest& request, const query::Node& parsed) {
        std::vector<std::string> stem_langs = request.langs;
        if (stem_langs.empty()) {
            stem_langs = split_list(db.get_metadata(std::string(ts::kMetaLangs)));
        }
        query::QueryBuilder builder(analyzer, stem_langs);
        query::BuiltQuery built = builder.build(parsed);
        const Xapian::Query query = request_filters(request, built.query);

        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        switch (request.sort) {
        case SortOrder::relevance:
            break;
        case SortOrder::date_ascending:
            enquire.set_sort_by_value_then_relevance(ts::kSlotDate, false);
            break;
        case SortOrder::date_descending:
            enquire.set_sort_by_value_then_relevance(ts::kSlotDate, true);
            break;
        }
        const Xapian::doccount documents = db.get_doccount();
        Xapian::doccount check_at_least =
            static_cast<Xapian::doccount>(std::max<std::size_t>(request.offset + request.limit, 1000));
        FacetCounter facets;
        if (request.facets) {
            check_at_least = std::max<Xapian::doccount>(
                check_at_least, std::min<Xapian::doccount>(documents, limits::kMaxOffsetPlusLimit));
            facets.attach(enquire);
        }
        const Xapian::MSet mset =
            enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                             static_cast<Xapian::doccount>(request.limit), check_at_least);

        SearchResult result;
        result.query = request.query;
        result.offset = request.offset;
        result.total = mset.get_matches_estimated();
        result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
        std::size_t rank = request.offset;
        for (auto item = mset.begin(); item != mset.end(); ++item) {
            const Xapian::Document document = item.get_document();
            const nlohmann::json record = nlohmann::json::parse(document.get_data(), nullptr, false);
            if (record.is_discarded()) {
                throw IndexError(path + ": stored data of document " + std::to_string(*item) + " is corrupt");
            }
            Hit hit;
            hit.id = string_field(record, "id");
            hit.rank = ++rank;
            hit.score = std::round(item.get_weight() * 10000.0) / 10000.0;
            hit.title = string_field(record, "title");
            hit.date = string_field(record, "date");
            hit.lang = string_field(record, "lang");
            hit.url = string_field(record, "url");
            hit.source = string_field(record, "source");
            if (request.snippets) {
                hit.snippet = highlighter.snippet(string_field(record, "body"), hit.lang, built.highlight,
                                                  request.snippet_chars);
            }
            result.hits.push_back(std::move(hit));
        }
        if (request.facets) {
            result.facets = facets.collect(mset);
        }
        return result;
    }
};

Searcher::Searcher(const std::string& db_path) : impl_(std::make_unique<Impl>(db_path)) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) {
    validate(request);
    const query::Node parsed = query::parse(request.query);
    return impl_->with_retry([&] { return impl_->run(request, parsed); });
}

Stats Searcher::stats() {
    return impl_->with_retry([&] {
        Xapian::Database& db = impl_->db;
        Stats stats;
        stats.documents = db.get_doccount();
        const std::string lang_prefix(ts::kLang);
        for (auto term = db.allterms_begin(lang_prefix); term != db.allterms_end(lang_prefix); ++term) {
            stats.languages[(*term).substr(lang_prefix.size())] = term.get_termfreq();
        }
        std::string low;
        std::string high;
        for (auto value = db.valuestream_begin(ts::kSlotDate); value != db.valuestream_end(ts::kSlotDate);
             ++value) {
            const std::string date = *value;
            if (low.empty() || date < low) {
                low = date;
            }
            if (date > high) {
                high = date;
            }
        }
        stats.date_min = iso_date(low);
        stats.date_max = iso_date(high);
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(impl_->path, error)) {
            std::error_code size_error;
            if (entry.is_regular_file(size_error)) {
                const auto size = entry.file_size(size_error);
                if (!size_error) {
                    stats.size_bytes += size;
                }
            }
        }
        return stats;
    });
}

} // namespace lede
