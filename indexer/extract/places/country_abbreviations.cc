// Countries written as one character in Chinese and Japanese news (country_abbreviations.h).

#include "indexer/extract/places/country_abbreviations.h"

#include "common/entities/text_rules.h"

#include <algorithm>
#include <array>
#include <optional>

namespace lede::extract::places {
namespace {

struct Abbreviation {
    std::string_view character;
    std::string_view id;
};

constexpr std::array<Abbreviation, 18> kJapanese = {{
    {"米", "united-states"},
    {"英", "united-kingdom"},
    {"仏", "france"},
    {"独", "germany"},
    {"露", "russia"},
    {"ロ", "russia"},
    {"中", "china"},
    {"韓", "south-korea"},
    {"伊", "italy"},
    {"加", "canada"},
    {"豪", "australia"},
    {"印", "india"},
    {"台", "taiwan"},
    {"朝", "north-korea"},
    {"宇", "ukraine"},
    {"土", "turkey"},
    {"叙", "syria"},
    {"日", "japan"},
}};

constexpr std::array<Abbreviation, 14> kChinese = {{
    {"美", "united-states"},
    {"英", "united-kingdom"},
    {"法", "france"},
    {"德", "germany"},
    {"俄", "russia"},
    {"日", "japan"},
    {"韩", "south-korea"},
    {"朝", "north-korea"},
    {"中", "china"},
    {"乌", "ukraine"},
    {"以", "israel"},
    {"意", "italy"},
    {"澳", "australia"},
    {"印", "india"},
}};

// Words of state, trade and war that follow a country's character.
constexpr std::array<std::string_view, 44> kJapaneseNext = {
    "政府",     "大統領", "首相",   "国務省",   "国防総省", "国務長官", "国防長官", "当局", "紙",
    "企業",     "大手",   "外務省", "議会",     "外相",     "首脳",     "株",       "市場", "経済",
    "中央銀行", "大使館", "大使",   "国債",     "両国",     "関係",     "会談",     "同盟", "協議",
    "貿易",     "対立",   "戦争",   "製",       "連邦",     "国防相",   "財務省",   "海軍", "空軍",
    "陸軍",     "政権",   "軍",     "メディア", "側",       "間",       "首脳会談", "外交"};
constexpr std::array<std::string_view, 27> kChineseNext = {
    "方",   "军",   "政府",   "总统",   "国务卿", "外长", "两国", "关系", "元首",
    "会晤", "会谈", "贸易",   "冲突",   "战争",   "边境", "谈判", "峰会", "领导人",
    "官员", "媒体", "外交部", "国防部", "总理",   "首相", "大使", "使馆", "舰"};
// Characters a Chinese country's character may follow: words of relation, not the start of a longer word.
constexpr std::array<std::string_view, 20> kChineseBefore = {"与", "和", "同", "对", "及", "是", "而",
                                                             "但", "据", "向", "被", "由", "将", "称",
                                                             "在", "让", "跟", "的", "为", "从"};

constexpr std::size_t kMaxRun = 4;

class Finder {
public:
    Finder(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
           const std::vector<EntityMention>& known, const EntityTable& table)
        : text_(text), tokens_(tokens), japanese_(lang == "ja"), known_(known), table_(table),
          chars_(detail::characters_of(text)) {}

    std::vector<AbbreviatedCountry> run() {
        for (std::size_t i = 0; i < chars_.size();) {
            const std::size_t end = run_end(i);
            if (end > i && starts_well(i) && ends_well(i, end)) {
                for (std::size_t k = i; k < end; ++k) {
                    add(k);
                }
            }
            i = std::max(end, i + 1);
        }
        return std::move(out_);
    }

private:
    [[nodiscard]] std::string_view char_at(std::size_t k) const {
        return text_.substr(chars_[k].begin, chars_[k].end - chars_[k].begin);
    }
    [[nodiscard]] std::optional<std::string_view> country_at(std::size_t k) const {
        const auto find = [&](const auto& table) -> std::optional<std::string_view> {
            for (const Abbreviation& a : table) {
                if (a.character == char_at(k)) {
                    return a.id;
                }
            }
            return std::nullopt;
        };
        return japanese_ ? find(kJapanese) : find(kChinese);
    }
    [[nodiscard]] std::size_t run_end(std::size_t i) const {
        std::size_t end = i;
        while (end < chars_.size() && end - i < kMaxRun && country_at(end)) {
            ++end;
        }
        return end;
    }
    // Not the tail of another word: 南米, 北米, 新米, 渡米; in Chinese a word of relation may stand before.
    [[nodiscard]] bool starts_well(std::size_t i) const {
        if (i == 0 || !detail::is_han(chars_[i - 1].c)) {
            return true;
        }
        return !japanese_ && std::find(kChineseBefore.begin(), kChineseBefore.end(), char_at(i - 1)) !=
                                 kChineseBefore.end();
    }
    [[nodiscard]] bool ends_well(std::size_t i, std::size_t end) const {
        const std::string_view run = text_.substr(chars_[i].begin, chars_[end - 1].end - chars_[i].begin);
        if ((japanese_ && run == "中米") || (end - i == 1 && char_at(i) == "ロ")) {
            return false; // Central America; a lone ロ is a syllable
        }
        const std::string_view after = text_.substr(chars_[end - 1].end);
        const auto next_is = [&](const auto& words) {
            return std::any_of(words.begin(), words.end(),
                               [&](std::string_view w) { return after.starts_with(w); });
        };
        if (japanese_ ? next_is(kJapaneseNext) : next_is(kChineseNext)) {
            return true;
        }
        // 仏ルノー, 独VW: a firm of that country, not after 中 or 日 (中トロ, 日テレ).
        if (japanese_ && end - i == 1 && char_at(i) != "中" && char_at(i) != "日" && end < chars_.size()) {
            const char32_t next = chars_[end].c;
            return detail::is_katakana(next) || (next >= 'A' && next <= 'Z');
        }
        return false;
    }
    void add(std::size_t k) {
        const std::size_t begin = chars_[k].begin, end = chars_[k].end;
        const bool covered = std::any_of(known_.begin(), known_.end(), [&](const EntityMention& m) {
            return m.begin < end && begin < m.end;
        });
        const std::optional<std::string_view> id = country_at(k);
        const Entity* entity = id ? table_.find(*id) : nullptr;
        if (covered || entity == nullptr) {
            return;
        }
        AbbreviatedCountry country{std::string(*id), entity->name, begin, end, 0, 0};
        bool first = true;
        for (std::size_t t = 0; t < tokens_.size(); ++t) {
            if (tokens_[t].begin < end && begin < tokens_[t].end) {
                if (first) {
                    country.first_token = t;
                    first = false;
                }
                ++country.token_count;
            }
        }
        out_.push_back(std::move(country));
    }

    std::string_view text_;
    const std::vector<Token>& tokens_;
    bool japanese_;
    const std::vector<EntityMention>& known_;
    const EntityTable& table_;
    std::vector<detail::Character> chars_;
    std::vector<AbbreviatedCountry> out_;
};

} // namespace

std::vector<AbbreviatedCountry>
find_country_abbreviations(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
                           const std::vector<EntityMention>& known, const EntityTable& table) {
    if (lang != "ja" && lang != "zh") {
        return {};
    }
    return Finder(text, tokens, lang, known, table).run();
}

} // namespace lede::extract::places
