#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::query {

/// Node kinds of a parsed query. Text is kept raw here: the query builder
/// runs it through the Analyzer, so parsing never decides what a word is.
enum class NodeKind {
    text,     ///< a whitespace-free chunk of free text, e.g. `killed`, `ISIS-K`, `北京地震`
    phrase,   ///< a quoted string; `text` holds what is between the quotes
    wildcard, ///< `foo*`; `text` holds `foo` (without the star)
    field,    ///< `name:value`; see Node::field
    all_of,   ///< AND of children (explicit AND or juxtaposition); may hold `none_of` children
    any_of,   ///< OR of children
    none_of,  ///< `-x` / `NOT x`: exactly one child, which must not match
    near,     ///< `a NEAR b` / `a NEAR/5 b`: children are text, phrase (≥ 2), `distance` the window
};

/// One node of the query tree. Offsets are byte offsets into the query text,
/// so the query builder can report errors at the right place too.
struct Node {
    NodeKind kind = NodeKind::all_of;
    std::size_t offset = 0;
    /// text, phrase, wildcard: the raw text; field: the raw value (quotes removed)
    std::string text;
    /// field: the lower-cased field name (`title`, `lang`, `date`, `entity`,
    /// `deaths`, `injured`, `source`)
    std::string field;
    /// field: whether the value was quoted (`entity:"Vladimir Putin"`)
    bool quoted = false;
    /// near: maximum distance in words between the operands (default 10)
    unsigned distance = 10;
    /// all_of, any_of, none_of, near; and `field` for `title:`, whose one child
    /// is the text, phrase, wildcard or parenthesised group it applies to
    std::vector<Node> children;
};

/// Parses query syntax into a tree. Throws QueryError (with the byte offset)
/// for syntax errors and for exceeding the limits in <lede/limits.h>.
[[nodiscard]] Node parse(std::string_view query);

} // namespace lede::query
