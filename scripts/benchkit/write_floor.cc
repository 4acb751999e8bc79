// What Xapian's writer alone costs for lede's documents: copies the documents
// of a lede database, term for term, position for position, value for value,
// into a new database the way a shard writer does (one transaction a batch,
// replace_document by id term, compaction at the end), and times each stage
// apart from reading the source. Figures, not assertions.
//
//   lede-write-floor SOURCE_DB OUT_DIR [--docs N] [--batch-size N] [--no-positions]
//
// The time lede-index takes beyond this floor is analysis and extraction; a
// target below the floor cannot be met by any change to lede's own code.
#include "common/term_scheme.h"

#include <xapian.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct CopiedTerm {
    std::string name;
    Xapian::termcount wdf = 0;
    std::vector<Xapian::termpos> positions;
};

struct CopiedDocument {
    std::string id_term;
    std::vector<CopiedTerm> terms;
    std::vector<std::pair<Xapian::valueno, std::string>> values;
    std::string data;
};

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

CopiedDocument read_document(const Xapian::Database& source, Xapian::docid docid, bool positions) {
    const Xapian::Document document = source.get_document(docid);
    CopiedDocument copy;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        CopiedTerm copied{*term, term.get_wdf(), {}};
        if (positions) {
            for (auto position = term.positionlist_begin(); position != term.positionlist_end(); ++position) {
                copied.positions.push_back(*position);
            }
        }
        copy.terms.push_back(std::move(copied));
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
        copy.values.emplace_back(value.get_valueno(), *value);
    }
    // The id term as the indexer makes it, from the stored id.
    copy.id_term = lede::term_scheme::id_term(document.get_value(lede::term_scheme::kSlotId));
    copy.data = document.get_data();
    return copy;
}

Xapian::Document build_document(const CopiedDocument& copy) {
    Xapian::Document document;
    for (const CopiedTerm& term : copy.terms) {
        document.add_term(term.name, term.wdf);
        for (Xapian::termpos position : term.positions) {
            document.add_posting(term.name, position, 0);
        }
    }
    for (const auto& [slot, value] : copy.values) {
        document.add_value(slot, value);
    }
    document.set_data(copy.data);
    return document;
}

/// A positive count, or nothing for anything else ("", "12x", "0").
std::optional<Xapian::doccount> parse_count(const char* text) {
    char* end = nullptr;
    errno = 0;
    const unsigned long value = std::strtoul(text, &end, 10);
    if (end == text || *end != '\0' || errno != 0 || value == 0 || value > UINT32_MAX || text[0] == '-') {
        return std::nullopt;
    }
    return static_cast<Xapian::doccount>(value);
}

[[noreturn]] void usage() {
    std::fprintf(stderr, "usage: lede-write-floor SOURCE_DB OUT_DIR [--docs N] [--batch-size N] "
                         "[--no-positions]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        usage();
    }
    const std::string source_path = argv[1];
    const std::string out_path = argv[2];
    Xapian::doccount limit = 0;
    Xapian::doccount batch_size = 1000;
    bool positions = true;
    for (int i = 3; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if ((arg == "--docs" || arg == "--batch-size") && i + 1 < argc) {
            const std::optional<Xapian::doccount> count = parse_count(argv[++i]);
            if (!count) {
                std::fprintf(stderr, "lede-write-floor: %s wants a positive count, not \"%s\"\n", arg.data(),
                             argv[i]);
                return 2;
            }
            (arg == "--docs" ? limit : batch_size) = *count;
        } else if (arg == "--no-positions") {
            positions = false;
        } else {
            usage();
        }
    }
    if (std::filesystem::exists(out_path)) {
        std::fprintf(stderr, "lede-write-floor: %s exists\n", out_path.c_str());
        return 2;
    }
    try {
        const Xapian::Database source(source_path);
        const Xapian::docid last = source.get_lastdocid();
        const Xapian::doccount wanted = limit == 0 ? source.get_doccount() : limit;
        const std::string shard_path = out_path + "/shard";
        std::filesystem::create_directories(out_path);
        Xapian::WritableDatabase shard(shard_path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);

        double read_s = 0, build_s = 0, write_s = 0, commit_s = 0;
        std::size_t postings = 0, terms = 0;
        Xapian::doccount copied = 0;
        Xapian::docid next = 1;
        while (copied < wanted && next <= last) {
            auto start = Clock::now();
            std::vector<CopiedDocument> batch;
            for (; batch.size() < batch_size && copied + batch.size() < wanted && next <= last; ++next) {
                try {
                    batch.push_back(read_document(source, next, positions));
                    terms += batch.back().terms.size();
                    for (const CopiedTerm& term : batch.back().terms) {
                        postings += term.positions.size();
                    }
                } catch (const Xapian::DocNotFoundError&) {
                    // a deleted document leaves a gap in the docids
                }
            }
            read_s += seconds_since(start);

            start = Clock::now();
            std::vector<Xapian::Document> documents;
            documents.reserve(batch.size());
            for (const CopiedDocument& copy : batch) {
                documents.push_back(build_document(copy));
            }
            build_s += seconds_since(start);

            start = Clock::now();
            shard.begin_transaction(true);
            for (std::size_t i = 0; i < documents.size(); ++i) {
                shard.replace_document(batch[i].id_term, documents[i]);
            }
            write_s += seconds_since(start);
            start = Clock::now();
            shard.commit_transaction();
            commit_s += seconds_since(start);
            copied += static_cast<Xapian::doccount>(batch.size());
        }
        shard.close();

        auto start = Clock::now();
        Xapian::Database shards;
        shards.add_database(Xapian::Database(shard_path, Xapian::DB_BACKEND_GLASS));
        shards.compact(out_path + "/compacted", Xapian::DB_BACKEND_GLASS | Xapian::DBCOMPACT_MULTIPASS);
        const double compact_s = seconds_since(start);

        const double floor_s = build_s + write_s + commit_s + compact_s;
        std::printf("documents %u (%s), %.1f terms and %.1f positions a document\n", copied,
                    positions ? "with positions" : "without positions",
                    copied ? static_cast<double>(terms) / copied : 0.0,
                    copied ? static_cast<double>(postings) / copied : 0.0);
        std::printf("read from the source     %8.2f s (not part of the floor)\n", read_s);
        std::printf("Xapian::Document built   %8.2f s\n", build_s);
        std::printf("replace_document         %8.2f s\n", write_s);
        std::printf("commit_transaction       %8.2f s\n", commit_s);
        std::printf("compact                  %8.2f s\n", compact_s);
        std::printf("floor, one writer        %8.2f s = %.0f docs/s\n", floor_s,
                    floor_s > 0 ? copied / floor_s : 0.0);
    } catch (const Xapian::Error& error) {
        std::fprintf(stderr, "lede-write-floor: %s\n", error.get_description().c_str());
        return 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lede-write-floor: %s\n", error.what());
        return 1;
    }
    return 0;
}
