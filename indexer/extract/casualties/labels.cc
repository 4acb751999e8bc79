// Figures set out as a table or list: a kind's label, a colon or dash, the count ("Dead: 12",
// "Погибших — 23", "Verletzte: 31", "死者：8人", "القتلى: 17"). The punctuation ends the label's clause, so
// the sentence rules, which keep to one clause, never join them. Or the kind stands in the table's header
// and each row names a place or group: "県別の負傷者数は次の通り。\n宮崎県　8人\n鹿児島県　4人",
// "Deaths by province:\nHatay: 12".

#include "indexer/extract/casualties/grammar.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace lede::extract::casualties {

using numbers::Phrase;
using numbers::TokenizedText;

namespace {

// The gap between label and count: one colon or dash, with spaces (ASCII or no-break) around it, after the
// bracket that closes a note on the label ("Аматріче (провінція Рієті) — 230", "Болгарія (Софія) — 12").
[[nodiscard]] bool label_punctuation(std::string_view gap) {
    if (gap.starts_with(")")) {
        gap.remove_prefix(1);
    } else if (gap.starts_with("）")) {
        gap.remove_prefix(std::string_view("）").size());
    }
    std::string mark;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        if (gap.compare(i, 2, "\u00a0") == 0) {
            ++i;
        } else if (gap[i] != ' ' && gap[i] != '\t') {
            mark += gap[i];
        }
    }
    // A pipe table's cell boundary: "| morts | 74 |".
    return mark == ":" || mark == "\uff1a" || mark == "-" || mark == "\u2013" || mark == "\u2014" ||
           mark == "=" || mark == "|";
}

// A table row: at most this many words before the count, on a line of their own ("Santo Domingo de los
// Tsáchilas: 5").
constexpr std::size_t kMaxRowLabelWords = 6;
// Rows read up from a count before its header must be found.
constexpr std::size_t kMaxRowsAbove = 30;

[[nodiscard]] bool line_break_before(const TokenizedText& t, std::size_t k) {
    return k == 0 || t.gap_before(k).find('\n') != std::string_view::npos;
}

/// The first token of token k's line.
[[nodiscard]] std::size_t line_start(const TokenizedText& t, std::size_t k) {
    while (!line_break_before(t, k)) {
        --k;
    }
    return k;
}

/// A line's bytes in the text.
struct TextLine {
    std::size_t begin = 0, end = 0;
};

[[nodiscard]] TextLine line_around(std::string_view text, std::size_t at) {
    const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
    const std::size_t end = std::min(text.find('\n', at), text.size());
    return {begin, end};
}

// A line or gap without its spaces at either end.
[[nodiscard]] std::string_view trimmed(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line;
}

/// Whether the line goes on from token `k` with only a bracketed note: "・死者　37人（うち80代以上26人）".
[[nodiscard]] bool bracketed_to_line_end(const TokenizedText& t, std::size_t k) {
    const std::size_t from = t.toks[k - 1].end;
    const std::string_view rest = trimmed(t.text.substr(from, line_around(t.text, from).end - from));
    const bool opens = rest.starts_with("(") || rest.starts_with("\uff08");
    const bool closes = rest.ends_with(")") || rest.ends_with("\uff09");
    return opens && closes;
}

/// A list item that opens on its count, people after it and nothing else: "— 12 сотрудников;", "- 3
/// children".
[[nodiscard]] bool bulleted_count_of_people(const TokenizedText& t, const Lexicon& lex,
                                            std::size_t count_first, std::size_t count_last) {
    if (count_first == 0) {
        return false;
    }
    const std::string_view gap = t.gap_before(count_first);
    const std::size_t newline = gap.rfind('\n');
    if (newline == std::string_view::npos) {
        return false;
    }
    const std::string_view bullet = trimmed(gap.substr(newline + 1));
    if (bullet != "-" && bullet != "\u2014" && bullet != "\u2013" && bullet != "\u2022" && bullet != "*" &&
        bullet != "\u30fb") {
        return false;
    }
    const LexMatch people = lex.at(t, count_last, Cat::victim);
    return people && (people.last >= t.toks.size() || line_break_before(t, people.last));
}

/// Whether tokens [first, last) and the count at `count_first` make a row: a short label with no number,
/// the count after a space, tab or colon, and at most a victim word after it before the line ends.
[[nodiscard]] bool is_row(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                          std::size_t count_first, std::size_t count_last) {
    if (count_first == first) {
        return bulleted_count_of_people(t, lex, count_first, count_last);
    }
    if (count_first - first > kMaxRowLabelWords) {
        return false;
    }
    for (std::size_t k = first; k < count_first; ++k) {
        if (t.toks[k].kind == numbers::TokKind::number) {
            return false;
        }
    }
    std::size_t end = count_last;
    // A victim word on the count's line ("Muertos: 15 personas"), not the next row's ("- personnes
    // interpellées : 5⏎- personnes blessées : 11").
    if (const LexMatch victim = lex.at(t, end, Cat::victim); victim && !line_break_before(t, end)) {
        end = victim.last;
    }
    const std::string_view gap = t.gap_before(count_first);
    const bool spaced =
        !gap.empty() &&
        (label_punctuation(gap) || gap.find_first_not_of(" \t") == std::string_view::npos || gap == "\u3000");
    return spaced && (end >= t.toks.size() || line_break_before(t, end) || bracketed_to_line_end(t, end));
}

/// The row's line from token `first`: its count, when the line is a row.
[[nodiscard]] bool line_is_row(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                               std::size_t end) {
    for (std::size_t k = first; k < end; ++k) {
        if (t.toks[k].kind == numbers::TokKind::number) {
            std::size_t last = k + 1;
            while (last < end && t.toks[last].kind == numbers::TokKind::number &&
                   t.gap_before(last).empty()) {
                ++last;
            }
            return is_row(t, lex, first, k, last);
        }
    }
    return false;
}

/// A header line that names a kind and announces the rows: a toll head or label in it, and the line
/// ending in a colon, an announcing word in it ("次の通り", "如下", "ดังนี้", "as follows"), or the head ending
/// it, perhaps before a bracketed note ("各県の死者（12日午後）").
[[nodiscard]] std::optional<LexMatch> header_of(const TokenizedText& t, const Lexicon& lex, std::size_t first,
                                                std::size_t end) {
    const std::size_t line_end = end < t.toks.size() ? t.toks[end - 1].end : t.text.size();
    const std::string_view line = t.text.substr(t.toks[first].begin, line_end - t.toks[first].begin);
    std::string_view after = t.gap_before(end < t.toks.size() ? end : t.toks.size() - 1);
    // A bracketed note before the colon: "Injured admitted, by hospital (state figures, Sunday):".
    while (after.starts_with(")") || after.starts_with(" ") || after.starts_with("\uff09")) {
        after.remove_prefix(after.starts_with("\uff09") ? std::string_view("\uff09").size() : 1);
    }
    bool announces = after.starts_with(":") || after.starts_with("\uff1a") || line.ends_with(":") ||
                     line.ends_with("\uff1a");
    for (std::size_t k = first; k < end && !announces; ++k) {
        announces = static_cast<bool>(lex.at(t, k, Cat::announce));
    }
    // In the line's last sentence: "…死者は確認されていない。県別の負傷者数は次の通り。" heads injured rows.
    const std::size_t from = std::max<std::size_t>(first, t.sentences[t.toks[end - 1].sentence].first);
    for (std::size_t k = from; k < end; ++k) {
        for (const Cat cat : {Cat::toll, Cat::label}) {
            // …or the head ending the line: "県別の主な死者数".
            if (const LexMatch head = lex.at(t, k, cat);
                head && head.last <= end &&
                (announces || head.last == end || bracketed_to_line_end(t, head.last))) {
                return head;
            }
        }
    }
    return std::nullopt;
}

/// A row's label that says more than its kind's words: "погибли на месте — 27", "госпитализированы после
/// аварии — 72 человека", "Heridos aún hospitalizados: 37", "Verletzte im Krankenhaus: 27", "pompiers
/// blessés : 7". The kind opens the label (or a label word is its second to fourth word: "policiers et
/// gendarmes blessés : 249"), the row ends with its count (and perhaps a victim word), and the label's other
/// words hold no number and name no other kind.
[[nodiscard]] std::optional<LexMatch> label_with_more_words(const TokenizedText& t, const Lexicon& lex,
                                                            const Phrase& p, std::size_t count_first) {
    const std::size_t first = line_start(t, count_first - 1);
    if (!is_row(t, lex, first, count_first, p.last)) {
        return std::nullopt;
    }
    // The kind's words open the label, or, a label word, follow the people it counts ("pompiers blessés : 7",
    // which a "Bilan :" above would otherwise count dead).
    // "Среди жертв — трое детей", "Among the dead: 3 children" are the part rule's; "dont pompiers blessés :
    // 7" names its people between.
    const LexMatch part = lex.at(t, first, Cat::part);
    for (const auto& [cat, at] : {std::pair{Cat::label, first}, std::pair{Cat::toll, first},
                                  std::pair{Cat::pre, first}, std::pair{Cat::label, first + 1},
                                  std::pair{Cat::label, first + 2}, std::pair{Cat::label, first + 3}}) {
        if (at >= count_first || (at > first && part && part.last >= at)) {
            continue;
        }
        const LexMatch label = lex.at(t, at, cat);
        if (!label || label.last > count_first || (label.last == count_first && at == first) ||
            (cat == Cat::pre && label.entry->flags != 0)) {
            continue;
        }
        for (std::size_t k = first; k < count_first; ++k) {
            if (k >= label.first && k < label.last) {
                continue;
            }
            for (const Cat other : {Cat::label, Cat::toll, Cat::pre, Cat::post}) {
                if (const LexMatch word = lex.at(t, k, other);
                    word && word.entry->kind != label.entry->kind) {
                    return std::nullopt;
                }
            }
        }
        return label;
    }
    return std::nullopt;
}

/// A row whose label is its kind alone, spaced from the count and opening the line: "・死者　37人",
/// "重症　9人", "Dead 12" on a line of its own.
[[nodiscard]] std::optional<LexMatch> spaced_row_label(const TokenizedText& t, const Lexicon& lex,
                                                       const Phrase& p, std::size_t count_first) {
    const LexMatch label = lex.ending_at(t, count_first, Cat::label);
    if (!label || !line_break_before(t, label.first) || !is_row(t, lex, label.first, count_first, p.last)) {
        return std::nullopt;
    }
    return label;
}

// A pipe table's row under a header row and a separator ("| район | загиблі |⏎|---|---|⏎| Альтадена | 16 |"):
// the count alone in its cell takes the kind its column's header names.
[[nodiscard]] bool is_pipe_row(std::string_view line) {
    return trimmed(line).starts_with('|');
}

[[nodiscard]] bool is_separator_row(std::string_view line) {
    line = trimmed(line);
    return line.starts_with('|') && line.find('-') != std::string_view::npos &&
           line.find_first_not_of("|-: \t") == std::string_view::npos;
}

/// The bytes [begin, end) of column `column` (0 = before the first pipe) of the line at [line_begin, ...).
[[nodiscard]] std::optional<TextLine> cell(std::string_view text, TextLine line, std::size_t column) {
    std::size_t begin = line.begin;
    for (std::size_t pipes = 0; pipes < column; ++pipes) {
        const std::size_t pipe = text.find('|', begin);
        if (pipe == std::string_view::npos || pipe >= line.end) {
            return std::nullopt;
        }
        begin = pipe + 1;
    }
    const std::size_t pipe = text.find('|', begin);
    return TextLine{begin, pipe == std::string_view::npos || pipe > line.end ? line.end : pipe};
}

} // namespace

std::optional<LexMatch> pipe_table_column(const TokenizedText& t, const Lexicon& lex, const Phrase& p,
                                          std::size_t count_first) {
    const std::string_view text = t.text;
    const TextLine row = line_around(text, t.toks[count_first].begin);
    if (!is_pipe_row(text.substr(row.begin, row.end - row.begin))) {
        return std::nullopt;
    }
    const std::size_t column = static_cast<std::size_t>(
        std::count(text.begin() + static_cast<std::ptrdiff_t>(row.begin),
                   text.begin() + static_cast<std::ptrdiff_t>(t.toks[count_first].begin), '|'));
    const std::optional<TextLine> own = cell(text, row, column);
    std::size_t after = p.last;
    if (const LexMatch victim = lex.at(t, after, Cat::victim)) {
        after = victim.last;
    }
    // The count alone in its cell (with its qualifier and people).
    if (!own || (count_first > 0 && t.toks[count_first - 1].end > own->begin) ||
        (after < t.toks.size() && t.toks[after].begin < own->end)) {
        return std::nullopt;
    }
    // Up through the table's rows to its separator, the header the line above it; without a separator, the
    // table's first row when it holds no digit ("| район пожежі | загиблі |⏎| Альтадена | 16 |").
    TextLine line = row;
    std::optional<TextLine> header;
    for (std::size_t rows = 0; rows < kMaxRowsAbove && line.begin > 0; ++rows) {
        const TextLine above = line_around(text, line.begin - 1);
        const std::string_view content = text.substr(above.begin, above.end - above.begin);
        if (!is_pipe_row(content)) {
            break;
        }
        line = above;
        if (is_separator_row(content)) {
            if (line.begin > 0) {
                header = line_around(text, line.begin - 1);
            }
            break;
        }
    }
    if (!header && line.begin != row.begin) {
        const std::string_view top = text.substr(line.begin, line.end - line.begin);
        if (top.find_first_of("0123456789") == std::string_view::npos) {
            header = line;
        }
    }
    if (!header) {
        return std::nullopt;
    }
    const std::optional<TextLine> name = cell(text, *header, column);
    if (!name || !is_pipe_row(text.substr(header->begin, header->end - header->begin))) {
        return std::nullopt;
    }
    const auto first =
        std::lower_bound(t.toks.begin(), t.toks.end(), name->begin,
                         [](const numbers::Tok& tok, std::size_t at) { return tok.begin < at; });
    const auto k = static_cast<std::size_t>(first - t.toks.begin());
    if (k >= t.toks.size() || t.toks[k].begin >= name->end) {
        return std::nullopt;
    }
    // The cell is its kind's words and nothing more: "загиблі", "кількість загиблих", "Deaths".
    for (const Cat cat : {Cat::label, Cat::toll}) {
        if (const LexMatch kind = lex.at(t, k, cat);
            kind && t.toks[kind.last - 1].end <= name->end &&
            (kind.last >= t.toks.size() || t.toks[kind.last].begin >= name->end)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<LexMatch> header_above(const TokenizedText& t, const Lexicon& lex, const Phrase& p,
                                     std::size_t count_first) {
    // A row's count stands a few words from its line's start: look no further back than that, as this is
    // asked of every count in running text that no other rule took.
    std::size_t first = count_first;
    while (!line_break_before(t, first) && count_first - first <= kMaxRowLabelWords) {
        --first;
    }
    if (!line_break_before(t, first) || !is_row(t, lex, first, count_first, p.last)) {
        return std::nullopt;
    }
    for (std::size_t rows = 0; rows < kMaxRowsAbove && first > 0; ++rows) {
        const std::size_t end = first;
        first = line_start(t, first - 1);
        if (std::optional<LexMatch> header = header_of(t, lex, first, end)) {
            // "Bilan :" heads rows that name their kind, which label_before has read.
            if ((header->entry->flags & kGenericHead) != 0) {
                return std::nullopt;
            }
            return header;
        }
        if (!line_is_row(t, lex, first, end)) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<LexMatch> label_before(const TokenizedText& t, const Lexicon& lex, const Phrase& p,
                                     std::size_t count_first) {
    if (count_first == 0) {
        return std::nullopt;
    }
    if (!label_punctuation(t.gap_before(count_first))) {
        return spaced_row_label(t, lex, p, count_first);
    }
    if (std::optional<LexMatch> label = label_with_more_words(t, lex, p, count_first)) {
        return label;
    }
    // The label opens its line or clause: "Among the dead: 3 children" is no table row. A bare noun, a toll
    // ("Death toll: 45", "Число погибших — 23", whose "погибших" alone opens nothing), or a verb that heads
    // its clause ("погибли 5 человек, ранены — 17"; not one that needs more words, "claimed … lives").
    for (const Cat cat : {Cat::label, Cat::toll, Cat::pre}) {
        const LexMatch label = lex.ending_at(t, count_first, cat);
        if (!label || t.clause_start(label.first) != label.first) {
            continue;
        }
        if (cat == Cat::pre && label.entry->flags != 0) {
            return std::nullopt;
        }
        return label;
    }
    return std::nullopt;
}

} // namespace lede::extract::casualties
