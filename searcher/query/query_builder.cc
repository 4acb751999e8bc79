#include "searcher/query/query_builder.h"

#include <lede/error.h>
#include <lede/limits.h>

#include "common/entities/name_slug.h"
#include "common/term_scheme.h"
#include "searcher/query/count_range.h"
#include "searcher/query/date_range.h"

#include <algorithm>
#include <set>

namespace lede::query {
namespace ts = term_scheme;
namespace {

[[nodiscard]] bool all_cjk(const std::vector<Token>& tokens) {
    return std::all_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.is_cjk(); });
}

[[nodiscard]] bool is_language_code(std::string_view code) {
    if (code.size() < 2 || code.size() > 3) {
        return false;
    }
    return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

[[nodiscard]] std::string lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

/// Every document, as a query of this thread's own: Xapian::Query::MatchAll
/// is one static object whose reference count is not atomic, so copying it
/// from two searchers' threads at once corrupts memory (TSan found it, and
/// lede-serve crashed under load when every query began as a copy of it).
[[nodiscard]] Xapian::Query match_all() {
    return Xapian::Query(std::string());
}

[[nodiscard]] Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
    if (parts.size() == 1) {
        return parts.front();
    }
    return Xapian::Query(op, parts.begin(), parts.end());
}

/// `words` (the terms of `tokens`) as a phrase; `with_pairs` where the field's
/// pairs of frequent words have kWordPair terms.
[[nodiscard]] Xapian::Query phrase_query(const std::vector<Token>& tokens,
                                         const std::vector<Xapian::Query>& words, bool with_pairs) {
    std::vector<Xapian::Query> pairs;
    if (with_pairs) {
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            if (ts::is_pair_word(tokens[i - 1].term) && ts::is_pair_word(tokens[i].term)) {
                pairs.emplace_back(ts::word_pair_term(tokens[i - 1].term, tokens[i].term));
            }
        }
    }
    const auto word_count = static_cast<Xapian::termcount>(words.size());
    if (pairs.empty()) {
        return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), word_count);
    }
    // The pair terms filter and add no weight; the words still weigh as in a
    // phrase. Two words are then exact without positions; longer phrases
    // check positions only in the articles that hold every pair.
    const Xapian::Query weighted =
        words.size() == 2 ? Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end())
                          : Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), word_count);
    return Xapian::Query(Xapian::Query::OP_FILTER, weighted, combine(Xapian::Query::OP_AND, pairs));
}

} // namespace

QueryBuilder::QueryBuilder(Analyzer& analyzer, std::vector<std::string> stem_langs, StemForms stem_forms,
                           const EntityTable& entities)
    : QueryBuilder(analyzer, std::move(stem_langs), std::move(stem_forms),
                   [&entities]() -> const EntityTable& { return entities; }) {}

QueryBuilder::QueryBuilder(Analyzer& analyzer, std::vector<std::string> stem_langs, StemForms stem_forms,
                           std::function<const EntityTable&()> entities)
    : analyzer_(analyzer), stem_langs_(std::move(stem_langs)), stem_forms_(std::move(stem_forms)),
      entities_(std::move(entities)) {
    stem_langs_.erase(std::remove_if(stem_langs_.begin(), stem_langs_.end(),
                                     [](const std::string& lang) { return !Analyzer::has_stemmer(lang); }),
                      stem_langs_.end());
}

BuiltQuery QueryBuilder::build(const Node& root, const std::vector<OptionFilter>& options) {
    term_count_ = 0;
    expanded_count_ = 0;
    depth_ = 0;
    highlight_ = {};
    Xapian::Query query = match_all();
    if (!(root.kind == NodeKind::all_of && root.children.empty())) {
        Part part = build_node(root, Scope::body);
        query = part.empty ? Xapian::Query() : std::move(part.query);
    }
    std::vector<Xapian::Query> filters;
    for (const OptionFilter& option : options) {
        try {
            filters.push_back(build_field(option.field, Scope::body).query);
        } catch (const QueryError& error) {
            throw InvalidArgument(option.option + ": " + error.reason());
        } catch (const InvalidArgument& error) {
            throw InvalidArgument(option.option + ": " + error.what());
        }
    }
    if (!filters.empty() && !query.empty()) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, combine(Xapian::Query::OP_AND, filters));
    }
    return {std::move(query), std::move(highlight_)};
}

Xapian::Query QueryBuilder::term(std::string text, std::size_t offset) {
    if (++term_count_ > limits::kMaxQueryTerms) {
        throw QueryError(offset, "query has more than " + std::to_string(limits::kMaxQueryTerms) + " terms");
    }
    return Xapian::Query(std::move(text));
}

Xapian::Query QueryBuilder::expanded_term(std::string text, std::size_t offset) {
    if (++expanded_count_ > limits::kMaxStemForms) {
        throw QueryError(offset, "query words have more than " + std::to_string(limits::kMaxStemForms) +
                                     " indexed forms in all");
    }
    return Xapian::Query(std::move(text));
}

QueryBuilder::Part QueryBuilder::build_node(const Node& node, Scope scope) {
    if (++depth_ > limits::kMaxQueryDepth + 2) {
        throw QueryError(node.offset,
                         "query nested too deeply (max " + std::to_string(limits::kMaxQueryDepth) + ")");
    }
    Part part;
    switch (node.kind) {
    case NodeKind::text:
        part = build_text(node, scope);
        break;
    case NodeKind::phrase:
        part = build_phrase(node, scope);
        break;
    case NodeKind::wildcard:
        part = build_wildcard(node, scope);
        break;
    case NodeKind::field:
        part = build_field(node, scope);
        break;
    case NodeKind::all_of:
        part = build_all_of(node, scope);
        break;
    case NodeKind::any_of:
        part = build_any_of(node, scope);
        break;
    case NodeKind::near:
        part = build_near(node);
        break;
    case NodeKind::none_of: {
        // A negation outside an AND (`-x` alone, `a OR -b`): everything but x.
        Node wrapper;
        wrapper.kind = NodeKind::all_of;
        wrapper.offset = node.offset;
        wrapper.children.push_back(node);
        part = build_all_of(wrapper, scope);
        break;
    }
    }
    --depth_;
    return part;
}

QueryBuilder::Part QueryBuilder::build_all_of(const Node& node, Scope scope) {
    std::vector<Xapian::Query> positives;
    std::vector<Xapian::Query> filters;
    std::vector<Xapian::Query> negatives;
    for (const Node& child : node.children) {
        if (child.kind == NodeKind::none_of) {
            if (child.children.empty()) {
                continue;
            }
            // Words of a negated part are not highlighted: they cannot be in a hit.
            const HighlightSpec kept = highlight_;
            Part negated = build_node(child.children.front(), scope);
            highlight_ = kept;
            if (!negated.empty) {
                negatives.push_back(std::move(negated.query));
            }
            continue;
        }
        Part part = build_node(child, scope);
        if (part.empty) {
            continue;
        }
        (part.filter ? filters : positives).push_back(std::move(part.query));
    }
    if (positives.empty() && filters.empty() && negatives.empty()) {
        return {Xapian::Query(), false, true};
    }
    Xapian::Query query = positives.empty() ? match_all() : combine(Xapian::Query::OP_AND, positives);
    if (!filters.empty()) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, combine(Xapian::Query::OP_AND, filters));
    }
    if (!negatives.empty()) {
        query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, combine(Xapian::Query::OP_OR, negatives));
    }
    return {std::move(query), positives.empty(), false};
}

QueryBuilder::Part QueryBuilder::build_any_of(const Node& node, Scope scope) {
    std::vector<Xapian::Query> alternatives;
    bool only_filters = true;
    for (const Node& child : node.children) {
        Part part = build_node(child, scope);
        if (part.empty) {
            continue;
        }
        only_filters = only_filters && part.filter;
        // A filter inside OR must still add no weight.
        alternatives.push_back(part.filter ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part.query, 0.0)
                                           : std::move(part.query));
    }
    if (alternatives.empty()) {
        return {Xapian::Query(), false, true};
    }
    return {combine(Xapian::Query::OP_OR, alternatives), only_filters, false};
}

Xapian::Query QueryBuilder::word_query(const Token& token, Scope scope, std::size_t offset) {
    const std::string_view surface_prefix = scope == Scope::title ? ts::kTitle : "";
    WordMatch match;
    match.term = token.term;
    std::vector<Xapian::Query> forms;
    forms.push_back(term(std::string(surface_prefix) + token.term, offset));
    if (token.kind == TokenClass::letter) {
        std::set<std::string> stems;
        match.forms.insert(token.term);
        for (const std::string& lang : stem_langs_) {
            std::string stem = analyzer_.stem(token.term, lang);
            if (stem.empty() || !stems.insert(stem).second || !stem_forms_) {
                continue;
            }
            for (std::string& word : stem_forms_(std::string(ts::kStemForms) + stem)) {
                if (match.forms.insert(word).second) {
                    forms.push_back(expanded_term(std::string(surface_prefix) + word, offset));
                }
            }
        }
        if (token.accent_folded.empty() && scope == Scope::body) {
            match.allow_folded = true;
            forms.push_back(term(std::string(ts::kFolded) + token.term, offset));
        }
    }
    highlight_.sequences.push_back({std::move(match)});
    Xapian::Query query = combine(Xapian::Query::OP_SYNONYM, forms);
    if (token.is_cjk() && scope == Scope::body) {
        highlight_.cjk_strings.push_back(token.term);
        std::vector<Xapian::Query> characters;
        for (const std::string& character : split_code_points(token.term)) {
            characters.push_back(term(std::string(ts::kCjkChar) + character, offset));
        }
        if (characters.size() > 1) {
            query =
                Xapian::Query(Xapian::Query::OP_OR, query,
                              Xapian::Query(Xapian::Query::OP_PHRASE, characters.begin(), characters.end(),
                                            static_cast<Xapian::termcount>(characters.size())));
        }
    }
    return query;
}

Xapian::Query QueryBuilder::exact_sequence(const std::vector<Token>& tokens, Scope scope,
                                           std::size_t offset) {
    const std::string_view prefix = scope == Scope::title ? ts::kTitle : "";
    std::vector<Xapian::Query> words;
    std::vector<WordMatch> sequence;
    for (const Token& token : tokens) {
        words.push_back(term(std::string(prefix) + token.term, offset));
        sequence.push_back(WordMatch{token.term, false, false, {}});
    }
    highlight_.sequences.push_back(std::move(sequence));
    Xapian::Query query =
        words.size() == 1 ? words.front() : phrase_query(tokens, words, scope == Scope::body);
    if (scope == Scope::body && all_cjk(tokens)) {
        std::string joined;
        std::vector<Xapian::Query> characters;
        for (const Token& token : tokens) {
            joined += token.term;
            for (const std::string& character : split_code_points(token.term)) {
                characters.push_back(term(std::string(ts::kCjkChar) + character, offset));
            }
        }
        highlight_.cjk_strings.push_back(joined);
        Xapian::Query by_characters =
            characters.size() == 1
                ? characters.front()
                : Xapian::Query(Xapian::Query::OP_PHRASE, characters.begin(), characters.end(),
                                static_cast<Xapian::termcount>(characters.size()));
        query = Xapian::Query(Xapian::Query::OP_OR, query, by_characters);
    }
    return query;
}

QueryBuilder::Part QueryBuilder::build_text(const Node& node, Scope scope) {
    const std::vector<Token> tokens = analyzer_.analyze(node.text);
    if (tokens.empty()) {
        return {Xapian::Query(), false, true};
    }
    if (tokens.size() == 1) {
        return {word_query(tokens.front(), scope, node.offset), false, false};
    }
    return {exact_sequence(tokens, scope, node.offset), false, false};
}

QueryBuilder::Part QueryBuilder::build_phrase(const Node& node, Scope scope) {
    const std::vector<Token> tokens = analyzer_.analyze(node.text);
    if (tokens.empty()) {
        return {Xapian::Query(), false, true};
    }
    return {exact_sequence(tokens, scope, node.offset), false, false};
}

QueryBuilder::Part QueryBuilder::build_wildcard(const Node& node, Scope scope) {
    const std::vector<Token> tokens = analyzer_.analyze(node.text);
    if (tokens.size() != 1) {
        throw QueryError(node.offset, "wildcard prefix must be a single word");
    }
    const std::string_view prefix = scope == Scope::title ? ts::kTitle : "";
    if (++term_count_ > limits::kMaxQueryTerms) {
        throw QueryError(node.offset,
                         "query has more than " + std::to_string(limits::kMaxQueryTerms) + " terms");
    }
    highlight_.sequences.push_back({WordMatch{tokens.front().term, false, true, {}}});
    return {Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(prefix) + tokens.front().term,
                          static_cast<Xapian::termcount>(limits::kMaxWildcardExpansion),
                          Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT),
            false, false};
}

QueryBuilder::Part QueryBuilder::build_near(const Node& node) {
    std::vector<Xapian::Query> operands;
    for (const Node& child : node.children) {
        const std::vector<Token> tokens = analyzer_.analyze(child.text);
        if (tokens.size() != 1) {
            throw QueryError(child.offset, "NEAR works on single words");
        }
        operands.push_back(term(tokens.front().term, child.offset));
        highlight_.sequences.push_back({WordMatch{tokens.front().term, false, false, {}}});
    }
    const auto window = static_cast<Xapian::termcount>(node.distance + operands.size());
    return {Xapian::Query(Xapian::Query::OP_NEAR, operands.begin(), operands.end(), window), false, false};
}

QueryBuilder::Part QueryBuilder::build_field(const Node& node, Scope scope) {
    const std::size_t value_offset = node.offset + node.field.size() + 1;
    if (node.field == "title") {
        if (node.children.empty()) {
            throw QueryError(value_offset, "empty value for title:");
        }
        return build_node(node.children.front(), Scope::title);
    }
    (void)scope;
    if (node.field == "lang") {
        std::vector<Xapian::Query> langs;
        std::size_t start = 0;
        const std::string value = lower_ascii(node.text);
        while (start <= value.size()) {
            std::size_t comma = value.find(',', start);
            if (comma == std::string::npos) {
                comma = value.size();
            }
            const std::string code = value.substr(start, comma - start);
            if (!is_language_code(code)) {
                throw QueryError(value_offset + start,
                                 "invalid language code \"" + code.substr(0, 20) + "\"");
            }
            langs.push_back(term(std::string(ts::kLang) + code, node.offset));
            start = comma + 1;
        }
        return {combine(Xapian::Query::OP_OR, langs), true, false};
    }
    if (node.field == "date") {
        DateBounds bounds;
        try {
            bounds = parse_date_filter(node.text);
        } catch (const InvalidArgument& error) {
            throw QueryError(value_offset, error.what());
        }
        return {date_filter(bounds), true, false};
    }
    if (node.field == "source") {
        const std::string slug = ts::source_slug(node.text);
        if (slug.empty()) {
            throw QueryError(value_offset, "source: needs a name");
        }
        return {term(std::string(ts::kSource) + slug, node.offset), true, false};
    }
    if (node.field == "entity") {
        return {entity_filter(node.text, highlight_), true, false};
    }
    if (node.field == "mentioned") {
        try {
            return {mentioned_filter(node.text), true, false};
        } catch (const InvalidArgument& error) {
            throw QueryError(value_offset, error.what());
        }
    }
    if (node.field == "deaths" || node.field == "injured") {
        try {
            return {count_filter(node.field == "deaths" ? ts::kSlotDeaths : ts::kSlotInjured, node.text),
                    true, false};
        } catch (const InvalidArgument& error) {
            throw QueryError(value_offset, error.what());
        }
    }
    throw QueryError(node.offset, "unknown field " + node.field + ":");
}

Xapian::Query QueryBuilder::entity_filter(std::string_view name, HighlightSpec& highlight) {
    const EntityTable& table = entities_();
    const std::optional<std::string> id = table.resolve(name);
    if (!id) {
        // A name in no table may have been discovered in articles under its
        // slug; one that was not matches nothing.
        std::vector<Xapian::Query> ids;
        for (const std::string& slug : name_slug_variants(name)) {
            ids.emplace_back(std::string(ts::kEntity) + slug);
        }
        const std::vector<Token> tokens = analyzer_.analyze(name);
        if (!tokens.empty() && !all_cjk(tokens)) {
            std::vector<WordMatch> sequence;
            for (const Token& token : tokens) {
                sequence.push_back(WordMatch{token.term, false, false, {}});
            }
            highlight.sequences.push_back(std::move(sequence));
        }
        if (ids.empty()) {
            return Xapian::Query(std::string(ts::kEntity)); // a term no document has
        }
        return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
    }
    // The aliases are shown in snippets, so a reader sees why a hit matched.
    for (const std::string& alias : table.aliases(*id)) {
        const std::vector<Token> tokens = analyzer_.analyze(alias);
        if (tokens.empty()) {
            continue;
        }
        if (all_cjk(tokens)) {
            std::string joined;
            for (const Token& token : tokens) {
                joined += token.term;
            }
            highlight.cjk_strings.push_back(std::move(joined));
            continue;
        }
        std::vector<WordMatch> sequence;
        for (const Token& token : tokens) {
            sequence.push_back(WordMatch{token.term, false, false, {}});
        }
        highlight.sequences.push_back(std::move(sequence));
    }
    return Xapian::Query(std::string(ts::kEntity) + *id);
}

Xapian::Query QueryBuilder::count_filter(unsigned slot, std::string_view range) {
    const CountRange counts = parse_count_range(range);
    if (counts.low && counts.high) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot,
                             Xapian::sortable_serialise(static_cast<double>(*counts.low)),
                             Xapian::sortable_serialise(static_cast<double>(*counts.high)));
    }
    if (counts.low) {
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot,
                             Xapian::sortable_serialise(static_cast<double>(*counts.low)));
    }
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot,
                         Xapian::sortable_serialise(static_cast<double>(*counts.high)));
}

Xapian::Query QueryBuilder::date_filter(const DateBounds& bounds) {
    if (bounds.low.empty() && bounds.high.empty()) {
        return match_all();
    }
    if (bounds.low.empty()) {
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, ts::kSlotDate, bounds.high);
    }
    if (bounds.high.empty()) {
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, ts::kSlotDate, bounds.low);
    }
    // A closed range as the publication year, month and day terms that cover
    // it: postings are much cheaper to match than a scan of the date values.
    constexpr std::size_t kMaxTerms = 400;
    const std::vector<MentionedPeriod> periods = covering_periods(bounds.low, bounds.high);
    if (periods.empty() || periods.size() > kMaxTerms) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, ts::kSlotDate, bounds.low, bounds.high);
    }
    std::vector<Xapian::Query> terms;
    for (const MentionedPeriod& period : periods) {
        const std::string_view prefix = period.value.size() == 4   ? ts::kYear
                                        : period.value.size() == 6 ? ts::kMonth
                                                                   : ts::kDay;
        terms.emplace_back(std::string(prefix) + period.value);
    }
    return combine(Xapian::Query::OP_OR, terms);
}

Xapian::Query QueryBuilder::mentioned_filter(std::string_view range) {
    const DateBounds bounds = parse_date_filter(range);
    std::vector<Xapian::Query> terms;
    for (const MentionedPeriod& period : mentioned_periods(bounds)) {
        const std::string_view prefix = period.value.size() == 4   ? ts::kMentionedYear
                                        : period.value.size() == 6 ? ts::kMentionedMonth
                                                                   : ts::kMentionedDay;
        terms.emplace_back(std::string(prefix) + period.value);
    }
    if (terms.empty()) {
        return Xapian::Query::MatchNothing; // a period outside the years the indexer keeps
    }
    return combine(Xapian::Query::OP_OR, terms);
}

} // namespace lede::query
