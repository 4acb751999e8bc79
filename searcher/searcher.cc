#include <lede/analyzer.h>
#include <lede/cluster.h>
#include <lede/error.h>
#include <lede/limits.h>
#include <lede/searcher.h>
#include <lede/version.h>

#include "common/database_format.h"
#include "common/entities/entity_table.h"
#include "common/near_duplicate.h"
#include "common/stem_forms.h"
#include "common/stored_record.h"
#include "common/term_scheme.h"
#include "common/xapian_errors.h"
#include "searcher/cluster/shard_set.h"
#include "searcher/database_stats.h"
#include "searcher/directory_identity.h"
#include "searcher/figures_view.h"
#include "searcher/highlighter.h"
#include "searcher/hit_record.h"
#include "searcher/passage_locator.h"
#include "searcher/query/ast.h"
#include "searcher/query/query_builder.h"
#include "searcher/request_filters.h"
#include "searcher/result_facets.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>
#include <xapian.h>

namespace lede {
namespace ts = term_scheme;
namespace {

// Estimated shingle overlap above which two reports are one story lightly
// reworded (MinHash over word 4-grams).
constexpr double kSameStory = 0.5;

// A reader sees the revision it opened; a writer committing twice meanwhile
// invalidates it. Reopening and re-running the whole search is the remedy; a
// writer committing every few dozen articles outran three tries in a release
// build while a page of snippets was read over two shard servers.
constexpr int kModifiedRetries = 8;

[[nodiscard]] std::string lower_ascii(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return text;
}

} // namespace

struct SearcherCache::Impl {
    std::mutex mutex;
    std::shared_ptr<const FacetColumn> column;
    /// The uuid and revision of the last faceted search without a column.
    std::optional<std::pair<std::string, Xapian::rev>> faceted;
    std::size_t columns_read = 0;
};

SearcherCache::SearcherCache() : impl_(std::make_shared<Impl>()) {}

std::size_t SearcherCache::columns_read() const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->columns_read;
}

struct Searcher::Impl {
    std::string path;               ///< the database directory, or the cluster as messages name it
    std::optional<ShardSet> shards; ///< a cluster's
    bool just_opened = false; ///< the shards were refreshed by the constructor: the first search need not
    std::string open_set;     ///< ShardSet::open_set() when the entity table was last read
    Xapian::Database db;
    Analyzer analyzer;
    Highlighter highlighter{analyzer};
    stored_record::Reader records;
    std::optional<EntityTable> entities; ///< loaded on first need
    SearcherCache cache;

    /// Which directory `path` named when the database was opened: the device
    /// and inode it resolves to, through a symbolic link too.
    std::optional<std::pair<dev_t, ino_t>> opened_directory;

    Impl(const std::string& db_path, SearcherCache shared) : path(db_path), cache(std::move(shared)) {
        open();
    }

    /// A cluster's shards that cannot be reached yet are reported by the
    /// first search (or left out by a partial one), so that a server can
    /// start while one is down.
    Impl(const Cluster& cluster, SearcherCache shared)
        : path(cluster.shards.size() == 1 ? cluster.shards.front().name() : "cluster"),
          cache(std::move(shared)) {
        check_cluster(cluster);
        shards.emplace(cluster);
        refresh();
        just_opened = true;
    }

    /// The cluster's missing shards, as the request takes them: an error
    /// naming the first, or the list a partial result carries.
    /// `partial_allowed`: whether the caller can take a partial answer (a
    /// search can; figures and statistics need every shard).
    [[nodiscard]] std::vector<std::string> check_shards(bool partial, bool partial_allowed) const {
        if (!shards) {
            return {};
        }
        std::vector<std::string> missing = shards->missing();
        if (missing.empty()) {
            return missing;
        }
        if (shards->open().empty()) {
            throw ShardUnavailable("no shard answers: " + missing.front());
        }
        if (!partial) {
            throw ShardUnavailable("shard " + missing.front() +
                                   (partial_allowed ? " (a partial search answers from the others)" : ""));
        }
        return missing;
    }

    void open() {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            throw IndexError("no lede database at " + path + " (run lede-index first)");
        }
        const auto identity = directory_identity(path);
        Xapian::Database opened;
        try {
            opened = Xapian::Database(path, Xapian::DB_BACKEND_GLASS);
        } catch (const Xapian::Error& xapian_error) {
            detail::rethrow_xapian(xapian_error, path);
        }
        detail::check_database_versions(opened, path);
        db = std::move(opened);
        opened_directory = identity;
        entities.reset(); // of the database that was open before
    }

    /// The table the indexer used, so names resolve as they were indexed
    /// (user gazetteers included); the built-in one for a database without.
    const EntityTable& entity_table() {
        if (!entities) {
            const std::string key(ts::kMetaEntities);
            const std::string stored =
                shards ? shards->agreed_metadata(key, "entity table") : db.get_metadata(key);
            entities = stored.empty() ? EntityTable::builtin() : EntityTable::deserialise(stored);
        }
        return *entities;
    }

    /// The facet column of the open revision, read on the second faceted
    /// search of that revision by any searcher sharing the cache: a single
    /// search (one lede-search process) never pays for reading it (40–65 ms
    /// at 100k articles, under a second at 1M: a few broad faceted searches'
    /// worth), and searchers that facet again stop reading a value per match.
    /// The read happens under the cache's lock, so the others wait for it
    /// instead of reading it too.
    std::shared_ptr<const FacetColumn> facet_column_for_search() {
        if (shards) {
            return nullptr; // docids and revisions are the combined database's, which has no revision
        }
        SearcherCache::Impl& shared = *cache.impl_;
        const std::lock_guard lock(shared.mutex);
        if (shared.column && shared.column->reads(db)) {
            return shared.column;
        }
        std::pair<std::string, Xapian::rev> revision{db.get_uuid(), db.get_revision()};
        if (shared.faceted != revision) {
            shared.faceted = std::move(revision);
            return nullptr;
        }
        shared.column.reset(); // the old revision's, before the new one is read
        shared.column = std::make_shared<const FacetColumn>(db);
        ++shared.columns_read;
        return shared.column;
    }

    /// Moves to the latest committed revision, so a long-lived Searcher sees
    /// new articles; a failure here is left to the search's own retry. When
    /// the path now names another directory (`scripts/reindex --rebuild`
    /// renamed a new generation's link over it, or a directory was renamed
    /// into its place), Xapian's reopen would keep reading the old files: the
    /// new database is opened instead, and its format checked. While the path
    /// names nothing, the open database goes on answering.
    void refresh() {
        if (shards) {
            if (!std::exchange(just_opened, false)) {
                shards->refresh();
            }
            db = shards->combined();
            if (shards->open_set() != open_set) {
                open_set = shards->open_set();
                entities.reset(); // read again from the shards now open, and checked against each other
            }
            return;
        }
        const auto identity = directory_identity(path);
        if (identity && identity != opened_directory) {
            open();
            return;
        }
        try {
            db.reopen();
        } catch (const Xapian::Error&) {
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
                if (shards) {
                    refresh();
                } else {
                    db.reopen();
                }
            } catch (const Xapian::NetworkError& error) {
                // A shard server restarted or went away mid-search: the
                // search runs again over fresh connections, without the
                // shards that no longer answer (check_shards decides).
                if (!shards || attempt >= kModifiedRetries) {
                    detail::rethrow_xapian(error, path);
                }
                shards->check_connections();
                refresh();
            } catch (const Xapian::Error& error) {
                detail::rethrow_xapian(error, path);
            }
        }
    }

    /// The whole query of a request: its text and its option filters, built
    /// by one route, and what snippets should mark.
    [[nodiscard]] Xapian::Query full_query(const SearchRequest& request, const query::Node& parsed,
                                           HighlightSpec& highlight) {
        std::vector<std::string> stem_langs;
        for (const std::string& lang : request.langs) {
            stem_langs.push_back(lower_ascii(lang));
        }
        if (stem_langs.empty()) {
            const std::string key(ts::kMetaLangs);
            stem_langs =
                shards ? shards->metadata_union(key, ',') : ts::split_list(db.get_metadata(key), ',');
        }
        query::QueryBuilder builder(
            analyzer, stem_langs,
            [this](const std::string& entry) {
                return shards ? shards->stem_forms(entry) : stem_forms::read(db, entry);
            },
            [this]() -> const EntityTable& { return entity_table(); });
        query::BuiltQuery built = builder.build(parsed, option_filters(request));
        highlight = std::move(built.highlight);
        return std::move(built.query);
    }

    /// Equal scores, and with a date sort equal dates, are ordered by article
    /// id: Xapian would order them by docid, which depends on how the
    /// articles are split into shards, so one database and its shards would
    /// disagree.
    static void set_order(Xapian::Enquire& enquire, SortOrder sort) {
        if (sort == SortOrder::relevance) {
            enquire.set_sort_by_relevance_then_value(ts::kSlotId, false);
        } else {
            enquire.set_sort_by_value(ts::kSlotDateOrder, sort == SortOrder::date_descending);
        }
    }

    /// The stored record of a document (everything but its body).
    [[nodiscard]] stored_record::Record record_of(const Xapian::Document& document, Xapian::docid docid) {
        return records.read(document.get_value(ts::kSlotRecord),
                            path + ": document " + std::to_string(docid));
    }

    [[nodiscard]] FiguresReport figures(const SearchRequest& request, const query::Node& parsed) {
        static_cast<void>(check_shards(false, false)); // a verdict on the reports needs all of them
        HighlightSpec unused;
        Xapian::Enquire enquire(db);
        enquire.set_query(full_query(request, parsed, unused));
        set_order(enquire, SortOrder::relevance);
        const Xapian::MSet mset =
            enquire.get_mset(0, static_cast<Xapian::doccount>(limits::kMaxOffsetPlusLimit));
        FiguresReport report;
        report.query = request.query;
        report.articles = mset.size();
        std::vector<ArticleTolls> tolls;
        for (auto item = mset.begin(); item != mset.end(); ++item) {
            const Xapian::Document document = item.get_document();
            const stored_record::Record record = record_of(document, *item);
            if (!record.figures.empty()) {
                collect_figures(record, document.get_data(), report); // the body only where figures are
            }
            if (record.deaths || record.injured) {
                tolls.push_back({record.deaths, record.injured});
            }
        }
        conclude_figures(tolls, report);
        return report;
    }

    /// A hit's snippet: from the sentence its positions point to when they
    /// do, from an analysis of the whole text otherwise.
    [[nodiscard]] std::vector<SnippetPart>
    snippet(const Xapian::Document& document, Xapian::docid docid, const HighlightSpec& spec,
            const PassageLocator& locator, const std::vector<PassageLocator::Positions>* positions,
            std::size_t max_chars, const std::vector<std::pair<std::size_t, std::size_t>>& evidence) {
        const std::string text = document.get_data();
        const std::vector<ts::SentenceStart> starts =
            ts::decode_sentence_starts(document.get_value(ts::kSlotSentences), text.size());
        std::optional<std::size_t> best = positions != nullptr
                                              ? locator.best_sentence(*positions, document, starts, evidence)
                                              : locator.best_sentence(db, docid, document, starts, evidence);
        if (!best && locator.empty() && evidence.empty() && !starts.empty()) {
            best = 0; // nothing to mark: the lead
        }
        if (!best) {
            return highlighter.snippet(text, spec, max_chars, evidence);
        }
        std::vector<std::pair<std::size_t, std::size_t>> bounds;
        bounds.reserve(starts.size());
        for (std::size_t s = 0; s < starts.size(); ++s) {
            bounds.emplace_back(starts[s].byte, s + 1 < starts.size() ? starts[s + 1].byte : text.size());
        }
        return highlighter.snippet_at(text, bounds, *best, spec, max_chars, evidence);
    }

    /// The hits of a page read ahead, from remote shards only (see ShardSet::fetch_hits).
    [[nodiscard]] ShardSet::FetchedHits fetch_hits(const std::vector<Xapian::docid>& docids,
                                                   const PassageLocator& locator, bool snippets) const {
        if (!shards || !shards->has_remote()) {
            return {};
        }
        return shards->fetch_hits(docids, snippets ? &locator : nullptr);
    }

    [[nodiscard]] SearchResult run(const SearchRequest& request, const query::Node& parsed) {
        // Before the query is built: it may read the shards' metadata.
        std::vector<std::string> missing_shards = check_shards(request.partial, true);
        query::BuiltQuery built;
        const Xapian::Query query = full_query(request, parsed, built.highlight);
        const bool casualty_filter =
            !request.deaths.empty() || !request.injured.empty() || has_casualty_field(parsed);

        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        set_order(enquire, request.sort);
        const Xapian::doccount documents = db.get_doccount();
        Xapian::doccount check_at_least =
            static_cast<Xapian::doccount>(std::max<std::size_t>(request.offset + request.limit, 1000));
        const std::shared_ptr<const FacetColumn> column =
            request.facets ? facet_column_for_search() : nullptr;
        // Remote shards run no lede code: they count with Xapian's own spy.
        const bool remote_facets = shards && shards->has_remote();
        FacetCounter facets(request.facet_entities, column.get(), remote_facets);
        if (request.facets) {
            check_at_least = std::max<Xapian::doccount>(
                check_at_least, std::min<Xapian::doccount>(documents, limits::kMaxOffsetPlusLimit));
            if (!remote_facets) {
                facets.attach(enquire);
            }
        }
        SearchResult result;
        result.query = request.query;
        result.offset = request.offset;
        result.missing_shards = std::move(missing_shards);
        const PassageLocator locator(built.highlight);
        ShardSet::FetchedHits fetched;
        const auto make_hit = [&](const Xapian::MSetIterator& item, std::size_t rank) {
            const Xapian::docid docid = *item;
            const auto ahead = fetched.find(docid);
            const Xapian::Document document =
                ahead != fetched.end() ? ahead->second.document : item.get_document();
            const double weight = item.get_weight();
            Hit hit;
            // With a casualty filter, the sentences stating figures are the
            // evidence: marking them makes the snippet prefer them.
            std::vector<std::pair<std::size_t, std::size_t>> evidence;
            hit_from_record(record_of(document, docid), hit,
                            request.snippets && casualty_filter ? &evidence : nullptr);
            hit.rank = rank;
            hit.score = std::round(weight * 10000.0) / 10000.0;
            if (request.snippets) {
                const bool positions = ahead != fetched.end() && ahead->second.positions;
                hit.snippet =
                    snippet(document, docid, built.highlight, locator,
                            positions ? &*ahead->second.positions : nullptr, request.snippet_chars, evidence);
            }
            return hit;
        };

        Xapian::MSet mset;
        if (!request.collapse) {
            mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                    static_cast<Xapian::doccount>(request.limit), check_at_least);
            result.total = mset.get_matches_estimated();
            result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
            fetched = fetch_hits({mset.begin(), mset.end()}, locator, request.snippets);
            std::size_t rank = request.offset;
            for (auto item = mset.begin(); item != mset.end(); ++item) {
                result.hits.push_back(make_hit(item, ++rank));
            }
        } else {
            // Stories are formed over the best candidates in rank order: a
            // report joins the first earlier one it nearly duplicates, but
            // only if both state the same figures, so a copy with a different
            // toll is never hidden.
            const auto candidates = static_cast<Xapian::doccount>(
                std::min<std::size_t>(std::max<std::size_t>((request.offset + request.limit) * 4, 100),
                                      limits::kMaxOffsetPlusLimit));
            check_at_least = std::max(check_at_least, candidates);
            mset = enquire.get_mset(0, candidates, check_at_least);
            const ShardSet::FetchedHits candidate_documents =
                fetch_hits({mset.begin(), mset.end()}, locator, false);
            struct Story {
                Xapian::MSetIterator leader;
                std::string signature;
                std::string figures;
                std::vector<std::string> copies;
            };
            std::vector<Story> stories;
            for (auto item = mset.begin(); item != mset.end(); ++item) {
                const auto ahead = candidate_documents.find(*item);
                const Xapian::Document document =
                    ahead != candidate_documents.end() ? ahead->second.document : item.get_document();
                const std::string signature = document.get_value(ts::kSlotSignature);
                const std::string figures =
                    document.get_value(ts::kSlotDeaths) + '|' + document.get_value(ts::kSlotInjured);
                auto story = std::find_if(stories.begin(), stories.end(), [&](const Story& candidate) {
                    return candidate.figures == figures &&
                           near_duplicate_similarity(candidate.signature, signature) >= kSameStory;
                });
                if (story == stories.end()) {
                    stories.push_back({item, signature, figures, {}});
                } else {
                    story->copies.push_back(document.get_value(ts::kSlotId));
                }
            }
            const bool complete = mset.size() == mset.get_matches_upper_bound();
            result.total = complete ? stories.size() : mset.get_matches_estimated();
            result.total_exact = complete;
            const std::size_t end = std::min(stories.size(), request.offset + request.limit);
            if (request.offset < end) {
                std::vector<Xapian::docid> leaders;
                for (std::size_t i = request.offset; i < end; ++i) {
                    leaders.push_back(*stories[i].leader);
                }
                fetched = fetch_hits(leaders, locator, request.snippets);
            }
            for (std::size_t i = request.offset; i < end; ++i) {
                const Story& story = stories[i];
                Hit hit = make_hit(story.leader, i + 1);
                hit.duplicates = story.copies;
                result.hits.push_back(std::move(hit));
            }
        }
        if (request.facets) {
            if (remote_facets) {
                // A spy on a remote shard counts some documents twice when
                // the match is sorted by value (Xapian 1.4), and lede's
                // order always involves one: the facets are counted by a
                // match of their own, unsorted and unweighted.
                Xapian::Enquire counting(db);
                counting.set_query(query);
                counting.set_weighting_scheme(Xapian::BoolWeight());
                facets.attach(counting);
                static_cast<void>(counting.get_mset(0, 0, check_at_least));
            }
            result.facets = facets.collect(mset, entity_table());
        }
        return result;
    }
};

Searcher::Searcher(const std::string& db_path) : impl_(std::make_unique<Impl>(db_path, SearcherCache())) {}
Searcher::Searcher(const std::string& db_path, SearcherCache cache)
    : impl_(std::make_unique<Impl>(db_path, std::move(cache))) {}
Searcher::Searcher(const Cluster& cluster) : impl_(std::make_unique<Impl>(cluster, SearcherCache())) {}
Searcher::Searcher(const Cluster& cluster, SearcherCache cache)
    : impl_(std::make_unique<Impl>(cluster, std::move(cache))) {}
Searcher::Searcher(const SearchTarget& target, SearcherCache cache)
    : impl_(target.cluster ? std::make_unique<Impl>(*target.cluster, std::move(cache))
                           : std::make_unique<Impl>(target.db_path, std::move(cache))) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) {
    validate_request(request);
    const query::Node parsed = query::parse(request.query);
    impl_->refresh();
    return impl_->with_retry([&] { return impl_->run(request, parsed); });
}

FiguresReport Searcher::figures(const SearchRequest& request) {
    SearchRequest all = request;
    all.offset = 0;
    all.limit = 0;
    validate_request(all);
    const query::Node parsed = query::parse(request.query);
    impl_->refresh();
    return impl_->with_retry([&] { return impl_->figures(request, parsed); });
}

Stats Searcher::stats() {
    if (impl_->shards) {
        impl_->refresh();
    }
    return impl_->with_retry([&] {
        static_cast<void>(impl_->check_shards(false, false));
        std::vector<std::string> directories;
        if (impl_->shards) {
            for (const ShardAddress& shard : impl_->shards->cluster().shards) {
                if (!shard.remote()) {
                    directories.push_back(shard.path);
                }
            }
        } else {
            directories.push_back(impl_->path);
        }
        return database_stats(impl_->db, directories);
    });
}

} // namespace lede
