#include "searcher/cluster/shard_set.h"

#include <lede/error.h>

#include "common/database_format.h"
#include "common/stem_forms.h"
#include "common/term_scheme.h"
#include "common/xapian_errors.h"
#include "searcher/directory_identity.h"

#include <chrono>
#include <exception>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>

namespace lede {
namespace {

/// Whether we waited `timeout` for the shard in vain. A timeout that the
/// server reports ("REMOTE:…") is its own idle timeout: it closed a connection
/// we had not used for a while, and answers a new one at once.
[[nodiscard]] bool timed_out_here(const Xapian::Error& error) {
    return std::string_view(error.get_type()) == "NetworkTimeoutError" &&
           !error.get_msg().starts_with("REMOTE:");
}

[[nodiscard]] std::string reason(const Xapian::Error& error, std::chrono::milliseconds timeout) {
    if (timed_out_here(error)) {
        return "no answer within " + std::to_string(timeout.count()) + " ms";
    }
    std::string text = error.get_msg();
    if (const char* cause = error.get_error_string(); cause != nullptr && *cause != '\0') {
        text.append(" (").append(cause).append(")");
    }
    return text;
}

} // namespace

void for_each_in_parallel(std::size_t count, const std::function<void(std::size_t)>& work) {
    if (count == 1) {
        work(0);
        return;
    }
    std::vector<std::exception_ptr> failures(count);
    const auto guarded = [&](std::size_t i) {
        try {
            work(i);
        } catch (...) {
            failures[i] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(count);
    std::size_t started = 0;
    try {
        for (; started < count; ++started) {
            threads.emplace_back(guarded, started);
        }
    } catch (const std::system_error&) {
        // No thread to be had (a process at its limit): the rest in turn.
        for (std::size_t i = started; i < count; ++i) {
            guarded(i);
        }
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const std::exception_ptr& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
}

ShardSet::ShardSet(Cluster cluster) : cluster_(std::move(cluster)) {
    for (const ShardAddress& address : cluster_.shards) {
        slots_.push_back({address, std::nullopt, "not yet opened", std::nullopt, std::nullopt});
        has_remote_ = has_remote_ || address.remote();
    }
}

void ShardSet::for_each_open(const std::function<void(std::size_t)>& work) const {
    if (has_remote_) {
        for_each_in_parallel(open_.size(), work);
        return;
    }
    for (std::size_t i = 0; i < open_.size(); ++i) {
        work(i);
    }
}

void ShardSet::open_slot(Slot& slot) {
    const ShardAddress& address = slot.address;
    const auto timeout = static_cast<unsigned>(cluster_.timeout.count());
    const auto identity = address.remote() ? std::nullopt : directory_identity(address.path);
    Xapian::Database db;
    try {
        db = address.remote() ? Xapian::Remote::open(address.host, address.port, timeout, timeout)
                              : Xapian::Database(address.path, Xapian::DB_BACKEND_GLASS);
        detail::check_database_versions(db, address.name());
    } catch (const Xapian::NetworkError& error) {
        close_slot(slot, error);
        return;
    } catch (const Xapian::DatabaseOpeningError& error) {
        if (!address.remote()) {
            // A local shard that is not there is as missing as a server that is down.
            close_slot(slot, error);
            return;
        }
        detail::rethrow_xapian(error, address.name());
    } catch (const Xapian::Error& error) {
        detail::rethrow_xapian(error, address.name());
    }
    slot.db = std::move(db);
    slot.failure.clear();
    slot.timed_out_at.reset();
    slot.identity = identity;
}

void ShardSet::refresh() {
    // In parallel: one shard that does not answer costs one timeout, not one each.
    for_each_in_parallel(slots_.size(), [this](std::size_t i) {
        Slot& slot = slots_[i];
        if (slot.db && !slot.address.remote() && directory_identity(slot.address.path) != slot.identity) {
            // `scripts/reindex --rebuild` swapped a new generation in: Xapian's
            // reopen would keep reading the old one's files.
            slot.db.reset();
        }
        if (slot.db) {
            try {
                slot.db->reopen();
                return;
            } catch (const Xapian::NetworkError& error) {
                close_slot(slot, error);
            } catch (const Xapian::DatabaseError&) {
                slot.db.reset(); // e.g. a local shard replaced under it: opened afresh below
            }
        }
        if (slot.timed_out_at && std::chrono::steady_clock::now() - *slot.timed_out_at < cluster_.timeout) {
            // A hung machine costs one search in each timeout period, not
            // every search (nor twice the same search).
            return;
        }
        open_slot(slot);
    });
    combine();
}

void ShardSet::close_slot(Slot& slot, const Xapian::Error& error) {
    slot.db.reset();
    slot.failure = reason(error, cluster_.timeout);
    // Only a shard that did not answer in time is kept out for a while; a
    // connection the server closed (its idle timeout, a restart) or refused
    // is tried again at once, which costs no wait.
    if (timed_out_here(error)) {
        slot.timed_out_at = std::chrono::steady_clock::now();
    } else {
        slot.timed_out_at.reset();
    }
}

void ShardSet::check_connections() {
    for_each_in_parallel(slots_.size(), [this](std::size_t i) {
        Slot& slot = slots_[i];
        if (!slot.db || !slot.address.remote()) {
            return;
        }
        try {
            static_cast<void>(slot.db->get_metadata(std::string(term_scheme::kMetaFormat)));
        } catch (const Xapian::Error& error) {
            close_slot(slot, error);
        }
    });
    combine();
}

void ShardSet::combine() {
    combined_ = Xapian::Database();
    open_.clear();
    open_slots_.clear();
    open_set_.clear();
    for (const Slot& slot : slots_) {
        if (slot.db) {
            combined_.add_database(*slot.db);
            open_.push_back(*slot.db);
            open_slots_.push_back(&slot);
            open_set_.append(slot.address.name()).push_back('\n');
        }
    }
}

std::vector<std::string> ShardSet::missing() const {
    std::vector<std::string> out;
    for (const Slot& slot : slots_) {
        if (!slot.db) {
            out.push_back(slot.address.name() + ": " + slot.failure);
        }
    }
    return out;
}

std::vector<std::string> ShardSet::metadata_union(const std::string& key, char separator) const {
    std::vector<std::string> lists(open_.size());
    for_each_open([&](std::size_t i) { lists[i] = open_[i].get_metadata(key); });
    std::set<std::string> values;
    for (const std::string& list : lists) {
        for (const std::string& value : term_scheme::split_list(list, separator)) {
            values.insert(value);
        }
    }
    return {values.begin(), values.end()};
}

std::vector<std::string> ShardSet::stem_forms(const std::string& entry) const {
    std::vector<std::string> values(open_.size());
    for_each_open([&](std::size_t i) { values[i] = open_[i].get_metadata(entry); });
    std::set<std::string> words;
    for (const std::string& value : values) {
        stem_forms::decode_into(value, words);
    }
    return {words.begin(), words.end()};
}

std::string ShardSet::agreed_metadata(const std::string& key, const std::string& what) const {
    std::vector<std::string> values(open_.size());
    for_each_open([&](std::size_t i) { values[i] = open_[i].get_metadata(key); });
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (values[i] != values[0]) {
            throw IndexError(open_slots_[i]->address.name() + " was indexed with another " + what + " than " +
                             open_slots_[0]->address.name() + "; reindex the shards alike");
        }
    }
    return values.empty() ? std::string() : values[0];
}

ShardSet::FetchedHits ShardSet::fetch_hits(const std::vector<Xapian::docid>& docids,
                                           const PassageLocator* locator) const {
    FetchedHits hits;
    const std::size_t count = open_.size();
    if (count < 2) {
        return hits;
    }
    // Xapian numbers the documents of N combined databases round robin.
    std::vector<std::vector<std::pair<Xapian::docid, FetchedHit>>> read(count);
    for (const Xapian::docid docid : docids) {
        read[(docid - 1) % count].emplace_back(docid, FetchedHit{});
    }
    for_each_open([&](std::size_t shard) {
        for (auto& [docid, fetched] : read[shard]) {
            const auto own = static_cast<Xapian::docid>((docid - 1) / count + 1);
            fetched.document = open_[shard].get_document(own);
            if (locator != nullptr && !locator->empty()) {
                fetched.positions = locator->read_positions(open_[shard], own);
            }
        }
    });
    for (auto& of_shard : read) {
        for (auto& [docid, fetched] : of_shard) {
            hits.emplace(docid, std::move(fetched));
        }
    }
    return hits;
}

} // namespace lede
