// The words that make a kanji run a person's name in Japanese text: titles after it, honorifics in kana,
// an age in brackets, the occupation some reports write before it. Lists are of this file's own choosing:
// the titles news writes after a name, and none that also ends the name of a place or a thing.

#include "indexer/extract/names/kanji_cues.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace lede::extract::names::kanji_cues {
namespace {

using namespace std::string_view_literals;

// Written right after a person's name. Ministers are "<ministry>相"; heads "<body>長".
constexpr std::array kTitles = {
    // honorifics
    "氏"sv, "様"sv, "君"sv, "殿"sv, "夫人"sv,
    // government and parliament
    "首相"sv, "総理"sv, "総理大臣"sv, "内閣総理大臣"sv, "大統領"sv, "国家主席"sv, "首席"sv, "大臣"sv,
    "長官"sv, "官房長官"sv, "官房副長官"sv, "次官"sv, "事務次官"sv, "政務官"sv, "補佐官"sv, "報道官"sv,
    "秘書官"sv, "大使"sv, "総領事"sv, "知事"sv, "都知事"sv, "道知事"sv, "府知事"sv, "県知事"sv, "市長"sv,
    "町長"sv, "村長"sv, "区長"sv, "議長"sv, "議員"sv, "衆院議員"sv, "参院議員"sv, "衆議院議員"sv,
    "参議院議員"sv, "都議"sv, "道議"sv, "府議"sv, "県議"sv, "市議"sv, "区議"sv, "町議"sv, "村議"sv, "外相"sv,
    "防衛相"sv, "財務相"sv, "法相"sv, "総務相"sv, "文部科学相"sv, "文科相"sv, "厚生労働相"sv, "厚労相"sv,
    "農林水産相"sv, "農水相"sv, "経済産業相"sv, "経産相"sv, "国土交通相"sv, "国交相"sv, "環境相"sv,
    "復興相"sv, "経済再生相"sv, "経済財政相"sv, "担当相"sv, "内相"sv, "蔵相"sv, "国防相"sv, "経済相"sv,
    "農相"sv, "労相"sv, "厚相"sv, "運輸相"sv, "保健相"sv, "教育相"sv, "文相"sv, "通産相"sv, "郵政相"sv,
    "建設相"sv,
    // parties
    "代表"sv, "党首"sv, "総裁"sv, "幹事長"sv, "政調会長"sv, "政務調査会長"sv, "総務会長"sv, "国対委員長"sv,
    "選対委員長"sv, "委員長"sv, "書記長"sv, "書記局長"sv, "委員"sv,
    // companies and bodies
    "社長"sv, "会長"sv, "頭取"sv, "取締役"sv, "代表取締役"sv, "専務"sv, "常務"sv, "執行役員"sv, "理事長"sv,
    "理事"sv, "専務理事"sv, "所長"sv, "部長"sv, "局長"sv, "課長"sv, "室長"sv, "支店長"sv, "店長"sv,
    "工場長"sv, "本部長"sv, "事務局長"sv, "事務総長"sv, "最高経営責任者"sv, "顧問"sv, "相談役"sv, "会頭"sv,
    "組合長"sv, "園長"sv, "館長"sv, "院長"sv, "学長"sv, "校長"sv, "総長"sv, "教頭"sv, "団長"sv, "隊長"sv,
    "船長"sv, "機長"sv, "署長"sv, "創業者"sv,
    // courts and police
    "容疑者"sv, "被告"sv, "被告人"sv, "受刑者"sv, "死刑囚"sv, "弁護士"sv, "検事"sv, "検事正"sv, "検事総長"sv,
    "裁判長"sv, "裁判官"sv, "判事"sv, "巡査"sv, "巡査長"sv, "巡査部長"sv, "警部"sv, "警部補"sv, "警視"sv,
    "警視正"sv, "警視長"sv, "警視監"sv, "警視総監"sv, "幕僚長"sv,
    // learning, press, health
    "教授"sv, "准教授"sv, "名誉教授"sv, "特任教授"sv, "客員教授"sv, "助教"sv, "講師"sv, "研究員"sv,
    "主任研究員"sv, "上席研究員"sv, "記者"sv, "特派員"sv, "支局長"sv, "編集長"sv, "論説委員"sv, "編集委員"sv,
    "医師"sv, "歯科医師"sv, "獣医師"sv, "看護師"sv, "薬剤師"sv,
    // sport, arts, religion
    "選手"sv, "監督"sv, "投手"sv, "捕手"sv, "内野手"sv, "外野手"sv, "騎手"sv, "主将"sv, "棋士"sv, "名人"sv,
    "竜王"sv, "九段"sv, "八段"sv, "七段"sv, "六段"sv, "五段"sv, "四段"sv, "作家"sv, "俳優"sv, "歌手"sv,
    "画家"sv, "詩人"sv, "住職"sv, "宮司"sv, "牧師"sv, "神父"sv};

// Before a title: 元首相 (former), 前社長 (previous), 副大統領 (vice), 次期 (next).
constexpr std::array kQualifiers = {"元"sv, "前"sv, "副"sv, "現"sv, "新"sv, "次期"sv, "初代"sv};

constexpr std::string_view kJoiner = "兼"; // 社長兼会長

// The last words of a minister's or an agency head's title whose first words name the portfolio or the
// agency, too many to list: 経済安全保障担当相, 防衛大臣, 消費者庁長官.
constexpr std::array kPortfolioHeads = {"担当相"sv, "担当大臣"sv, "大臣"sv, "庁長官"sv};
constexpr std::size_t kMaxPortfolioBytes = 10 * 3; // ten kanji

constexpr std::array kDivisionSuffixes = {"都"sv, "道"sv, "府"sv, "県"sv, "市"sv, "区"sv, "町"sv, "村"sv};

// The last kanji of a body's name before its head's title: a division (大阪市長), a party (自民党幹事長), a
// ministry (総務省事務次官), an agency (気象庁長官).
constexpr std::array kBodySuffixes = {"都"sv, "道"sv, "府"sv, "県"sv, "市"sv, "区"sv,
                                      "町"sv, "村"sv, "党"sv, "省"sv, "庁"sv};
constexpr std::size_t kMaxBodyBytes = 6 * 3; // six kanji

// In one kanji run before the name (crime and accident reports: 無職山田太郎容疑者): occupations that are
// no title after a name, and 故 (the late).
constexpr std::array kWordsBeforeName = {"故"sv,         "無職"sv,     "会社員"sv,   "会社役員"sv, "自営業"sv,
                                         "公務員"sv,     "団体職員"sv, "派遣社員"sv, "契約社員"sv, "大学生"sv,
                                         "大学院生"sv,   "短大生"sv,   "高校生"sv,   "中学生"sv,   "小学生"sv,
                                         "専門学校生"sv, "学生"sv,     "主婦"sv,     "農業"sv,     "漁業"sv,
                                         "教員"sv,       "会社社長"sv, "住所不定"sv, "職業不詳"sv, "自称"sv};

constexpr std::array kKanaHonorifics = {"さん"sv, "ちゃん"sv, "くん"sv, "さま"sv};

// The kana an honorific may be followed by: the first kana of a particle (は, が, の, ら, たち, など ...).
constexpr std::string_view kParticleStarts = "はがのらともにをへやでかよたな";

// Decodes the code point at the start of `text` (0 when not UTF-8); `size` gets its length.
[[nodiscard]] char32_t code_point(std::string_view text, std::size_t& size) {
    size = 0;
    if (text.empty()) {
        return 0;
    }
    const auto lead = static_cast<std::uint8_t>(text[0]);
    size = lead < 0x80U ? 1 : lead < 0xE0U ? 2 : lead < 0xF0U ? 3 : 4;
    if (size > text.size()) {
        size = 0;
        return 0;
    }
    char32_t code = size == 1 ? lead : lead & (0xFFU >> (size + 1));
    for (std::size_t i = 1; i < size; ++i) {
        code = (code << 6U) | (static_cast<std::uint8_t>(text[i]) & 0x3FU);
    }
    return code;
}

[[nodiscard]] bool is_hiragana(char32_t code) {
    return code >= U'\u3041' && code <= U'\u3096';
}

// The longest word of `words` that `text` starts with; 0 when none.
template <std::size_t N>
[[nodiscard]] std::size_t longest_prefix(std::string_view text,
                                         const std::array<std::string_view, N>& words) {
    std::size_t longest = 0;
    for (const std::string_view word : words) {
        if (word.size() > longest && text.starts_with(word)) {
            longest = word.size();
        }
    }
    return longest;
}

} // namespace

bool is_title(std::string_view tail) {
    if (tail.empty()) {
        return false;
    }
    for (const std::string_view head : kPortfolioHeads) {
        if (tail.size() > head.size() && tail.size() <= kMaxPortfolioBytes && tail.ends_with(head)) {
            return true;
        }
    }
    while (!tail.empty()) {
        // A qualifier only counts when a title follows it.
        const std::size_t before = longest_prefix(tail, kQualifiers);
        if (before > 0 && longest_prefix(tail.substr(before), kTitles) > 0) {
            tail.remove_prefix(before);
        }
        const std::size_t title = longest_prefix(tail, kTitles);
        if (title == 0) {
            return false;
        }
        tail.remove_prefix(title);
        if (tail.starts_with(kJoiner) && tail.size() > kJoiner.size()) {
            tail.remove_prefix(kJoiner.size());
        }
    }
    return true;
}

bool is_body_and_title(std::string_view tail) {
    const std::size_t first = longest_prefix(tail, kQualifiers);
    if (first > 0 && first < tail.size()) {
        tail.remove_prefix(first);
    }
    // Kanji are three bytes each in UTF-8 (CJK Extension B and beyond are four, and no suffix is one).
    for (std::size_t end = 6; end <= kMaxBodyBytes && end < tail.size(); end += 3) {
        const std::string_view last = tail.substr(end - 3, 3);
        if (std::find(kBodySuffixes.begin(), kBodySuffixes.end(), last) != kBodySuffixes.end() &&
            is_title(tail.substr(end))) {
            return true;
        }
    }
    return false;
}

std::size_t qualifier(std::string_view text) {
    return longest_prefix(text, kQualifiers);
}

std::size_t division_suffix(std::string_view text) {
    return longest_prefix(text, kDivisionSuffixes);
}

std::size_t kana_honorific(std::string_view text) {
    const std::size_t honorific = longest_prefix(text, kKanaHonorifics);
    if (honorific == 0) {
        return 0;
    }
    std::size_t size = 0;
    const char32_t next = code_point(text.substr(honorific), size);
    if (is_hiragana(next) && kParticleStarts.find(text.substr(honorific, size)) == std::string_view::npos) {
        return 0;
    }
    return honorific;
}

std::size_t bracketed_age(std::string_view text) {
    std::size_t at = 0;
    std::size_t size = 0;
    const char32_t open = code_point(text, size);
    if (open != U'（' && open != U'(') {
        return 0;
    }
    at += size;
    std::size_t digits = 0;
    for (;;) {
        const char32_t code = code_point(text.substr(at), size);
        if ((code >= U'0' && code <= U'9') || (code >= U'０' && code <= U'９')) {
            ++digits;
            at += size;
            continue;
        }
        if (digits == 0 || digits > 3 || (code != U'）' && code != U')')) {
            return 0;
        }
        return at + size;
    }
}

std::size_t word_before_name(std::string_view run) {
    return longest_prefix(run, kWordsBeforeName);
}

} // namespace lede::extract::names::kanji_cues
