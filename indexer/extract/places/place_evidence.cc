#include "indexer/extract/places/place_evidence.h"

#include "common/entities/text_rules.h"
#include "indexer/extract/places/place_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace lede::extract::places {
namespace {

using namespace words; // NOLINT(google-build-using-namespace): the tables of this idea

using detail::first_code_point;
using detail::is_all_caps_word;
using detail::is_han;
using detail::last_code_point;
using detail::script_of;
using detail::starts_upper_case;
using detail::TextScript;

/// Whether the text between two tokens stays inside one sentence.
[[nodiscard]] bool same_sentence(std::string_view gap) {
    return gap.find_first_of(".!?\n;:") == std::string_view::npos;
}

/// Whether a letter of `text` is upper case: "l'Espagne", "al-Haouz" and
/// "Médine" are written as names, "la médina" is not.
[[nodiscard]] bool has_upper_case(std::string_view text) {
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
        if (c > 0 && u_isupper(c)) {
            return true;
        }
    }
    return false;
}

[[nodiscard]] bool cased_script(std::string_view text) {
    const TextScript script = script_of(text);
    return script == TextScript::latin || script == TextScript::cyrillic;
}

/// One mention in its text.
class MentionContext {
public:
    MentionContext(const MentionedText& in, const EntityMention& mention) : in_(in), mention_(mention) {}

    /// The token `distance` before the mention, within its sentence.
    [[nodiscard]] const Token* before(std::size_t distance = 1) const {
        if (mention_.first_token < distance) {
            return nullptr;
        }
        for (std::size_t step = 1; step <= distance; ++step) {
            const Token& token = in_.tokens[mention_.first_token - step];
            const std::size_t next_begin =
                step == 1 ? mention_.begin : in_.tokens[mention_.first_token - step + 1].begin;
            if (!same_sentence(in_.text.substr(token.end, next_begin - token.end))) {
                return nullptr;
            }
        }
        return &in_.tokens[mention_.first_token - distance];
    }

    /// The token after the mention, within its sentence.
    [[nodiscard]] const Token* after() const {
        const std::size_t index = mention_.first_token + mention_.token_count;
        if (index >= in_.tokens.size()) {
            return nullptr;
        }
        const Token& token = in_.tokens[index];
        return same_sentence(in_.text.substr(mention_.end, token.begin - mention_.end)) ? &token : nullptr;
    }

    [[nodiscard]] std::string_view written() const {
        return in_.text.substr(mention_.begin, mention_.end - mention_.begin);
    }
    [[nodiscard]] std::string_view text_of(const Token& token) const {
        return in_.text.substr(token.begin, token.end - token.begin);
    }
    [[nodiscard]] std::string_view text_before() const { return in_.text.substr(0, mention_.begin); }
    [[nodiscard]] std::string_view text_after() const { return in_.text.substr(mention_.end); }
    [[nodiscard]] std::size_t first_token() const { return mention_.first_token; }
    [[nodiscard]] bool starts_on_word() const { return mention_.starts_on_word; }
    [[nodiscard]] bool on_word_boundaries() const { return mention_.starts_on_word && mention_.ends_on_word; }
    /// The text between the mention and its neighbour word.
    [[nodiscard]] std::string_view gap_after() const {
        const std::size_t index = mention_.first_token + mention_.token_count;
        return index < in_.tokens.size()
                   ? in_.text.substr(mention_.end, in_.tokens[index].begin - mention_.end)
                   : std::string_view();
    }
    [[nodiscard]] std::string_view gap_before() const {
        if (mention_.first_token == 0) {
            return {};
        }
        const Token& previous = in_.tokens[mention_.first_token - 1];
        return in_.text.substr(previous.end, mention_.begin - previous.end);
    }

private:
    const MentionedText& in_;
    const EntityMention& mention_;
};

/// Part of the name of a smaller unit in Han script: a ward, town, village or county named like
/// a city (広島市安芸区 is no Aki, 宝安区 no Bao'an town) ends in one of these right after it.
[[nodiscard]] bool is_smaller_unit_suffix(UChar32 c) {
    static constexpr std::array<UChar32, 10> kSuffixes = {U'区', U'町', U'村', U'郡', U'县',
                                                          U'縣', U'镇', U'鎮', U'乡', U'郷'};
    return std::find(kSuffixes.begin(), kSuffixes.end(), c) != kSuffixes.end();
}

/// A kanji a Japanese place's name may follow: a larger unit's suffix (大阪府|堺市, 広島県|呉市), or a
/// prefix of one kanji (前|大阪市長, 同|市, 在|大阪, 訪|米, 米|国). After any other kanji the name is the
/// tail of a longer one: 大阪狭山市 is no Sayama, 東大阪市 no Osaka.
[[nodiscard]] bool may_precede_japanese_place(UChar32 c) {
    static constexpr std::array<UChar32, 36> kKanji = {
        U'県', U'都', U'府', U'道', U'市', U'区', U'郡', U'町', U'村', U'州', U'国', U'省',
        U'島', U'前', U'元', U'現', U'旧', U'同', U'全', U'各', U'両', U'在', U'駐', U'訪',
        U'来', U'対', U'米', U'中', U'日', U'韓', U'英', U'独', U'仏', U'露', U'豪', U'台'};
    return std::find(kKanji.begin(), kKanji.end(), c) != kKanji.end();
}

/// A place's name made a people's (the gold guide counts no demonym): ชาวจีน (the Chinese), 中国人, 日本人,
/// but not 中国人民银行.
[[nodiscard]] bool is_demonym(const MentionContext& context) {
    // 人 opens many words that a name modifies (中国人口, 别斯兰人质, 中国人民银行, 中国人权).
    static constexpr std::array<UChar32, 16> kWordsOnRen = {U'民', U'质', U'員', U'员', U'口', U'士',
                                                            U'寿', U'大', U'权', U'権', U'工', U'道',
                                                            U'才', U'力', U'気', U'气'};
    const std::string_view after = context.text_after();
    const std::string_view written = context.written();
    bool people_word = false;
    if (context.on_word_boundaries() && after.starts_with("人")) {
        const UChar32 next = first_code_point(after.substr(std::string_view("人").size()));
        people_word = std::find(kWordsOnRen.begin(), kWordsOnRen.end(), next) == kWordsOnRen.end();
    } else if (!context.on_word_boundaries()) {
        people_word =
            written.ends_with("人"); // ICU made one word of 中国人, which the mention of 中国 covers
    }
    return context.text_before().ends_with("ชาว") || people_word;
}

/// A Han name after a compass kanji is a region's: 西日本 and 東日本 are no Japan, 东南亚 no South Asia.
// "в Советском районе Казани", "у Київському районі": a town's adjective before "район" or "округ" names a
// district (of another town), not the town (Sovetsk).
[[nodiscard]] bool names_a_district(const MentionContext& context, std::string_view lang) {
    if (lang != "ru" && lang != "uk") {
        return false;
    }
    const Token* next = context.after();
    return next != nullptr && context.gap_after() == " " &&
           (next->term.starts_with("район") || next->term.starts_with("округ"));
}

/// A compass point in Han script: 東, 西, 南, 北 (and the simplified 东).
[[nodiscard]] bool compass(UChar32 c) {
    static constexpr std::array<UChar32, 5> kCompass = {U'東', U'西', U'南', U'北', U'东'};
    return std::find(kCompass.begin(), kCompass.end(), c) != kCompass.end();
}

[[nodiscard]] bool after_compass_kanji(const MentionContext& context, bool after_a_name) {
    const std::string_view written = context.written();
    if (!is_han(first_code_point(written))) {
        return false;
    }
    // Inside one word (東日本), the alias starts after the word's first character. A name that ends in one
    // (山东青岛, 广西南宁) is no compass point.
    return context.starts_on_word() ? !after_a_name && compass(last_code_point(context.text_before()))
                                    : compass(first_code_point(written));
}

/// A name ending in a compass point before 部 is a direction, "the central-eastern part": 北海道の中東部,
/// 我国中东部地区. Not 部分 (a part of it: 山东部分地区), 部隊 or 部门.
[[nodiscard]] bool compass_part(const MentionContext& context) {
    static constexpr std::array<UChar32, 7> kNotPart = {U'分', U'隊', U'队', U'门', U'門', U'長', U'长'};
    constexpr std::string_view kPart = "部";
    std::string_view written = context.written();
    std::string_view after = context.text_after();
    if (written.ends_with(kPart)) { // the mention may span ICU's word 中東部
        written.remove_suffix(kPart.size());
        after = kPart;
    }
    if (!after.starts_with(kPart) || !compass(last_code_point(written))) {
        return false;
    }
    const UChar32 next =
        first_code_point(after.size() > kPart.size() ? after.substr(kPart.size()) : context.text_after());
    return std::find(kNotPart.begin(), kNotPart.end(), next) == kNotPart.end();
}

[[nodiscard]] bool thai(std::string_view written) {
    const UChar32 c = first_code_point(written);
    return c >= 0x0E00 && c <= 0x0E7F;
}

[[nodiscard]] bool thai_province(const Entity* entity, std::string_view written) {
    return entity != nullptr && thai(written) && entity->type == EntityType::place &&
           std::find(entity->parents.begin(), entity->parents.end(), "thailand") != entity->parents.end();
}

/// Written as a name in Thai: a short name that needs evidence on word boundaries, not โลเม (Lomé) inside
/// กิโลเมตร. ICU cuts the foreign names it does not know anywhere (เมืองมัณฑะเลย์), so a longer one may not be.
[[nodiscard]] bool written_as_thai_name(bool on_word_boundaries, bool needs_evidence) {
    return on_word_boundaries || !needs_evidence;
}

/// Written as a name in a script without capitals: not the head of a smaller unit's name, and in
/// Japanese (where particles in kana part words) not the tail of a longer kanji name.
[[nodiscard]] bool written_as_han_name(const MentionContext& context, std::string_view lang) {
    if (is_smaller_unit_suffix(first_code_point(context.text_after()))) {
        return false;
    }
    // A name in katakana is no kanji name's tail: インド西部|グジャラート州.
    const UChar32 before = last_code_point(context.text_before());
    return lang != "ja" || !is_han(before) || !is_han(first_code_point(context.written())) ||
           may_precede_japanese_place(before);
}

/// Written as a name: capitalised in a cased script, and not inside a longer
/// capitalised name ("Jordan Bardella", "Michael Jordan", "Nice Guys").
[[nodiscard]] bool written_as_name(const MentionContext& context, std::string_view lang, bool in_title,
                                   bool needs_evidence) {
    const std::string_view written = context.written();
    if (thai(written)) {
        return written_as_thai_name(context.on_word_boundaries(), needs_evidence);
    }
    if (!cased_script(written)) {
        return written_as_han_name(context, lang);
    }
    if (!has_upper_case(written)) {
        return false;
    }
    if (is_all_caps_word(written)) {
        return true; // a dateline or a headline
    }
    // "die Norden", "the Reading": after a determiner a name that needs evidence is a noun. A region or a
    // large city is named so ("au Québec", "im Saarland", "la Wallonie", "el Chaco").
    if (const Token* previous = context.before();
        needs_evidence && previous != nullptr && contains(kDeterminers, lang, previous->term)) {
        return false;
    }
    if (in_title || lang == "de") {
        return true; // Title Case, and German nouns, say nothing about the neighbours
    }
    // A name ending in a lower-case word ("Свердловской области") starts no longer name: the
    // capitalised word after it is someone else's ("… области Евгений Куйвашев").
    const std::size_t last_space = written.rfind(' ');
    const bool ends_capitalised =
        starts_upper_case(last_space == std::string_view::npos ? written : written.substr(last_space + 1));
    if (const Token* next = context.after(); next != nullptr && ends_capitalised) {
        const std::string_view word = context.text_of(*next);
        if (context.gap_after() == " " && cased_script(word) && starts_upper_case(word) &&
            !is_all_caps_word(word) && !contains(kPlaceWordsAfter, next->term)) {
            return false;
        }
    }
    if (const Token* previous = context.before(); previous != nullptr) {
        const std::string_view word = context.text_of(*previous);
        const bool sentence_start = context.before(2) == nullptr;
        if (context.gap_before() == " " && cased_script(word) && starts_upper_case(word) && !sentence_start) {
            return false;
        }
    }
    return true;
}

/// Whether a lower-case word reads as an adjective agreeing with a place after a locative preposition:
/// English ones from a list, German "-en"/"-em", Russian "-ом -ем -ой -ей -ого -его", Ukrainian "-ому -ему
/// -ій -ім -ого -ього".
[[nodiscard]] bool locative_adjective(std::string_view term, std::string_view lang) {
    const auto ends_in_one_of = [&](std::initializer_list<std::string_view> endings) {
        return std::any_of(endings.begin(), endings.end(), [&](std::string_view ending) {
            return term.size() > ending.size() + 2 && term.ends_with(ending);
        });
    };
    if (lang == "en") {
        return contains(kEnglishLocativeAdjectives, term);
    }
    if (lang == "de") {
        return ends_in_one_of({"en", "em"});
    }
    if (lang == "ru") {
        return ends_in_one_of({"ом", "ем", "ой", "ей", "ого", "его"});
    }
    if (lang == "uk") {
        return ends_in_one_of({"ому", "ему", "ій", "ім", "ого", "ього"});
    }
    return false;
}

/// One adjective in lower case between a locative preposition and the name: "in nearby Dernau", "im
/// italienischen Perugia", "aus dem benachbarten Dernau", "в подмосковном Красногорске", "у прифронтовому
/// Покровську".
[[nodiscard]] bool after_preposition_and_adjective(const MentionContext& context, std::string_view lang) {
    const Token* adjective = context.before(1);
    const Token* preposition = context.before(2);
    if (adjective == nullptr || preposition == nullptr || adjective->kind != TokenClass::letter ||
        !u_islower(first_code_point(context.text_of(*adjective))) ||
        !locative_adjective(adjective->term, lang)) {
        return false;
    }
    if (contains(kPrepositions, lang, preposition->term)) {
        return true;
    }
    if (lang != "de") {
        return false;
    }
    if (contains(kGermanLocativeContractions, preposition->term)) {
        return true;
    }
    const Token* before_article = context.before(3);
    return (preposition->term == "dem" || preposition->term == "der") && before_article != nullptr &&
           contains(kPrepositions, lang, before_article->term);
}

/// Evidence next to the mention itself.
[[nodiscard]] bool local_evidence(const MentionContext& context, std::string_view lang, bool common_word) {
    // The dateline: the text's first word, then a comma, a parenthesis or a dash; or in Japanese brackets,
    // with its agency after it ("【マイアミ＝共同】", "【ジャカルタ共同】").
    if (context.first_token() == 0) {
        const std::string_view rest = context.text_after();
        for (const std::string_view mark : {",", " (", " —", " –", " -", "،", "（", "："}) {
            if (rest.starts_with(mark)) {
                return true;
            }
        }
        if (context.text_before().ends_with("【") &&
            (rest.starts_with("＝") || rest.starts_with("】") || rest.starts_with("共同】"))) {
            return true;
        }
    }
    for (const std::string_view suffix : kPlaceSuffixes) {
        if (context.text_after().starts_with(suffix)) {
            return true;
        }
    }
    std::string_view before = context.text_before();
    while (before.ends_with(' ')) {
        before.remove_suffix(1); // "مدينة درنة", "จังหวัด น่าน"
    }
    for (const std::string_view prefix : kPlacePrefixes) {
        if (before.ends_with(prefix)) {
            return true;
        }
    }
    if (const Token* previous = context.before(); previous != nullptr) {
        if (contains(kPlaceWordsBefore, previous->term) ||
            std::any_of(kCyrillicPlaceStems.begin(), kCyrillicPlaceStems.end(),
                        [&](std::string_view stem) { return previous->term.starts_with(stem); })) {
            return true;
        }
        if (previous->term == "of" || previous->term == "de" || previous->term == "du" ||
            previous->term == "von") {
            // "the city of X", "Bomberos de X", "maire de Perpignan", "originaire de Trente"
            if (const Token* kind = context.before(2);
                kind != nullptr &&
                (contains(kPlaceWordsBefore, kind->term) || contains(kPlaceHeadsOf, kind->term))) {
                return true;
            }
        }
        if (!common_word && (contains(kPrepositions, lang, previous->term) ||
                             after_preposition_and_adjective(context, lang))) {
            return true;
        }
    }
    if (const Token* next = context.after(); next != nullptr && contains(kPlaceWordsAfter, next->term)) {
        return true;
    }
    return false;
}

/// An Arabic preposition of place right before the mention.
[[nodiscard]] bool after_arabic_preposition(const MentionContext& context) {
    const Token* previous = context.before();
    return previous != nullptr && script_of(context.written()) == TextScript::arabic &&
           contains(kArabicPrepositions, previous->term);
}

/// An Arabic word without the conjunction or preposition written onto its article: والرياض → الرياض.
[[nodiscard]] std::string_view without_arabic_clitic(std::string_view written) {
    for (const std::string_view clitic : {"و", "ف", "ب", "ك"}) {
        if (written.starts_with(clitic) && written.substr(clitic.size()).starts_with("ال")) {
            return written.substr(clitic.size());
        }
    }
    return written;
}

/// A one-word Arabic name written with the article (after و ف ب ل ك): GeoNames' towns mostly take none, and
/// the article makes a common noun of a name that is also a word ("السيول", the floods, is no Seoul).
[[nodiscard]] bool with_arabic_article(std::string_view written) {
    if (written.find(' ') != std::string_view::npos || script_of(written) != TextScript::arabic) {
        return false;
    }
    written = without_arabic_clitic(written);
    return written.starts_with("ال") || written.starts_with("لل");
}

/// Whether the article of a one-word Arabic name is the name's own: الرياض, القاهرة are how Riyadh and Cairo
/// are written, where السيول matched Seoul (سيول) only by taking ال as an article.
[[nodiscard]] bool article_is_the_names(const EntityTable& table, const std::string& id,
                                        std::string_view written) {
    const std::string name = written.starts_with("لل")
                                 ? "ال" + std::string(written.substr(std::string_view("لل").size()))
                                 : std::string(without_arabic_clitic(written));
    return table.spells(id, name);
}

/// Whether the text between a place and the next mention makes them one list: "nach Murnau, Weilheim
/// und Innsbruck", "في سوسة والمنستير" (و written onto the next name), "в Ростове и Таганроге".
[[nodiscard]] bool continues_list(std::string_view text, std::size_t list_end, std::size_t begin) {
    if (begin < list_end) {
        return false;
    }
    const std::string_view gap = text.substr(list_end, begin - list_end);
    static constexpr std::array<std::string_view, 12> kJoins = {", ",  "، ",  " and ", " und ", " et ", " y ",
                                                                " e ", " и ", " і ",   " та ",  " or ", " و"};
    if (std::find(kJoins.begin(), kJoins.end(), gap) != kJoins.end()) {
        return true;
    }
    return gap == " " && text.substr(begin).starts_with("و"); // Arabic و is written onto the name
}

/// Whether an entity of `named` contains `id` (through parents, at any
/// depth). `regions_only`: a country is no evidence (every Chinese article
/// names China; a two-character town name there is as often a word).
[[nodiscard]] bool is_ancestor(const EntityTable& table, const std::string& id,
                               const std::unordered_set<std::string>& named, bool regions_only) {
    std::vector<const Entity*> pending;
    if (const Entity* entity = table.find(id); entity != nullptr) {
        pending.push_back(entity);
    }
    for (std::size_t depth = 0; depth < 8 && !pending.empty(); ++depth) {
        std::vector<const Entity*> next;
        for (const Entity* entity : pending) {
            for (const std::string& parent : entity->parents) {
                const Entity* up = table.find(parent);
                if (named.contains(parent) && (!regions_only || (up != nullptr && !up->parents.empty()))) {
                    return true;
                }
                if (up != nullptr) {
                    next.push_back(up);
                }
            }
        }
        pending = std::move(next);
    }
    return false;
}

/// The regions (places with a parent) that named places lie in directly.
[[nodiscard]] std::unordered_set<std::string> regions_of(const EntityTable& table,
                                                         const std::unordered_set<std::string>& named) {
    std::unordered_set<std::string> regions;
    for (const std::string& id : named) {
        if (const Entity* entity = table.find(id); entity != nullptr && entity->type == EntityType::place) {
            for (const std::string& parent : entity->parents) {
                if (const Entity* up = table.find(parent); up != nullptr && !up->parents.empty()) {
                    regions.insert(parent);
                }
            }
        }
    }
    return regions;
}

/// Whether `id` lies in one of `regions`: a town of the region another named town is in
/// ("Жители Ростова-на-Дону и Таганрога").
[[nodiscard]] bool in_region_of(const EntityTable& table, const std::string& id,
                                const std::unordered_set<std::string>& regions) {
    const Entity* entity = table.find(id);
    return entity != nullptr &&
           std::any_of(entity->parents.begin(), entity->parents.end(),
                       [&](const std::string& parent) { return regions.contains(parent); });
}

// "大阪市北区", "広島県府中市", "北京市朝阳区": a Han place right after a larger unit that does not contain
// it is that unit's namesake (Osaka's Kita ward, not Tokyo's; a Beijing district, not the city in Liaoning).
void drop_namesakes_in_other_units(MentionedText& in, const EntityTable& table) {
    std::vector<bool> namesake(in.mentions.size(), false);
    for (std::size_t i = 0; i < in.mentions.size(); ++i) {
        const EntityMention& mention = in.mentions[i];
        if (cased_script(in.text.substr(mention.begin, mention.end - mention.begin))) {
            continue;
        }
        for (const EntityMention& before : in.mentions) {
            const Entity* unit = table.find(before.id);
            if (before.end == mention.begin && before.id != mention.id && unit != nullptr &&
                unit->type == EntityType::place && !unit->parents.empty() &&
                !is_ancestor(table, mention.id, {before.id}, false) &&
                !is_ancestor(table, before.id, {mention.id}, false)) {
                namesake[i] = true;
            }
        }
    }
    std::size_t i = 0;
    std::erase_if(in.mentions, [&](const EntityMention&) { return namesake[i++]; });
}

} // namespace

void keep_supported(std::vector<MentionedText>& texts, std::string_view lang, const EntityTable& table) {
    std::unordered_set<std::string> named;     // entities named without needing evidence
    std::unordered_set<std::string> supported; // weak ones with evidence next to a mention
    std::unordered_set<std::string> uncased;   // weak ones written in a script without capitals
    std::unordered_set<std::string> located;   // weak Arabic ones after a preposition of place
    for (MentionedText& in : texts) {
        for (EntityMention& mention : in.mentions) {
            const std::string_view written = in.text.substr(mention.begin, mention.end - mention.begin);
            if (mention.from_layer && with_arabic_article(written) &&
                !article_is_the_names(table, mention.id, written)) {
                mention.needs_evidence = true; // "السيول" is "the floods", not Seoul
            }
        }
        drop_namesakes_in_other_units(in, table);
        // Where the last place with a preposition's evidence ended: a list after it shares the preposition.
        std::size_t list_end = std::string_view::npos;
        bool list_located = false;
        std::unordered_set<std::size_t> mention_ends;
        for (const EntityMention& mention : in.mentions) {
            mention_ends.insert(mention.end);
        }
        std::erase_if(in.mentions, [&](const EntityMention& mention) {
            const MentionContext context(in, mention);
            if (is_demonym(context) || after_compass_kanji(context, mention_ends.contains(mention.begin)) ||
                compass_part(context) || names_a_district(context, lang)) {
                return true;
            }
            if (!mention.needs_evidence) {
                // A place is written capitalised ("la médina" is an old town, not Medina).
                const Entity* entity = table.find(mention.id);
                if (entity != nullptr && entity->type == EntityType::place &&
                    cased_script(context.written()) && !has_upper_case(context.written())) {
                    return true;
                }
                if (mention.from_layer && !written_as_name(context, lang, in.is_title, false)) {
                    return true;
                }
                // Thailand's provinces are words of ICU's Thai dictionary: one across or inside its words is
                // a piece of others (ตราด across อัตรา|ดอกเบี้ย, "interest rate").
                if (!context.on_word_boundaries() && thai_province(entity, context.written())) {
                    return true;
                }
                named.insert(mention.id);
                return false;
            }
            if (!cased_script(context.written())) {
                uncased.insert(mention.id);
            }
            if (!written_as_name(context, lang, in.is_title, true)) {
                return true;
            }
            const bool listed = !mention.common_word && list_end != std::string_view::npos &&
                                continues_list(in.text, list_end, mention.begin);
            if (local_evidence(context, lang, mention.common_word) || (listed && !list_located)) {
                supported.insert(mention.id);
                list_end = mention.end;
                list_located = false;
            }
            if (!mention.common_word && (after_arabic_preposition(context) || (listed && list_located))) {
                located.insert(mention.id);
                list_end = mention.end;
                list_located = true;
            }
            return false;
        });
    }
    const std::unordered_set<std::string> named_regions = regions_of(table, named);
    for (MentionedText& in : texts) {
        std::erase_if(in.mentions, [&](const EntityMention& mention) {
            return mention.needs_evidence && !named.contains(mention.id) && !supported.contains(mention.id) &&
                   !is_ancestor(table, mention.id, named,
                                uncased.contains(mention.id) && !located.contains(mention.id)) &&
                   (mention.common_word || !in_region_of(table, mention.id, named_regions));
        });
    }
}

} // namespace lede::extract::places
