#include "indexer/index_writer.h"

#include <lede/error.h>
#include <lede/version.h>

#include "common/database_format.h"
#include "common/term_scheme.h"
#include "common/xapian_errors.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <signal.h>
#include <unistd.h>

namespace lede {
namespace ts = term_scheme;
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kCreatingInfix = ".creating-";

void write_lede_metadata(Xapian::WritableDatabase& db) {
    db.set_metadata(std::string(ts::kMetaFormat), std::to_string(kIndexFormatVersion));
    db.set_metadata(std::string(ts::kMetaAnalyzer), std::to_string(kAnalyzerVersion));
    db.commit();
}

/// Whether a process runs: a killed creator whose parent died with it stays a
/// zombie until something reaps it, and a zombie holds no database.
[[nodiscard]] bool process_runs(long pid) {
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) {
        return false;
    }
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const std::size_t name_end = line.rfind(')');
    return name_end == std::string::npos || name_end + 2 >= line.size() || line[name_end + 2] != 'Z';
}

/// Removes `.NAME.creating-PID-N` siblings left by creators that were killed.
void remove_abandoned_creations(const fs::path& parent, const std::string& prefix) {
    std::error_code error;
    for (fs::directory_iterator entry(parent, error), end; !error && entry != end; entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        if (!name.starts_with(prefix)) {
            continue;
        }
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && !process_runs(pid)) {
            std::error_code ignored;
            fs::remove_all(entry->path(), ignored);
        }
    }
}

/// Creates the database beside `target` and renames it into place, so a
/// creator killed at any moment leaves either no database or a whole empty
/// one. Xapian creates its tables before the revision file, and a directory
/// caught in between can be neither opened nor created again.
void create_atomically(const fs::path& target, const std::string& path) {
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code error;
    fs::create_directories(parent, error);
    const std::string prefix = "." + target.filename().string() + std::string(kCreatingInfix);
    remove_abandoned_creations(parent, prefix);
    static std::atomic<unsigned> serial{0};
    const fs::path temp = parent / (prefix + std::to_string(::getpid()) + "-" + std::to_string(serial++));
    if (!fs::create_directory(temp, error) || error) {
        throw IoError(path + ": cannot create the database: " + (error ? error.message() : "exists"));
    }
    try {
        Xapian::WritableDatabase db(temp.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        write_lede_metadata(db);
        db.close();
    } catch (const Xapian::Error& xapian_error) {
        fs::remove_all(temp, error);
        detail::rethrow_xapian(xapian_error, path);
    }
    fs::rename(temp, target, error);
    if (error) {
        // Another creator won the race, or the target cannot be renamed onto
        // (a mount point, "."): the caller opens or creates it in place.
        std::error_code ignored;
        fs::remove_all(temp, ignored);
    }
}

[[nodiscard]] Xapian::WritableDatabase open_writable(const std::string& path) {
    fs::path target = fs::path(path).lexically_normal();
    if (!target.has_filename() && target.has_parent_path()) {
        target = target.parent_path(); // "db/" names the directory "db"
    }
    std::error_code error;
    if (!fs::exists(target / "iamglass", error)) {
        if (fs::exists(target / "postlist.glass", error)) {
            throw IndexError(path + ": an incomplete database (its creation stopped before the first "
                                    "commit and it holds nothing): remove it and rerun");
        }
        if (!fs::exists(target, error) || fs::is_empty(target, error)) {
            create_atomically(target, path);
        }
    }
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::Error& xapian_error) {
        detail::rethrow_xapian(xapian_error, path);
    }
}

} // namespace

IndexWriter::IndexWriter(const std::string& path) : path_(path), db_(open_writable(path)) {
    try {
        const std::string format = db_.get_metadata(std::string(ts::kMetaFormat));
        if (format.empty()) {
            if (db_.get_doccount() != 0) {
                throw IndexError(path_ + ": not a lede database (no lede:format metadata)");
            }
            write_lede_metadata(db_);
        } else {
            detail::check_database_versions(db_, path_);
        }
        for (std::string& lang : ts::split_list(db_.get_metadata(std::string(ts::kMetaLangs)), ',')) {
            langs_.insert(std::move(lang));
        }
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

IndexWriter::~IndexWriter() {
    cancel_batch();
}

Presence IndexWriter::lookup(const std::string& id_term, const std::string& digest) const {
    try {
        Xapian::PostingIterator posting = db_.postlist_begin(id_term);
        if (posting == db_.postlist_end(id_term)) {
            return Presence::absent;
        }
        return db_.get_document(*posting).get_value(ts::kSlotDigest) == digest ? Presence::unchanged
                                                                               : Presence::changed;
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::begin_batch() {
    try {
        db_.begin_transaction(true);
        in_batch_ = true;
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::put(BuiltDocument&& built) {
    try {
        langs_.insert(built.lang);
        stem_forms_.add(built.stem_forms);
        db_.replace_document(built.id_term, built.document);
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::commit_batch(const std::string& checkpoint) {
    try {
        if (!checkpoint.empty()) {
            db_.set_metadata(std::string(ts::kMetaCheckpoint), checkpoint);
        }
        std::string list;
        for (const std::string& lang : langs_) {
            list.append(list.empty() ? "" : ",").append(lang);
        }
        db_.set_metadata(std::string(ts::kMetaLangs), list);
        stem_forms_.write(db_);
        db_.commit_transaction();
        in_batch_ = false;
        stem_forms_.committed();
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::cancel_batch() noexcept {
    if (!in_batch_) {
        return;
    }
    in_batch_ = false;
    stem_forms_.cancelled();
    try {
        db_.cancel_transaction();
    } catch (const Xapian::Error&) {
        // The transaction is gone either way; the last commit is what stays.
    }
}

std::size_t IndexWriter::prune(const std::vector<std::string>& roots, const std::set<std::string>& kept) {
    std::vector<Xapian::docid> doomed;
    try {
        for (auto value = db_.valuestream_begin(ts::kSlotOrigin);
             value != db_.valuestream_end(ts::kSlotOrigin); ++value) {
            const std::string origin = *value;
            bool under_root = false;
            for (const std::string& root : roots) {
                if (origin == root || (origin.size() > root.size() && origin.starts_with(root) &&
                                       (root.ends_with('/') || origin[root.size()] == '/'))) {
                    under_root = true;
                    break;
                }
            }
            if (!under_root) {
                continue;
            }
            const std::string id = db_.get_document(value.get_docid()).get_value(ts::kSlotId);
            if (kept.count(ts::id_term(id)) == 0) {
                doomed.push_back(value.get_docid());
            }
        }
        if (doomed.empty()) {
            return 0;
        }
        begin_batch();
        for (Xapian::docid docid : doomed) {
            db_.delete_document(docid);
        }
        commit_batch();
    } catch (const Xapian::Error& error) {
        cancel_batch();
        detail::rethrow_xapian(error, path_);
    }
    return doomed.size();
}

std::string IndexWriter::metadata(std::string_view key) const {
    try {
        return db_.get_metadata(std::string(key));
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

std::size_t IndexWriter::document_count() const {
    try {
        return db_.get_doccount();
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::store_metadata(std::string_view key, const std::string& value) {
    try {
        if (db_.get_metadata(std::string(key)) != value) {
            db_.set_metadata(std::string(key), value);
            db_.commit();
        }
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::close() {
    try {
        db_.commit();
        db_.close();
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

} // namespace lede
