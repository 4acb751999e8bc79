#include "indexer/sharded_build.h"

#include <lede/error.h>

#include "common/stem_forms.h"
#include "common/term_scheme.h"
#include "common/xapian_errors.h"
#include "indexer/index_writer.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <unistd.h>

namespace lede {
namespace ts = term_scheme;
namespace fs = std::filesystem;

struct ShardedBuild::Shard {
    std::string path;
    DocumentBuilder* builder = nullptr;
    std::optional<IndexWriter> writer;
    std::optional<PendingBatch> todo;     ///< handed over, not started
    std::optional<PendingBatch> finished; ///< written, not yet reported
    bool busy = false;
    std::exception_ptr failure;
    std::set<std::string> langs;
    std::thread thread;
};

namespace {

/// Compaction keeps one shard's value of a metadata key; a stem's words are
/// the union of every shard's. The rest is set again after the merge.
class StemFormMerger : public Xapian::Compactor {
public:
    std::string resolve_duplicate_metadata(const std::string& key, std::size_t num_tags,
                                           const std::string tags[]) override {
        // Xapian 1.4 passes the key as its table stores it, after "\0\xc0".
        constexpr std::string_view kTablePrefix("\0\xc0", 2);
        const std::string_view user_key =
            std::string_view(key).starts_with(kTablePrefix) ? std::string_view(key).substr(2) : key;
        if (!user_key.starts_with(ts::kStemForms)) {
            return tags[0];
        }
        std::set<std::string> words;
        for (std::size_t i = 0; i < num_tags; ++i) {
            stem_forms::decode_into(tags[i], words);
        }
        return stem_forms::encode(words);
    }
};

// A name no other build of the same target uses at the same time.
[[nodiscard]] std::string work_directory(const std::string& db_path) {
    static std::atomic<unsigned> counter{0};
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return db_path + ".building-" + std::to_string(::getpid()) + "-" + std::to_string(now) + "-" +
           std::to_string(counter++);
}

[[nodiscard]] bool is_empty_directory(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error) && fs::is_empty(path, error) && !error;
}

} // namespace

ShardedBuild::ShardedBuild(std::string db_path, std::vector<DocumentBuilder>& builders, unsigned shards,
                           std::map<std::string, std::string> metadata)
    : db_path_(std::move(db_path)), work_dir_(work_directory(db_path_)), metadata_(std::move(metadata)) {
    std::error_code error;
    if (fs::exists(db_path_, error) && !is_empty_directory(db_path_)) {
        throw InvalidArgument(db_path_ + ": a sharded build makes a new database, and this path exists");
    }
    if (!fs::create_directories(work_dir_, error) || error) {
        throw IoError("cannot create " + work_dir_ + ": " + error.message());
    }
    try {
        for (std::size_t i = 0; i < shards && i < builders.size(); ++i) {
            auto shard = std::make_unique<Shard>();
            shard->path = work_dir_ + "/shard-" + std::to_string(i);
            shard->builder = &builders[i];
            shard->writer.emplace(shard->path);
            shards_.push_back(std::move(shard));
        }
        for (const std::unique_ptr<Shard>& shard : shards_) {
            shard->thread = std::thread([this, raw = shard.get()] { run(*raw); });
        }
    } catch (...) {
        stop_shards();
        fs::remove_all(work_dir_, error);
        throw;
    }
}

void ShardedBuild::stop_shards() noexcept {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    for (const std::unique_ptr<Shard>& shard : shards_) {
        if (shard->thread.joinable()) {
            shard->thread.join();
        }
    }
    shards_.clear(); // closes the shard databases before their files go
}

ShardedBuild::~ShardedBuild() {
    stop_shards();
    std::error_code ignored;
    fs::remove_all(work_dir_, ignored);
}

void ShardedBuild::run(Shard& shard) {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return stopping_ || shard.todo.has_value(); });
        if (!shard.todo) {
            return;
        }
        PendingBatch batch = std::move(*shard.todo);
        shard.todo.reset();
        lock.unlock();
        try {
            for (Pending& pending : batch) {
                try {
                    pending.built =
                        shard.builder->build(pending.record.article, pending.record.origin, pending.digest);
                } catch (const Error& error) {
                    pending.failure = error.what(); // this record only
                }
            }
            shard.writer->begin_batch();
            for (Pending& pending : batch) {
                if (pending.built) {
                    shard.langs.insert(pending.built->lang);
                    shard.writer->put(std::move(*pending.built));
                }
            }
            shard.writer->commit_batch();
        } catch (...) {
            shard.writer->cancel_batch();
            lock.lock();
            shard.failure = std::current_exception();
            shard.busy = false;
            changed_.notify_all();
            continue;
        }
        lock.lock();
        shard.finished = std::move(batch);
        shard.busy = false;
        changed_.notify_all();
    }
}

void ShardedBuild::collect(Shard& shard, const Done& done, std::unique_lock<std::mutex>& lock) {
    if (shard.failure) {
        std::rethrow_exception(shard.failure);
    }
    if (!shard.finished) {
        return;
    }
    PendingBatch batch = std::move(*shard.finished);
    shard.finished.reset();
    lock.unlock();
    for (Pending& pending : batch) {
        done(pending);
    }
    lock.lock();
}

void ShardedBuild::submit(PendingBatch&& batch, const Done& done) {
    if (!batch.empty()) {
        checkpoint_ = batch.back().record.path + ":" + std::to_string(batch.back().record.line);
    }
    Shard& shard = *shards_[next_++ % shards_.size()];
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !shard.busy; });
    for (const std::unique_ptr<Shard>& other : shards_) {
        if (!other->busy) {
            collect(*other, done, lock);
        }
    }
    shard.todo = std::move(batch);
    shard.busy = true;
    changed_.notify_all();
}

void ShardedBuild::finish(const Done& done) {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] {
            return std::none_of(shards_.begin(), shards_.end(),
                                [](const auto& shard) { return shard->busy; });
        });
        for (const std::unique_ptr<Shard>& shard : shards_) {
            collect(*shard, done, lock);
        }
        stopping_ = true;
    }
    changed_.notify_all();
    for (const std::unique_ptr<Shard>& shard : shards_) {
        shard->thread.join();
    }
    merge();
}

void ShardedBuild::merge() {
    std::set<std::string> langs;
    Xapian::Database sources;
    for (const std::unique_ptr<Shard>& shard : shards_) {
        shard->writer->close();
        shard->writer.reset();
        langs.insert(shard->langs.begin(), shard->langs.end());
    }
    const std::string merged = work_dir_ + "/merged";
    try {
        for (const std::unique_ptr<Shard>& shard : shards_) {
            sources.add_database(Xapian::Database(shard->path, Xapian::DB_BACKEND_GLASS));
        }
        StemFormMerger merger;
        sources.compact(merged, Xapian::DB_BACKEND_GLASS | Xapian::DBCOMPACT_MULTIPASS, 0, merger);
        sources.close();
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, merged);
    }
    {
        // The language list is the union.
        IndexWriter writer(merged);
        std::string list;
        for (const std::string& lang : langs) {
            list.append(list.empty() ? "" : ",").append(lang);
        }
        writer.store_metadata(ts::kMetaLangs, list);
        for (const auto& [key, value] : metadata_) {
            writer.store_metadata(key, value);
        }
        writer.store_metadata(ts::kMetaCheckpoint, checkpoint_);
        writer.close();
    }
    std::error_code error;
    if (is_empty_directory(db_path_)) {
        fs::remove(db_path_, error);
    }
    fs::rename(merged, db_path_, error);
    if (error) {
        throw IoError("cannot move the built database to " + db_path_ + ": " + error.message());
    }
}

} // namespace lede
