#include "tests/cluster/cluster_fixture.h"
#include "tests/support/process.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lede::testing {
namespace {

void index(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {LEDE_INDEX_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    const ProcessResult result = run_process(argv);
    if (result.exit_code != 0) {
        std::ostringstream message;
        message << "lede-index failed: " << result;
        throw std::runtime_error(message.str());
    }
}

} // namespace

std::string write_cluster_file(const TempDir& dir, const std::string& name,
                               const std::vector<std::string>& shards) {
    const std::string path = dir / (name + ".cluster");
    std::ofstream out(path);
    out << "# " << name << "\n";
    for (const std::string& shard : shards) {
        out << shard << "\n";
    }
    return path;
}

ShardedCorpus::ShardedCorpus()
    : whole(dir / "whole"), half{dir / "half-0", dir / "half-1"}, third{dir / "third-0", dir / "third-1",
                                                                        dir / "third-2"},
      empty(dir / "empty") {
    index({"--db", whole, corpus_dir()});
    for (std::size_t k = 0; k < half.size(); ++k) {
        index({"--db", half[k], "--shard", std::to_string(k) + "/2", corpus_dir()});
    }
    for (std::size_t k = 0; k < third.size(); ++k) {
        index({"--db", third[k], "--shard", std::to_string(k) + "/3", corpus_dir()});
    }
    const std::string nothing = dir / "nothing.jsonl";
    std::ofstream(nothing).flush();
    index({"--db", empty, nothing});

    const auto serve = [this](const std::string& db) {
        servers.push_back(std::make_unique<ShardServer>(db));
        return servers.back()->address();
    };
    const std::string whole_remote = serve(whole);
    const std::array<std::string, 2> half_remote{serve(half[0]), serve(half[1])};
    const std::array<std::string, 3> third_remote{serve(third[0]), serve(third[1]), serve(third[2])};
    const std::string empty_remote = serve(empty);
    clusters["1 remote"] = write_cluster_file(dir, "1-remote", {whole_remote});
    clusters["2 local"] = write_cluster_file(dir, "2-local", {half[0], half[1]});
    clusters["2 remote"] = write_cluster_file(dir, "2-remote", {half_remote[0], half_remote[1]});
    clusters["3 remote"] =
        write_cluster_file(dir, "3-remote", {third_remote[0], third_remote[1], third_remote[2]});
    // An empty shard between two halves, one served and one local.
    clusters["3 mixed, one empty"] =
        write_cluster_file(dir, "3-mixed", {half_remote[0], empty_remote, half[1]});
}

const ShardedCorpus& sharded_corpus() {
    static const ShardedCorpus instance;
    return instance;
}

} // namespace lede::testing
