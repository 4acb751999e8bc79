#include <lede/error.h>
#include <lede/indexer.h>

#include "common/analysis/text_cleanup.h"
#include "common/entities/entity_table.h"
#include "common/term_scheme.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/input/article_fields.h"
#include "indexer/input/file_walker.h"
#include "indexer/pending_article.h"
#include "indexer/sharded_build.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

namespace lede {
namespace {

[[nodiscard]] unsigned resolve_jobs(unsigned requested) {
    if (requested != 0) {
        return requested;
    }
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : cores;
}

[[nodiscard]] EntityTable load_entity_table(const std::vector<std::string>& gazetteers) {
    EntityTable table = EntityTable::builtin();
    for (const std::string& path : gazetteers) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            throw IoError("cannot read gazetteer " + path + ": " + std::strerror(errno));
        }
        std::ostringstream text;
        text << in.rdbuf();
        if (in.bad()) {
            throw IoError("cannot read gazetteer " + path + ": read error");
        }
        table.merge_tsv(text.str(), path);
    }
    return table;
}

[[nodiscard]] std::vector<DocumentBuilder> make_builders(unsigned jobs, const EntityTable& table,
                                                         bool extract) {
    std::vector<DocumentBuilder> builders;
    builders.reserve(jobs);
    for (unsigned i = 0; i < jobs; ++i) {
        builders.emplace_back(table, extract);
    }
    return builders;
}

} // namespace

struct Indexer::Impl {
    IndexOptions options;
    EntityTable entities;
    std::string stored_table; ///< `entities` as the database metadata holds it
    std::string table_digest;
    std::optional<IndexWriter> writer; ///< in place; empty for a sharded build
    std::vector<DocumentBuilder> builders;
    std::unique_ptr<ShardedBuild> sharded; ///< during a sharded index() call
    bool built_once = false;

    // State of one index() call.
    IndexReport report;
    IndexProgress progress;
    std::vector<Pending> batch;
    std::map<std::string, std::string> seen; ///< id term → where it was first read

    explicit Impl(IndexOptions opts)
        : options(std::move(opts)), entities(load_entity_table(options.gazetteers)),
          stored_table(entities.serialise()),
          table_digest(term_scheme::sha256_hex(
              (options.extract ? "extract " + std::to_string(extract::kExtractionVersion) + "\n"
                               : "text-only\n") +
              stored_table)),
          builders(make_builders(std::max(resolve_jobs(options.jobs), options.shards), entities,
                                 options.extract)) {
        if (options.batch_size == 0) {
            throw InvalidArgument("batch size must be at least 1");
        }
        if (options.shards == 0) {
            throw InvalidArgument("shards must be at least 1");
        }
        if (options.partition.count == 0 || options.partition.index >= options.partition.count) {
            throw InvalidArgument("shard " + std::to_string(options.partition.index) + "/" +
                                  std::to_string(options.partition.count) + ": expected K/N with 0 <= K < N");
        }
        if (options.shards == 1) {
            writer.emplace(options.db_path);
            check_partition();
            // The searcher resolves entity names with the table the index was built with.
            writer->store_metadata(term_scheme::kMetaEntities, stored_table);
            if (options.partition.count > 1) {
                writer->store_metadata(term_scheme::kMetaPartition, partition_text());
            }
        }
    }

    [[nodiscard]] std::string partition_text() const {
        return options.partition.count > 1
                   ? std::to_string(options.partition.index) + "/" + std::to_string(options.partition.count)
                   : std::string();
    }

    // A database holds one partition for good: articles of two would make
    // --prune delete the other's, and a search count one twice.
    void check_partition() const {
        const std::string held = writer->metadata(term_scheme::kMetaPartition);
        const std::string wanted = partition_text();
        if (held == wanted) {
            return;
        }
        if (!held.empty()) {
            throw InvalidArgument(options.db_path + ": holds shard " + held +
                                  " of a split feed; index it with --shard " + held);
        }
        if (writer->document_count() != 0) {
            throw InvalidArgument(options.db_path +
                                  ": holds every article (built without --shard); index shard " + wanted +
                                  " into a new database");
        }
    }

    // A sharded build's finished articles, reported in the caller's thread.
    void shard_done(Pending& pending) {
        if (pending.built) {
            ++report.added;
        } else {
            reject({pending.record.path, pending.record.line, pending.failure});
            return;
        }
        ++progress.records_done;
        if (options.on_progress) {
            options.on_progress(progress);
        }
    }

    void reject(const InputProblem& problem) {
        ++report.rejected;
        if (options.on_rejected) {
            options.on_rejected(problem);
        }
    }

    void warn(const InputProblem& problem) {
        ++report.warnings;
        if (options.on_warning) {
            options.on_warning(problem);
        }
    }

    [[nodiscard]] input::ProblemSinks sinks() {
        return {[this](const InputProblem& p) { reject(p); }, [this](const InputProblem& p) { warn(p); }};
    }

    void reset() {
        report = {};
        progress = {};
        batch.clear();
        seen.clear();
    }

    void begin_run() {
        if (options.shards > 1) {
            if (!writer && built_once) {
                throw InvalidArgument(options.db_path +
                                      ": a sharded build runs once; open a new Indexer to update");
            }
            std::map<std::string, std::string> metadata{
                {std::string(term_scheme::kMetaEntities), stored_table}};
            if (options.partition.count > 1) {
                metadata.emplace(term_scheme::kMetaPartition, partition_text());
            }
            sharded = std::make_unique<ShardedBuild>(options.db_path, builders, options.shards,
                                                     std::move(metadata));
        }
    }

    // Writes what is left; a sharded build merges its shards into the database.
    void end_run() {
        flush();
        if (sharded) {
            sharded->finish([this](Pending& pending) { shard_done(pending); });
            sharded.reset();
            built_once = true;
        }
    }

    void add(input::InputRecord&& record) {
        // Before the duplicate check: copies of one id all hash to one shard, which reports them.
        if (options.partition.count > 1 &&
            shard_of(record.article.id, options.partition.count) != options.partition.index) {
            ++report.elsewhere;
            return;
        }
        Pending pending;
        pending.id_term = term_scheme::id_term(record.article.id);
        const std::string location = record.path + ":" + std::to_string(record.line);
        const auto [first, inserted] = seen.emplace(pending.id_term, location);
        if (!inserted) {
            reject({record.path, record.line,
                    "duplicate id \"" + record.article.id + "\" (first at " + first->second + ")"});
            return;
        }
        pending.digest = content_digest(record.article, record.origin, table_digest);
        pending.record = std::move(record);
        batch.push_back(std::move(pending));
        if (batch.size() >= options.batch_size) {
            flush();
        }
    }

    void build_all(std::vector<Pending*>& todo) {
        const std::size_t workers = std::min<std::size_t>(builders.size(), todo.size());
        std::atomic<std::size_t> next{0};
        std::exception_ptr fatal;
        std::mutex fatal_mutex;
        auto work = [&](DocumentBuilder& builder) {
            for (std::size_t i = next++; i < todo.size(); i = next++) {
                Pending& pending = *todo[i];
                try {
                    pending.built =
                        builder.build(pending.record.article, pending.record.origin, pending.digest);
                } catch (const Error& error) {
                    pending.failure = error.what(); // this record only; the batch goes on
                } catch (...) {
                    const std::lock_guard lock(fatal_mutex);
                    if (!fatal) {
                        fatal = std::current_exception();
                    }
                }
            }
        };
        if (workers <= 1) {
            work(builders.front());
        } else {
            std::vector<std::thread> threads;
            threads.reserve(workers - 1);
            for (std::size_t w = 1; w < workers; ++w) {
                threads.emplace_back(work, std::ref(builders[w]));
            }
            work(builders.front());
            for (std::thread& thread : threads) {
                thread.join();
            }
        }
        if (fatal) {
            std::rethrow_exception(fatal);
        }
    }

    void flush() {
        if (batch.empty()) {
            return;
        }
        if (sharded) {
            // A new database: every article is absent, nothing to look up.
            sharded->submit(std::move(batch), [this](Pending& pending) { shard_done(pending); });
            batch = {};
            return;
        }
        std::vector<Pending*> todo;
        for (Pending& pending : batch) {
            pending.presence = writer->lookup(pending.id_term, pending.digest);
            if (pending.presence != Presence::unchanged) {
                todo.push_back(&pending);
            }
        }
        build_all(todo);

        bool open = false;
        try {
            for (Pending& pending : batch) {
                if (pending.presence == Presence::unchanged) {
                    ++report.unchanged;
                } else if (!pending.built) {
                    reject({pending.record.path, pending.record.line, pending.failure});
                    continue;
                } else {
                    if (!open) {
                        writer->begin_batch(); // a batch of unchanged articles commits nothing
                        open = true;
                    }
                    writer->put(std::move(*pending.built));
                    ++(pending.presence == Presence::absent ? report.added : report.replaced);
                }
                ++progress.records_done;
                if (options.on_progress) {
                    options.on_progress(progress);
                }
            }
            if (open) {
                const input::InputRecord& last = batch.back().record;
                writer->commit_batch(last.path + ":" + std::to_string(last.line));
            }
        } catch (...) {
            writer->cancel_batch();
            throw;
        }
        batch.clear();
    }
};

Indexer::Indexer(IndexOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Indexer::~Indexer() = default;
Indexer::Indexer(Indexer&&) noexcept = default;
Indexer& Indexer::operator=(Indexer&&) noexcept = default;

IndexReport Indexer::index(const std::vector<std::string>& inputs) {
    const auto started = std::chrono::steady_clock::now();
    Impl& impl = *impl_;
    impl.reset();
    const input::ProblemSinks sinks = impl.sinks();
    const std::vector<input::InputFile> files = input::walk_inputs(inputs, sinks);
    impl.begin_run();
    for (const input::InputFile& file : files) {
        impl.progress.bytes_total += file.size;
    }
    for (const input::InputFile& file : files) {
        input::read_input_file(
            file, [&impl](input::InputRecord&& record) { impl.add(std::move(record)); }, sinks);
        impl.progress.bytes_done += file.size;
        impl.report.bytes += file.size;
    }
    impl.end_run();

    if (impl.options.prune && impl.writer) { // a sharded build is new: nothing to prune
        std::vector<std::string> roots;
        for (const std::string& given : inputs) {
            std::error_code error;
            const auto canonical = std::filesystem::canonical(given, error);
            if (!error) {
                roots.push_back(canonical.string());
            }
        }
        std::set<std::string> kept;
        for (const auto& [id_term, location] : impl.seen) {
            kept.insert(id_term);
        }
        impl.report.deleted = impl.writer->prune(roots, kept);
    }
    impl.report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return impl.report;
}

IndexReport Indexer::index_articles(const std::vector<Article>& articles) {
    const auto started = std::chrono::steady_clock::now();
    Impl& impl = *impl_;
    impl.reset();
    impl.begin_run();
    std::size_t line = 0;
    for (const Article& article : articles) {
        ++line;
        input::InputRecord record;
        record.path = "<memory>";
        record.line = line;
        record.article = article;
        // The same rules as for records read from files, so both routes store the same article.
        const input::ArticleNormalization normalized = input::normalize_article(record.article);
        if (!normalized.error.empty()) {
            impl.reject({record.path, line, normalized.error});
            continue;
        }
        if (normalized.truncated) {
            impl.warn({record.path, line, input::truncated_reason()});
        }
        impl.report.bytes += record.article.body.size();
        impl.add(std::move(record));
    }
    impl.end_run();
    impl.report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return impl.report;
}

} // namespace lede
