#include "indexer/index_writer.h"

#include <lede/error.h>
#include <lede/term_scheme.h>
#include <lede/version.h>

#include "common/database_format.h"
#include "common/xapian_errors.h"

#include <filesystem>

namespace lede {
namespace ts = term_scheme;
namespace {

[[nodiscard]] Xapian::WritableDatabase open_writable(const std::string& path) {
    std::error_code ignored;
    std::filesystem::create_directories(path, ignored);
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path);
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
            db_.set_metadata(std::string(ts::kMetaFormat), std::to_string(kIndexFormatVersion));
            db_.set_metadata(std::string(ts::kMetaAnalyzer), std::to_string(kAnalyzerVersion));
            db_.commit();
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
        db_.commit_transaction();
        in_batch_ = false;
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, path_);
    }
}

void IndexWriter::cancel_batch() noexcept {
    if (!in_batch_) {
        return;
    }
    in_batch_ = false;
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
