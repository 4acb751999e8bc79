// How far a toll head reaches its count (toll_reaches of grammar.h): within its clause, and across the breaks
// some wordings put between the two.

#include "indexer/extract/casualties/grammar.h"

#include <string_view>

namespace lede::extract::casualties {

using numbers::TokenizedText;
using numbers::TokKind;

namespace {

[[nodiscard]] bool holds_a_number(const TokenizedText& t, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
        if (t.toks[k].kind == TokKind::number) {
            return true;
        }
    }
    return false;
}

// "The death toll from the quake, which struck on Wednesday, has risen to 290", "Кількість загиблих, за
// даними ДСНС, зросла до 290", "Число погибших, по данным властей, превысило 530": a clause that opens on a
// rise or a link (after its auxiliaries) goes on with the toll's clause, one or two inserted clauses before
// it in the sentence.
[[nodiscard]] bool across_an_inserted_clause(const TokenizedText& t, const Lexicon& lex, std::size_t head,
                                             std::size_t count) {
    constexpr std::uint32_t kInsertedClauses = 2;
    const std::size_t opens = t.clause_start(count);
    if (opens == 0 || t.toks[head].sentence != t.toks[count].sentence ||
        t.toks[head].clause + kInsertedClauses + 1 < t.toks[count].clause) {
        return false;
    }
    if (holds_a_number(t, head, t.clause_end(head))) {
        return false; // the toll has its count: "subió a 480, frente a los 413"
    }
    std::size_t k = opens;
    while (const LexMatch aux = lex.at(t, k, Cat::filler)) {
        k = aux.last;
    }
    return k < count &&
           (static_cast<bool>(lex.at(t, k, Cat::rise)) || static_cast<bool>(lex.at(t, k, Cat::link)));
}

// Thai parts a long subject from its verb with spaces: "ยอดผู้เสียชีวิตจากเหตุชุลมุนในสนามกีฬาคันจูรูฮัน เมืองมาลัง
// จังหวัดชวาตะวันออก เหลือ 125 ราย". The count's chunk opens on the rise, the link or a correction, and the
// chunks between hold no number.
[[nodiscard]] bool across_thai_chunks(const TokenizedText& t, const Lexicon& lex, std::size_t head,
                                      std::size_t count, std::size_t opens) {
    constexpr std::uint32_t kSubjectChunks = 4;
    if (t.toks[head].sentence != t.toks[count].sentence ||
        t.toks[head].clause + kSubjectChunks < t.toks[count].clause) {
        return false;
    }
    // A day's number is no count: "ยอดผู้เสียชีวิตจากเหตุแผ่นดินไหวเมื่อวันที่ 3 พฤศจิกายน เพิ่มขึ้นเป็น 157 ราย".
    for (std::size_t k = head; k < opens; ++k) {
        if (t.toks[k].kind == TokKind::number && !lex.ending_at(t, k, Cat::blocker)) {
            return false;
        }
    }
    return static_cast<bool>(lex.at(t, opens, Cat::rise)) || static_cast<bool>(lex.at(t, opens, Cat::link)) ||
           static_cast<bool>(lex.at(t, opens, Cat::correction));
}

} // namespace

bool toll_reaches(const TokenizedText& t, const Lexicon& lex, std::size_t head, std::size_t count) {
    if (t.same_clause(head, count)) {
        return true;
    }
    if (lex.lang() != "ja" && lex.lang() != "th") {
        return across_an_inserted_clause(t, lex, head, count);
    }
    const std::size_t opens = t.clause_start(count);
    if (opens == 0 || t.toks[opens - 1].sentence != t.toks[count].sentence) {
        return false;
    }
    if (lex.lang() == "th") {
        return across_thai_chunks(t, lex, head, count, opens);
    }
    // Japanese sets off the topic with a comma: "死者は、石川県内で241人となりました".
    if (!t.same_clause(head, opens - 1)) {
        return false;
    }
    const std::string_view topic = t.toks[opens - 1].text;
    const std::string_view gap = t.gap_before(opens);
    const bool comma = gap.find("、") != std::string_view::npos || gap.find(',') != std::string_view::npos;
    // Or the toll rose, told in the te-form, and goes on:
    // "負傷者は前日の98人から増え、21府県で計127人に上った".
    return comma && (topic == "は" || topic == "も" || lex.ending_at(t, opens, Cat::rise));
}

bool count_reached_between(const TokenizedText& t, const Lexicon& lex,
                           const std::vector<numbers::Phrase>& phrases, std::size_t first, std::size_t last) {
    // Spaced scripts only: where the verb comes last the links stand elsewhere.
    if (lex.cjk()) {
        return false;
    }
    for (const numbers::Phrase& count : phrases) {
        if (count.first <= first || count.first >= last) {
            continue;
        }
        std::size_t before = count.first;
        if (const LexMatch q = lex.ending_at(t, before, Cat::qual_pre)) {
            before = q.first;
        }
        // A risen toll's count ("climbs to 71"), not one a preposition joins ("bombings of three churches")
        // nor a "from" count ("de 48 à 62").
        const LexMatch link = lex.ending_at(t, before, Cat::link);
        if (!link || link.first < first || lex.ending_at(t, before, Cat::from) ||
            !lex.ending_at(t, link.first, Cat::rise)) {
            continue;
        }
        std::size_t after = count.last;
        if (const LexMatch v = lex.at(t, after, Cat::victim)) {
            after = v.last;
        }
        if (after < t.toks.size() && (lex.at(t, after, Cat::link) || lex.at(t, after, Cat::range_to))) {
            continue;
        }
        // "stands at 40 and could reach 100": the toll goes on to its next verb.
        while (after < last) {
            LexMatch word = lex.at(t, after, Cat::conj);
            for (const Cat cat : {Cat::modal, Cat::filler, Cat::current}) {
                word = word ? word : lex.at(t, after, cat);
            }
            if (!word) {
                break;
            }
            after = word.last;
        }
        if (after < last) {
            return true;
        }
    }
    return false;
}

} // namespace lede::extract::casualties
