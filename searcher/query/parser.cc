// Recursive-descent parser for the query language. Grammar, loosest first:
//
//   query   := or_expr? END
//   or_expr := and_expr ("OR" and_expr)*
//   and_expr:= unary (["AND"] unary)*          juxtaposition is AND
//   unary   := ("NOT" | "-") unary | "+" unary | near
//   near    := primary ("NEAR" ["/" n] primary)*
//   primary := word | phrase | field | "(" or_expr ")"
//
// Recursion only happens through "(" and NOT/"-", both of which count
// towards kMaxQueryDepth, so the stack stays bounded whatever the input.

#include "searcher/query/ast.h"
#include "searcher/query/lexer.h"

#include <lede/error.h>
#include <lede/limits.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace lede::query {

namespace {

[[nodiscard]] bool starts_operand(TokenKind kind) {
    switch (kind) {
    case TokenKind::word:
    case TokenKind::phrase:
    case TokenKind::lparen:
    case TokenKind::field:
    case TokenKind::op_not:
    case TokenKind::minus:
    case TokenKind::plus:
        return true;
    default:
        return false;
    }
}

[[nodiscard]] bool starts_primary(TokenKind kind) {
    return kind == TokenKind::word || kind == TokenKind::phrase || kind == TokenKind::lparen ||
           kind == TokenKind::field;
}

[[nodiscard]] const char* missing_operand_reason(TokenKind op) {
    switch (op) {
    case TokenKind::op_and:
        return "AND needs a term on both sides";
    case TokenKind::op_or:
        return "OR needs a term on both sides";
    case TokenKind::op_not:
        return "NOT needs a term after it";
    case TokenKind::op_near:
        return "NEAR needs words or phrases on both sides";
    case TokenKind::minus:
        return "'-' needs a term after it";
    case TokenKind::plus:
        return "'+' needs a term after it";
    default:
        return "missing term";
    }
}

[[nodiscard]] Node leaf(NodeKind kind, std::size_t offset, std::string text) {
    Node n;
    n.kind = kind;
    n.offset = offset;
    n.text = std::move(text);
    return n;
}

/// A word in operand position: plain text, or a prefix wildcard when it
/// ends in stars (`kill*`, also `kill**`). Stars anywhere else are errors
/// rather than text, so `ki*ll` does not silently search for "ki" "ll".
[[nodiscard]] Node word_node(const std::string& word, std::size_t offset) {
    const std::size_t star = word.find('*');
    if (star == std::string::npos) {
        return leaf(NodeKind::text, offset, word);
    }
    if (word.find_first_not_of('*', star) != std::string::npos) {
        throw QueryError(offset + star, "wildcard only at the end of a word");
    }
    if (star == 0) {
        throw QueryError(offset, "wildcard needs a prefix");
    }
    return leaf(NodeKind::wildcard, offset, word.substr(0, star));
}

/// AND/OR of `parts`: one part stands for itself, and parts of the same
/// kind are merged, so `a (b c)` and `a b c` give the same tree.
[[nodiscard]] Node combine(NodeKind kind, std::vector<Node> parts) {
    if (parts.size() == 1) {
        return std::move(parts.front());
    }
    Node n;
    n.kind = kind;
    n.offset = parts.front().offset;
    for (Node& part : parts) {
        if (part.kind == kind) {
            std::move(part.children.begin(), part.children.end(), std::back_inserter(n.children));
        } else {
            n.children.push_back(std::move(part));
        }
    }
    return n;
}

class Parser {
public:
    explicit Parser(std::string_view query) : lexer_(query), cur_(lexer_.next()) {}

    [[nodiscard]] Node parse_query() {
        if (cur_.kind == TokenKind::end) {
            Node everything; // all_of with no children: match all documents
            everything.kind = NodeKind::all_of;
            return everything;
        }
        Node root = parse_or(nullptr);
        if (cur_.kind == TokenKind::rparen) {
            throw QueryError(cur_.offset, "unbalanced ')'");
        }
        if (cur_.kind != TokenKind::end) { // parse_or stops only at `)` or the end
            throw QueryError(cur_.offset, "unexpected " + std::string(to_string(cur_.kind)));
        }
        return root;
    }

private:
    /// Consumes the current token and returns it.
    Token take() { return std::exchange(cur_, lexer_.next()); }

    /// Throws unless the current token can begin an operand. `op` is the
    /// operator that needs it (nullptr at the start of the query or of a
    /// group), so the error points at the operator left without a term.
    void require_operand(const Token* op) const {
        if (starts_operand(cur_.kind)) {
            return;
        }
        if (op != nullptr) {
            throw QueryError(op->offset, missing_operand_reason(op->kind));
        }
        if (cur_.kind == TokenKind::rparen) {
            throw QueryError(cur_.offset, "unbalanced ')'");
        }
        throw QueryError(cur_.offset, missing_operand_reason(cur_.kind));
    }

    /// Counts one level of nesting opened by `tok` (a `(`, NOT or `-`).
    void enter(const Token& tok) {
        if (++depth_ > limits::kMaxQueryDepth) {
            throw QueryError(tok.offset,
                             "query nested too deeply (max " + std::to_string(limits::kMaxQueryDepth) + ")");
        }
    }
    void leave() { --depth_; }

    [[nodiscard]] Node parse_or(const Token* op) {
        std::vector<Node> parts;
        parts.push_back(parse_and(op));
        while (cur_.kind == TokenKind::op_or) {
            const Token or_op = take();
            parts.push_back(parse_and(&or_op));
        }
        return combine(NodeKind::any_of, std::move(parts));
    }

    [[nodiscard]] Node parse_and(const Token* op) {
        require_operand(op);
        std::vector<Node> parts;
        parts.push_back(parse_unary());
        for (;;) {
            if (cur_.kind == TokenKind::op_and) {
                const Token and_op = take();
                require_operand(&and_op);
                parts.push_back(parse_unary());
            } else if (starts_operand(cur_.kind)) {
                parts.push_back(parse_unary());
            } else if (cur_.kind == TokenKind::op_near) {
                // parse_near takes every NEAR after a primary; one here
                // follows something that is not a primary.
                throw QueryError(cur_.offset, missing_operand_reason(TokenKind::op_near));
            } else {
                break;
            }
        }
        return combine(NodeKind::all_of, std::move(parts));
    }

    [[nodiscard]] Node parse_unary() {
        if (cur_.kind == TokenKind::op_not || cur_.kind == TokenKind::minus) {
            const Token op = take();
            enter(op);
            require_operand(&op);
            Node n;
            n.kind = NodeKind::none_of;
            n.offset = op.offset;
            n.children.push_back(parse_unary());
            leave();
            return n;
        }
        if (cur_.kind == TokenKind::plus) {
            // The lexer only makes a prefix of a `+` glued to a term, so this
            // cannot chain: no depth count needed.
            const Token op = take();
            require_operand(&op);
            return parse_unary();
        }
        return parse_near();
    }

    [[nodiscard]] Node parse_near() {
        Node first = parse_primary();
        if (cur_.kind != TokenKind::op_near) {
            return first;
        }
        const auto is_near_operand = [](const Node& n) {
            return n.kind == NodeKind::text || n.kind == NodeKind::phrase;
        };
        if (!is_near_operand(first)) {
            throw QueryError(cur_.offset, missing_operand_reason(TokenKind::op_near));
        }
        Node near;
        near.kind = NodeKind::near;
        near.offset = first.offset;
        near.distance = cur_.distance;
        near.children.push_back(std::move(first));
        while (cur_.kind == TokenKind::op_near) {
            const Token op = take();
            if (!starts_primary(cur_.kind)) {
                throw QueryError(op.offset, missing_operand_reason(TokenKind::op_near));
            }
            Node next = parse_primary();
            if (!is_near_operand(next)) {
                throw QueryError(op.offset, missing_operand_reason(TokenKind::op_near));
            }
            // One window for the whole chain: the tightest one asked for.
            near.distance = std::min(near.distance, op.distance);
            near.children.push_back(std::move(next));
        }
        return near;
    }

    [[nodiscard]] Node parse_primary() {
        switch (cur_.kind) {
        case TokenKind::word: {
            const Token tok = take();
            return word_node(tok.text, tok.offset);
        }
        case TokenKind::phrase: {
            Token tok = take();
            return leaf(NodeKind::phrase, tok.offset, std::move(tok.text));
        }
        case TokenKind::lparen:
            return parse_group();
        case TokenKind::field:
            return parse_field();
        default:
            // Callers check starts_operand/starts_primary first.
            throw InternalError("query parser: no primary at byte " + std::to_string(cur_.offset));
        }
    }

    [[nodiscard]] Node parse_group() {
        const Token open = take();
        enter(open);
        if (cur_.kind == TokenKind::rparen) {
            throw QueryError(open.offset, "empty group");
        }
        if (cur_.kind == TokenKind::end) {
            throw QueryError(open.offset, "missing ')'");
        }
        Node inner = parse_or(nullptr);
        if (cur_.kind != TokenKind::rparen) {
            throw QueryError(open.offset, "missing ')'");
        }
        (void)take();
        leave();
        return inner;
    }

    [[nodiscard]] Node parse_field() {
        Token tok = take();
        Node n;
        n.kind = NodeKind::field;
        n.offset = tok.offset;
        n.field = tok.text;
        n.quoted = tok.value_kind == FieldValueKind::phrase;
        if (tok.text == "title") {
            // title: restricts free text, so its value is a primary of its own.
            switch (tok.value_kind) {
            case FieldValueKind::word:
                n.children.push_back(word_node(tok.value, tok.value_offset));
                break;
            case FieldValueKind::phrase:
                n.children.push_back(leaf(NodeKind::phrase, tok.value_offset, std::move(tok.value)));
                break;
            case FieldValueKind::group:
                n.children.push_back(parse_group());
                break;
            }
            return n;
        }
        // Filters take one literal value; the builder interprets it.
        if (tok.value_kind == FieldValueKind::group) {
            throw QueryError(tok.offset, tok.text + ": takes a word or a quoted value, not a group");
        }
        n.text = std::move(tok.value);
        return n;
    }

    Lexer lexer_;
    Token cur_;
    std::size_t depth_ = 0;
};

} // namespace

Node parse(std::string_view query) {
    return Parser(query).parse_query();
}

} // namespace lede::query
