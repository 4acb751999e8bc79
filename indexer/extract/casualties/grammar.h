#pragma once

// The trigger-anchored casualty grammar (extraction.md §5.3), language independent: every slot is
// filled from the language's Lexicon. Rules, tried in this order for each number phrase:
//   num-trigger  NUM [victim|filler|≤2 other words] TRIGGER   "at least 40 people were killed"
//   trigger-num  TRIGGER [filler] NUM                          "killing 133", "погибли 334 человека"
//   toll         TOLL … LINK NUM                               "death toll rose to 133", "死者が133人に"
//   toll-from    TOLL … FROM NUM LINK NUM                      "rose from 115 to 133": 115 superseded
//                TOLL … NUM FROM-AFTER NUM                     "死者は12人から31人に": 12 superseded
//   total        RUNNING-TOTAL NUM: as correction, without correcting ("bringing the total to 56")
//   label        LABEL (":" | dash) NUM                       "Dead: 12", "Погибших — 23" (a table's row)
//   correction   CORRECTION [≤2 words or ":"] NUM              "were corrected to 28", "уточненные данные:
//   28":
//                the kind of the figure before it (≤2 sentences back)
//   part         PART NUM [people] | NUM PART-AFTER, after a figure: a sub-total of its kind   "其中26人"
// (correction, total, part and "up from" borrow the kind of a figure before them: borrowed_kinds.cc)
// A figure with a correction cue before it in its clause (or, verb last, right after a toll's count:
// "auf 25 korrigiert") supersedes every earlier figure of its kind ("revised down to 25" after "30
// killed"); a toll reported as an earlier one is superseded by a newer one (mark_earlier). A modal near the
// count makes the figure `hypothetical`
// ("could rise to 100", "feared dead", "100人を超える恐れ").
// A vague word in the NUM slot gives rule "vague"; a "lives" trigger gives rule "lives"
// ("claimed numerous lives", "Over 130 lives were lost" stays num-trigger).

#include "indexer/extract/casualties/figures.h"
#include "indexer/extract/casualties/lexicon.h"
#include "indexer/extract/numbers/phrases.h"

#include <optional>
#include <string_view>
#include <vector>

namespace lede::extract::casualties {

struct FoundFigure {
    CasualtyFigure figure;
    std::size_t phrase = 0; ///< index in the phrase list
    bool corrects = false;  ///< replaces the earlier figures of its kind
};

[[nodiscard]] std::vector<FoundFigure> match_figures(const numbers::TokenizedText& text,
                                                     const Lexicon& lexicon,
                                                     const std::vector<numbers::Phrase>& phrases);

/// A count with no trigger of its own that takes the kind of a figure found before it
/// (borrowed_kinds.cc): the cue that says so, the rule's name, the kind.
struct BorrowedKind {
    LexMatch cue;
    std::string_view rule;
    CasualtyKind kind = CasualtyKind::deaths;
};

/// Each of these looks at phrase `p`, whose qualifier starts at token `qual_first`, after the figures
/// `found` before it. A correction's target or a running total: "were corrected to 28", "bringing the total
/// to 56" (rules correction, total).
[[nodiscard]] std::optional<BorrowedKind> correction_of(const numbers::TokenizedText& t, const Lexicon& lex,
                                                        const std::vector<numbers::Phrase>& phrases,
                                                        const numbers::Phrase& p, std::size_t qual_first,
                                                        const std::vector<FoundFigure>& found);
/// The earlier toll of the figure before it: "killing 9, up from 5" (rule toll-from).
[[nodiscard]] std::optional<BorrowedKind> earlier_toll_of(const numbers::TokenizedText& t, const Lexicon& lex,
                                                          const std::vector<numbers::Phrase>& phrases,
                                                          const numbers::Phrase& p, std::size_t qual_first,
                                                          const std::vector<FoundFigure>& found);
/// A sub-total: "其中26人", "среди них шестеро детей", "13 из них", "Among the dead were four children" (rule
/// part).
[[nodiscard]] std::optional<BorrowedKind> part_of(const numbers::TokenizedText& t, const Lexicon& lex,
                                                  const std::vector<numbers::Phrase>& phrases,
                                                  const numbers::Phrase& p, std::size_t qual_first,
                                                  const std::vector<FoundFigure>& found);

/// A count of people joined by "and" to the count of the figure before it: "Murieron 19 niños y siete
/// adultos" (rule coordinated).
[[nodiscard]] std::optional<BorrowedKind> coordinated_of(const numbers::TokenizedText& t, const Lexicon& lex,
                                                         const std::vector<numbers::Phrase>& phrases,
                                                         const numbers::Phrase& p, std::size_t qual_first,
                                                         const std::vector<FoundFigure>& found);

/// A count whose clause names only a place, the verb left out: "в Днепре — 24", "and 24 in Dnipro" (rule
/// gapped).
[[nodiscard]] std::optional<BorrowedKind> gapped_of(const numbers::TokenizedText& t, const Lexicon& lex,
                                                    const std::vector<numbers::Phrase>& phrases,
                                                    const numbers::Phrase& p, std::size_t qual_first,
                                                    const std::vector<FoundFigure>& found);

/// A later count of the figure before it, the verb left out: "faisaient état de dix morts, puis de 66",
/// "first reported 10 dead, then 66" (rule later).
[[nodiscard]] std::optional<BorrowedKind> later_of(const numbers::TokenizedText& t, const Lexicon& lex,
                                                   const std::vector<numbers::Phrase>& phrases,
                                                   const numbers::Phrase& p, std::size_t qual_first,
                                                   const std::vector<FoundFigure>& found);

/// Whether a count between tokens [first, last) is reached by a rise and its link, so that a toll head
/// before it has its count and reaches no later one across another subject ("toll climbs to 71 as list of
/// missing passes 1,000"); not past a conjunction, modal or "then" alone ("stands at 40 and could reach
/// 100") (toll_reach.cc).
[[nodiscard]] bool count_reached_between(const numbers::TokenizedText& t, const Lexicon& lex,
                                         const std::vector<numbers::Phrase>& phrases, std::size_t first,
                                         std::size_t last);

/// The trigger a count of people reaches across an inserted clause between commas, or none: "Deux
/// rescapés, un Irakien et un Somalien, ont été hospitalisés" (inserted_clauses.cc).
[[nodiscard]] LexMatch trigger_after_inserted_clause(const numbers::TokenizedText& t, const Lexicon& lex,
                                                     const std::vector<numbers::Phrase>& phrases,
                                                     const numbers::Phrase& p);

/// Whether a toll head at token `head` reaches the count at token `count`: in its clause, across one or two
/// inserted clauses before a rise, across a Thai subject's spaced chunks, across a Japanese topic's comma
/// (toll_reach.cc).
[[nodiscard]] bool toll_reaches(const numbers::TokenizedText& t, const Lexicon& lex, std::size_t head,
                                std::size_t count);

/// A victims noun ("437 victimes", "28 ضحية") in a sentence that names an incident and no other death
/// (own_event.cc).
[[nodiscard]] bool victims_of_an_incident(const numbers::TokenizedText& t, const Lexicon& lex,
                                          const LexMatch& victims);

/// Sets `historical` (see figures.h). `publication_date` "YYYY-MM-DD" or empty.
void mark_historical(const numbers::TokenizedText& text, const Lexicon& lexicon,
                     const std::vector<numbers::Phrase>& phrases, std::vector<FoundFigure>& figures,
                     std::string_view publication_date, const std::vector<NamedMonth>& months);

/// Sets `superseded` on a toll the text reports as an earlier one ("initially said 50", "ранее
/// сообщалось о 40", "当初…発表") when it also states a newer toll of that kind (earlier.cc).
void mark_earlier(const numbers::TokenizedText& text, const Lexicon& lexicon,
                  const std::vector<numbers::Phrase>& phrases, std::vector<FoundFigure>& figures);

/// A trigger whose noun and verb stand apart with the event between them, ending at token `end` in
/// the clause of phrase `p` ("Жертвами пожара в торговом центре стали 9 человек"), spanning both
/// (split_triggers.cc).
[[nodiscard]] std::optional<LexMatch> split_pre(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                                std::size_t end, const numbers::Phrase& p);

/// The label of a table's or list's row whose count is phrase `p`, from token `count_first` ("Dead: 12",
/// "Погибших — 23", "Death toll: 45"): a label entry or toll head that opens its clause, then one colon
/// or dash; on a row of its own, the label may go on past its kind's words ("погибли на месте — 27",
/// "Heridos aún hospitalizados: 37") (labels.cc).
[[nodiscard]] std::optional<LexMatch> label_before(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                                   const numbers::Phrase& p, std::size_t count_first);

/// The header of the table whose row holds phrase `p`, its count from token `count_first`: a line naming a
/// kind ("県別の負傷者数は次の通り。", "Deaths by province:") above rows of a label and a count
/// ("宮崎県　8人") (labels.cc).
[[nodiscard]] std::optional<LexMatch> header_above(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                                   const numbers::Phrase& p, std::size_t count_first);

/// The kind a pipe table's column names, for phrase `p` alone in its cell from token `count_first`: the
/// header row's cell above a separator row ("| район | загиблі |⏎|---|---|⏎| Альтадена | 16 |"), or the first
/// row's when there is no separator and it holds no digit (labels.cc).
[[nodiscard]] std::optional<LexMatch> pipe_table_column(const numbers::TokenizedText& text,
                                                        const Lexicon& lexicon, const numbers::Phrase& p,
                                                        std::size_t count_first);

/// A deaths trigger right after an injured one, past fillers in its clause: "трое пострадавших скончались",
/// "3名重伤者经抢救无效死亡" (died despite treatment); not "3名伤者中无人死亡" (split_triggers.cc).
[[nodiscard]] LexMatch died_after(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                  const LexMatch& injured);

/// Whether `trigger` counts people affected, not injured, in the sentence of `p` ("От наводнения
/// пострадали 5 тысяч жителей": a flood or drought is named).
[[nodiscard]] bool affected_by_disaster(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                        const Entry& trigger, const numbers::Phrase& p);

/// Adds, in Japanese text, a figure for victims named one by one with their ages in brackets before a
/// trigger ("田中太郎さん（45）が死亡", "夫（72）と妻（68）が重傷": 2) (named_victims.cc).
void count_named_victims(const numbers::TokenizedText& text, const Lexicon& lexicon,
                         const std::vector<numbers::Phrase>& phrases, std::vector<FoundFigure>& figures);

/// Whether phrase `p` is an indefinite article before no person or casualty word ("Mitglieder einer Gruppe",
/// "la explosión de un ducto"): a word there, not the number one.
[[nodiscard]] bool article_not_number(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                      const numbers::Phrase& p);

/// Whether vague phrase `p` asks how many ("How many were hurt is unclear", "Wie viele verletzt wurden"):
/// a question states no count.
[[nodiscard]] bool asks_how_many(const numbers::TokenizedText& text, const numbers::Phrase& p);

/// A correction cue before the count at token `first`, in its clause: "the toll was revised down to 25"
/// (figure_status.cc).
[[nodiscard]] bool correction_cue_before(const numbers::TokenizedText& t, const Lexicon& lex,
                                         std::size_t first);

/// A correction verb after a toll's count, where the verb comes last: "wurde auf 35 korrigiert",
/// "死者は35人に訂正された"; the target ("auf 35"), not the number corrected ("von 50 Toten")
/// (figure_status.cc).
[[nodiscard]] bool corrected_after(const numbers::TokenizedText& t, const Lexicon& lex,
                                   const numbers::Phrase& p);

/// Whether phrase `p`, whose qualifier or trigger starts at token `from`, is projected: a modal just before
/// it ("could rise to 100", "может превысить 1000", "可能上升至100人"), a projection noun after a CJK count
/// ("100人を超える恐れ") or a fear earlier in its clause (figure_status.cc).
[[nodiscard]] bool projected(const numbers::TokenizedText& t, const Lexicon& lex, const numbers::Phrase& p,
                             std::size_t from);

/// A modal right before the trigger at token `trigger`, past up to two fillers: "could have killed",
/// "could have been killed" (figure_status.cc).
[[nodiscard]] bool modal_before_trigger(const numbers::TokenizedText& t, const Lexicon& lex,
                                        std::size_t trigger);

/// Marks superseded every figure of a kind stated before a figure that corrects it, and a larger one of its
/// kind after it in its sentence, which is what the toll was lowered from and corrects nothing though the cue
/// reaches it ("خفض الحصيلة إلى 84 قتيلا بعدما كانت 103 قتلى", "revised down to 84, after state media had
/// reported 103") (figure_status.cc).
void apply_corrections(std::vector<FoundFigure>& found);

/// Whether phrase `p` (with its qualifier from token `qual_first`) is not a count of people.
[[nodiscard]] bool not_a_count(const numbers::TokenizedText& text, const Lexicon& lexicon,
                               const numbers::Phrase& p, std::size_t qual_first);

} // namespace lede::extract::casualties
