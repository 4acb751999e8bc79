// Japanese people named in kanji (岸田文雄首相, 山田太郎さん（45）): a kanji run right before a title, an
// honorific or an age that ENAMDICT lists as a person, or that splits one way only into a surname and a given
// name whose readings people's names settle (name_lexicon.h), named in Hepburn, given name first, as
// English-language news writes them. Later mentions of the full name, and the lone surname before a title
// (石破首相), are the same person.

#include "common/entities/hepburn.h"
#include "common/entities/name_slug.h"
#include "indexer/extract/names/discovery.h"
#include "indexer/extract/names/kanji_cues.h"
#include "indexer/extract/names/name_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace lede::extract::names {
namespace {

constexpr std::size_t kMaxNameKanji = 6;
constexpr std::size_t kMaxPartKanji = 3;
// A surname of one kanji is taken from ENAMDICT's full names only: one kanji and one or two more is also the
// shape of the Chinese and Korean names Japanese text writes in kanji (王毅, 林佳龍, 文在寅), which a
// Japanese reading would misname. The same bound as make_kanji_name_lexicon.py's MIN_SPLIT_SURNAME.
constexpr std::size_t kMinSplitSurnameKanji = 2;

// The code point at `at` (0 when none); `size` gets its length in bytes.
[[nodiscard]] char32_t code_point_at(std::string_view text, std::size_t at, std::size_t& size) {
    size = 0;
    if (at >= text.size()) {
        return 0;
    }
    const auto lead = static_cast<std::uint8_t>(text[at]);
    size = lead < 0x80U ? 1 : lead < 0xE0U ? 2 : lead < 0xF0U ? 3 : 4;
    if (at + size > text.size()) {
        size = 1;
        return 0;
    }
    char32_t code = size == 1 ? lead : lead & (0xFFU >> (size + 1));
    for (std::size_t i = 1; i < size; ++i) {
        code = (code << 6U) | (static_cast<std::uint8_t>(text[at + i]) & 0x3FU);
    }
    return code;
}

// CJK ideographs (the unified block, extension A, the compatibility block) and 々, which repeats the one
// before (佐々木).
[[nodiscard]] bool is_kanji(char32_t code) {
    return (code >= U'\u4E00' && code <= U'\u9FFF') || (code >= U'\u3400' && code <= U'\u4DBF') ||
           (code >= U'\uF900' && code <= U'\uFAFF') || code == U'々';
}

// Byte offset one code point on from `at`.
[[nodiscard]] std::size_t next(std::string_view text, std::size_t at) {
    std::size_t size = 0;
    static_cast<void>(code_point_at(text, at, size));
    return at + std::max<std::size_t>(size, 1);
}

[[nodiscard]] bool kanji_at(std::string_view text, std::size_t at) {
    std::size_t size = 0;
    return is_kanji(code_point_at(text, at, size));
}

// Byte offset one code point back from `at` (at > 0).
[[nodiscard]] std::size_t previous(std::string_view text, std::size_t at) {
    do {
        --at;
    } while (at > 0 && (static_cast<std::uint8_t>(text[at]) & 0xC0U) == 0x80U);
    return at;
}

// The byte offsets after each of the first `count` code points of `kanji`, 0 when it has fewer.
[[nodiscard]] std::size_t bytes_of(std::string_view kanji, std::size_t count) {
    std::size_t at = 0;
    for (; count > 0 && at < kanji.size(); --count) {
        at = next(kanji, at);
    }
    return count == 0 ? at : 0;
}

[[nodiscard]] std::size_t kanji_count(std::string_view kanji) {
    std::size_t count = 0;
    for (std::size_t at = 0; at < kanji.size(); at = next(kanji, at)) {
        ++count;
    }
    return count;
}

// "Fumio Kishida" from きしだ and ふみお: English-language news puts the given name first.
[[nodiscard]] std::string person_id(std::string_view surname_kana, std::string_view given_kana) {
    std::string surname = hepburn(surname_kana);
    std::string given = hepburn(given_kana);
    if (surname.empty() || given.empty()) {
        return {};
    }
    return name_slug(given + ' ' + surname);
}

struct KanjiName {
    std::string id;
    std::size_t surname_bytes = 0; ///< 0 when the dictionary does not say where the surname ends
};

// A full name in kanji: ENAMDICT's person, or the one split into a surname and a given name the tables read.
[[nodiscard]] std::optional<KanjiName> read_full_name(std::string_view kanji) {
    if (const std::optional<lexicon::KanjiReading> person = lexicon::kanji_person(kanji)) {
        if (person->surname.empty()) {
            return std::nullopt; // listed so that it gets no id
        }
        KanjiName name{person_id(person->surname, person->given), bytes_of(kanji, person->surname_kanji)};
        return name.id.empty() ? std::nullopt : std::optional(std::move(name));
    }
    std::optional<KanjiName> found;
    const std::size_t count = kanji_count(kanji);
    for (std::size_t surname = kMinSplitSurnameKanji; surname <= kMaxPartKanji && surname < count;
         ++surname) {
        if (count - surname > kMaxPartKanji) {
            continue;
        }
        const std::size_t cut = bytes_of(kanji, surname);
        const std::string_view surname_kana = lexicon::kanji_surname(kanji.substr(0, cut));
        const std::string_view given_kana = lexicon::kanji_given_name(kanji.substr(cut));
        if (surname_kana.empty() || given_kana.empty()) {
            continue;
        }
        if (found) {
            return std::nullopt; // two ways to split it
        }
        found = KanjiName{person_id(surname_kana, given_kana), cut};
    }
    return found && !found->id.empty() ? found : std::nullopt;
}

// The kanji runs of a text, the bytes no name may take (table mentions, names found) and the edges of the
// segmenter's words.
class KanjiRuns {
public:
    KanjiRuns(std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& taken,
              const std::vector<bool>& used)
        : text_(text), blocked_(text.size(), false), word_edge_(text.size() + 1, false) {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            word_edge_[tokens[i].begin] = true;
            word_edge_[tokens[i].end] = true;
            if (taken[i] || used[i]) {
                block(tokens[i].begin, tokens[i].end);
            }
        }
    }

    [[nodiscard]] bool free(std::size_t begin, std::size_t end) const {
        return std::find(blocked_.begin() + static_cast<std::ptrdiff_t>(begin),
                         blocked_.begin() + static_cast<std::ptrdiff_t>(end),
                         true) == blocked_.begin() + static_cast<std::ptrdiff_t>(end);
    }
    void block(std::size_t begin, std::size_t end) {
        std::fill(blocked_.begin() + static_cast<std::ptrdiff_t>(begin),
                  blocked_.begin() + static_cast<std::ptrdiff_t>(end), true);
    }
    [[nodiscard]] bool word_edge(std::size_t at) const { return word_edge_[at]; }

    // The end of the kanji run that goes on from `at`.
    [[nodiscard]] std::size_t run_end(std::size_t at) const {
        while (at < text_.size() && kanji_at(text_, at)) {
            at = next(text_, at);
        }
        return at;
    }
    // The start of the kanji run that goes back from `at`.
    [[nodiscard]] std::size_t run_start(std::size_t at) const {
        while (at > 0 && kanji_at(text_, previous(text_, at))) {
            at = previous(text_, at);
        }
        return at;
    }

    // Where a name may start in the kanji run [first, last): after the table mentions and the occupations
    // the run opens with (無職, 会社員).
    [[nodiscard]] std::size_t name_start(std::size_t first, std::size_t last) const {
        for (std::size_t at = first;;) {
            while (at < last && blocked_[at]) {
                ++at;
            }
            const std::size_t word = kanji_cues::word_before_name(text_.substr(at, last - at));
            if (word == 0 || at + word >= last) {
                return at;
            }
            at += word;
        }
    }

    // Whether a name ending at `end`, in the run ending at `last`, has a cue right after it: a title, or
    // after the run a kana honorific or an age.
    [[nodiscard]] bool direct_cue(std::size_t end, std::size_t last) const {
        if (end == last) {
            const std::string_view after = text_.substr(last);
            return kanji_cues::kana_honorific(after) > 0 || kanji_cues::bracketed_age(after) > 0;
        }
        return kanji_cues::is_title(text_.substr(end, last - end));
    }

    // Or a body's name before the title (小池百合子東京都知事, 山田太郎自民党幹事長): by its last kanji, or
    // as a table's mention, which may take in the title's first kanji or all of it (東京 + 都知事 are two
    // words).
    [[nodiscard]] bool cue_across_body(std::size_t end, std::size_t last) const {
        if (end == last) {
            return false;
        }
        if (kanji_cues::is_body_and_title(text_.substr(end, last - end))) {
            return true;
        }
        const std::size_t mention = end + kanji_cues::qualifier(text_.substr(end, last - end));
        if (mention >= last || !blocked_[mention]) {
            return false;
        }
        std::size_t unblocked = mention;
        while (unblocked < last && blocked_[unblocked]) {
            ++unblocked;
        }
        for (std::size_t title = next(text_, mention); title <= unblocked && title < last;
             title = next(text_, title)) {
            if (kanji_cues::is_title(text_.substr(title, last - title))) {
                return true;
            }
        }
        const std::size_t title =
            unblocked + kanji_cues::division_suffix(text_.substr(unblocked, last - unblocked));
        return title > unblocked && title < last && kanji_cues::is_title(text_.substr(title, last - title));
    }

private:
    std::string_view text_;
    std::vector<bool> blocked_;
    std::vector<bool> word_edge_;
};

struct KanjiPerson {
    std::string kanji;
    std::string surname; ///< empty when unknown
    std::string id;
};

} // namespace

void Discovery::kanji_names() {
    if (lang_ != "ja") {
        return;
    }
    KanjiRuns runs(text_, tokens_, taken_, used_);
    std::vector<KanjiPerson> people;
    std::vector<std::pair<std::size_t, std::size_t>> cued; // spans right before a cue, for lone surnames
    const auto record = [&](std::size_t begin, std::size_t end, const KanjiPerson& person) {
        runs.block(begin, end);
        found_.push_back({person.id, person.kanji, EntityType::person, begin, end});
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            used_[i] = used_[i] || (tokens_[i].begin < end && tokens_[i].end > begin);
        }
    };

    // Full names before a cue.
    for (std::size_t first = 0; first < text_.size();) {
        if (!kanji_at(text_, first)) {
            first = next(text_, first);
            continue;
        }
        const std::size_t last = runs.run_end(first);
        const std::size_t start = runs.name_start(first, last);
        // A name right before its cue first; only when there is none, one before a body's name and title
        // that ends where a word of the segmenter ends (山田 太郎 自民党 幹事 長: not 山田太 + 郎自民党).
        std::optional<std::pair<std::size_t, KanjiName>> name;
        bool ambiguous = false;
        for (const bool across_body : {false, true}) {
            std::size_t end = start;
            for (std::size_t count = 1; count <= kMaxNameKanji && end < last; ++count) {
                end = next(text_, end);
                const bool cued_here = across_body ? runs.word_edge(end) && runs.cue_across_body(end, last)
                                                   : runs.direct_cue(end, last);
                if (!cued_here || !runs.free(start, end)) {
                    continue;
                }
                if (!across_body) {
                    cued.emplace_back(start, end); // a lone surname needs its cue right after it
                }
                if (std::optional<KanjiName> full = read_full_name(text_.substr(start, end - start))) {
                    ambiguous = ambiguous || name.has_value();
                    name = std::pair{end, std::move(*full)};
                }
            }
            if (name) {
                break;
            }
        }
        if (name && !ambiguous) {
            std::string kanji(text_.substr(start, name->first - start));
            std::string surname = kanji.substr(0, name->second.surname_bytes);
            people.push_back({std::move(kanji), std::move(surname), std::move(name->second.id)});
            record(start, name->first, people.back());
        }
        first = last;
    }

    // The full names again, with or without a cue, where they stand as a name of their own.
    for (const KanjiPerson& person : people) {
        for (std::size_t at = text_.find(person.kanji); at != std::string_view::npos;
             at = text_.find(person.kanji, at + 1)) {
            const std::size_t end = at + person.kanji.size();
            const std::size_t last = runs.run_end(end);
            if (runs.free(at, end) && runs.name_start(runs.run_start(at), last) == at &&
                (end == last || runs.direct_cue(end, last) || runs.cue_across_body(end, last))) {
                record(at, end, person);
            }
        }
    }

    // A lone surname before a cue: the one person found with that surname.
    for (const auto& [begin, end] : cued) {
        if (!runs.free(begin, end)) {
            continue;
        }
        const std::string_view surname = text_.substr(begin, end - begin);
        std::set<std::string> ids;
        const KanjiPerson* match = nullptr;
        for (const KanjiPerson& person : people) {
            if (person.surname == surname) {
                ids.insert(person.id);
                match = &person;
            }
        }
        if (ids.size() == 1) {
            record(begin, end, *match);
        }
    }
}

} // namespace lede::extract::names
