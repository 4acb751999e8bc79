#include <lede/cluster.h>
#include <lede/error.h>
#include <lede/limits.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace lede {
namespace {

[[nodiscard]] std::string_view trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!text.empty() && space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

[[nodiscard]] std::string quoted(std::string_view text) {
    return "\"" + std::string(text.substr(0, 80)) + (text.size() > 80 ? "…" : "") + "\"";
}

/// `/srv//a/./b/` → `/srv/a/b`: one spelling for one directory.
[[nodiscard]] std::string normal_path(std::string_view path) {
    std::string normal = std::filesystem::path(path).lexically_normal().string();
    while (normal.size() > 1 && normal.back() == '/') {
        normal.pop_back();
    }
    return normal;
}

[[nodiscard]] ShardAddress parse_line(std::string_view entry, const std::string& where) {
    ShardAddress shard;
    if (entry.front() == '/') {
        shard.path = normal_path(entry);
        return shard;
    }
    const std::size_t colon = entry.rfind(':');
    if (colon == std::string_view::npos || colon == 0) {
        throw InvalidArgument(where + ": expected HOST:PORT or an absolute path, got " + quoted(entry));
    }
    std::string_view host = entry.substr(0, colon);
    const std::string_view port_text = entry.substr(colon + 1);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') {
            throw InvalidArgument(where + ": expected [IPv6]:PORT, got " + quoted(entry));
        }
        host = host.substr(1, host.size() - 2);
    } else if (host.find(':') != std::string_view::npos) {
        throw InvalidArgument(where + ": write an IPv6 address as [ADDRESS]:PORT, got " + quoted(entry));
    }
    if (host.find_first_of(" \t/") != std::string_view::npos) {
        throw InvalidArgument(where + ": not a host name: " + quoted(host));
    }
    unsigned port = 0;
    const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (error != std::errc() || end != port_text.data() + port_text.size() || port == 0 || port > 65535) {
        throw InvalidArgument(where + ": port must be 1..65535, got " + quoted(port_text));
    }
    shard.host = std::string(host);
    shard.port = static_cast<std::uint16_t>(port);
    return shard;
}

} // namespace

std::string ShardAddress::name() const {
    if (!remote()) {
        return path;
    }
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

Cluster parse_cluster(std::string_view text, std::string_view origin) {
    Cluster cluster;
    std::size_t line_number = 0;
    while (!text.empty() || line_number == 0) {
        ++line_number;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        const std::string where = std::string(origin) + ":" + std::to_string(line_number);
        if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) {
            line = line.substr(0, hash);
        }
        line = trim(line);
        if (line.empty()) {
            continue;
        }
        if (line.find_first_of(" \t") != std::string_view::npos) {
            throw InvalidArgument(where + ": one shard a line, got " + quoted(line));
        }
        ShardAddress shard = parse_line(line, where);
        shard.line = line_number;
        const auto same =
            std::find_if(cluster.shards.begin(), cluster.shards.end(), [&](const ShardAddress& other) {
                return other.host == shard.host && other.port == shard.port && other.path == shard.path;
            });
        if (same != cluster.shards.end()) {
            throw InvalidArgument(where + ": " + shard.name() + " is already listed on line " +
                                  std::to_string(same->line));
        }
        if (cluster.shards.size() >= limits::kMaxShards) {
            throw InvalidArgument(where + ": more than " + std::to_string(limits::kMaxShards) + " shards");
        }
        cluster.shards.push_back(std::move(shard));
    }
    if (cluster.shards.empty()) {
        throw InvalidArgument(std::string(origin) + ": lists no shard");
    }
    return cluster;
}

void check_cluster(const Cluster& cluster) {
    if (cluster.shards.empty()) {
        throw InvalidArgument("a cluster needs at least one shard");
    }
    if (cluster.shards.size() > limits::kMaxShards) {
        throw InvalidArgument("a cluster of more than " + std::to_string(limits::kMaxShards) + " shards");
    }
    std::set<std::string> seen;
    for (const ShardAddress& shard : cluster.shards) {
        const std::string name = shard.remote() ? shard.name() : normal_path(shard.path);
        if (!shard.remote() && (shard.path.empty() || shard.path.front() != '/')) {
            throw InvalidArgument("a local shard needs an absolute path, not \"" + shard.path + "\"");
        }
        if (!seen.insert(name).second) {
            throw InvalidArgument("the cluster lists " + name + " twice");
        }
    }
}

Cluster read_cluster_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw IoError(path + ": cannot read the cluster file: " + std::strerror(errno));
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        throw IoError(path + ": cannot read the cluster file");
    }
    return parse_cluster(text.str(), path);
}

} // namespace lede
