// Chinese people named in Han characters (习近平, 王毅, 欧阳娜娜), in Chinese text only. A surname and
// one or two characters are everywhere in running text (王国, 高速, 马上, 周末), so a name needs a cue: a
// role before it (外长王毅), a speech verb or honorific after it (王毅表示, 李明先生), or its age after it
// (张伟（45岁）). The name's length comes from the cues on both sides and from ICU's dictionary
// segmentation: the surname is a word of its own (马上, 王国, 黄金 are one word) and the name cuts no
// word. The id is the name's pinyin (chinese_surnames.cc).

#include "indexer/extract/names/chinese_surnames.h"
#include "indexer/extract/names/discovery.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace lede::extract::names {
namespace {

constexpr std::size_t kMaxGivenCharacters = 2;

// Roles, titles and nouns for people that a person's name follows (外交部长王毅, 村民李明华, 乘客张丽).
constexpr std::string_view kRolesBefore[] = {
    "主席",       "副主席", "总统",   "副总统", "总理",   "副总理",   "部长",   "副部长",     "外长",
    "发言人",     "大使",   "市长",   "副市长", "省长",   "副省长",   "县长",   "镇长",       "村长",
    "区长",       "书记",   "局长",   "主任",   "院长",   "校长",     "所长",   "厅长",       "处长",
    "科长",       "会长",   "行长",   "秘书长", "董事长", "总裁",     "总经理", "首席执行官", "执行官",
    "董事会主席", "总干事", "经理",   "负责人", "创始人", "教授",     "研究员", "专家",       "学者",
    "经济学家",   "分析师", "记者",   "通讯员", "编辑",   "警官",     "民警",   "法官",       "检察官",
    "律师",       "队长",   "船长",   "机长",   "指挥员", "消防员",   "医生",   "护士",       "司机",
    "村民",       "居民",   "市民",   "目击者", "遇难者", "死者",     "伤者",   "幸存者",     "嫌疑人",
    "被告人",     "男子",   "女子",   "女士",   "老人",   "委员",     "议员",   "主持人",     "运动员",
    "选手",       "教练",   "作家",   "导演",   "司令员", "政委",     "将军",   "上将",       "中将",
    "少将",       "预报员", "飞行员", "航天员", "技术员", "工作人员", "官员",   "队员",       "球员",
    "演员",       "船员",   "调查员", "观察员", "工程师", "设计师",   "教师",   "医师",       "讲师",
    "学生",       "研究生", "患者",   "志愿者", "农民",   "渔民",     "牧民",   "工人",       "员工",
    "职工",       "店主",   "业主",   "网友",   "游客",   "乘客",     "交警",   "战士",       "士兵",
    "冠军",       "得主",   "裁判",   "妻子",   "丈夫",   "儿子",     "女儿",   "母亲",       "父亲",
    "家属",       "邻居",   "同事"};

// Words that follow a person's name: speech verbs and honorifics (王毅表示, 李明先生).
constexpr std::string_view kCuesAfter[] = {"说",   "表示", "称",   "指出", "透露", "介绍", "告诉", "回忆",
                                           "认为", "强调", "坦言", "补充", "解释", "证实", "承认", "宣布",
                                           "报道", "提到", "谈到", "呼吁", "建议", "直言", "答道", "问道",
                                           "回应", "先生", "女士", "同志", "教授", "博士", "院士", "老师"};

// Function characters, which end a name and are none of its given name (王毅在, 张伟的).
constexpr std::string_view kFunctionCharacters[] = {
    "在", "的", "是", "和", "与", "等", "对", "向", "将", "已", "也", "都", "就", "于", "为",
    "被", "把", "从", "说", "称", "及", "或", "还", "又", "再", "曾", "并", "而", "则", "却",
    "但", "因", "由", "以", "给", "让", "跟", "同", "了", "着", "过", "到", "得", "地", "之",
    "所", "且", "即", "便", "不", "没", "未", "会", "要", "能", "可", "来", "去", "今", "昨",
    "这", "那", "个", "当", "每", "各", "该", "此", "其", "率", "赴"};

// Characters before 区 in the words of areas (居民区, 社区, 市区, 景区, 灾区, 地区, 街区, 校区 …).
// Not 村民: 村民区志明 is a villager named Ou.
constexpr std::string_view kAreaBefore[] = {
    "居民", "社", "市", "城", "景", "园", "小", "辖", "灾", "山", "地", "街", "校",   "郊",   "牧",  "林",
    "矿",   "疫", "震", "新", "老", "禁", "战", "片", "商", "厂", "港", "特", "开发", "保护", "住宅"};

// Function characters that may stand right before a name (据王毅介绍, 向李明了解).
constexpr std::string_view kBeforeName[] = {"据", "对", "向", "与", "和", "同", "跟", "被", "由", "让",
                                            "请", "给", "及", "问", "经", "为", "派", "令", "叫", "陪"};

// Characters no given name has: a lone surname with a word (王某, 王家, 王总, 王方), a unit or a
// place's head (王村, 张县), a pronoun, and the verbs and nouns of words that open with a surname's
// character (单打 "singles", 双打, 单位, 单程).
constexpr std::string_view kNotInGivenName[] = {
    "某", "氏", "家", "总", "姓", "们", "先", "女", "方", "省", "市", "县", "镇", "村",
    "乡", "局", "部", "委", "处", "厅", "院", "校", "队", "组", "岁", "年", "月", "日",
    "号", "时", "分", "位", "名", "次", "些", "哪", "什", "么", "啥", "本", "我", "你",
    "他", "她", "它", "咱", "自", "己", "人", "者", "打", "程", "项", "场", "赛"};

// Words of address after a surname alone (李师傅, 王大爷): no given name.
constexpr std::string_view kAddressTerms[] = {"师傅", "大爷", "大妈", "大娘", "大姐", "大哥", "大叔", "阿姨",
                                              "奶奶", "爷爷", "婆婆", "老板", "小姐", "夫人", "太太", "同学"};

// Characters of transliterated foreign names (马克龙, 古特雷斯, 苏纳克) that Chinese given names do not use.
constexpr std::string_view kTransliteration[] = {
    "斯", "尔", "克", "姆", "夫", "兹", "茨", "基", "普", "奇", "维", "瓦", "塔", "库",
    "顿", "戈", "科", "洛", "耶", "沃", "纳", "谢", "蒂", "赫", "埃", "阿", "奥", "乌",
    "索", "卡", "迪", "莱", "默", "勒", "格", "伊", "萨", "诺", "拉", "里", "朗", "佩",
    "塞", "亚", "西", "尼", "布", "巴", "特", "罗", "切", "肯", "米"};

// Names from these places are romanised otherwise (Korean, Japanese, Vietnamese; Wade-Giles in
// Taiwan, Cantonese in Hong Kong and Macau, Hokkien in Singapore): pinyin would give a wrong id.
constexpr std::string_view kOtherRomanisations[] = {
    "韩国", "韩方", "朝鲜", "日本", "日方", "越南", "新加坡", "马来西亚", "台湾", "台北", "香港", "港府",
    "澳门", "民进党", "国民党", "蒙古",
    // their cities and seats of government, which a sentence may name instead (首尔市长吴世勋)
    "首尔", "釜山", "仁川", "平壤", "青瓦台", "东京", "大阪", "河内", "胡志明市", "高雄", "台中", "吉隆坡"};

// Foreign names are joined by a middle dot (唐纳德·特朗普): no part of one is a Chinese name.
constexpr std::string_view kNameDots[] = {"·", "・", "•", "‧"};

constexpr std::string_view kSentenceEnds[] = {"。", "！", "？", "\n", "!", "?"};

template <std::size_t N>
[[nodiscard]] bool starts_with_any(std::string_view text, const std::string_view (&words)[N]) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return text.starts_with(w); });
}

template <std::size_t N>
[[nodiscard]] bool ends_with_any(std::string_view text, const std::string_view (&words)[N]) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return text.ends_with(w); });
}

template <std::size_t N>
[[nodiscard]] bool is_one_of(std::string_view character, const std::string_view (&words)[N]) {
    return std::find(std::begin(words), std::end(words), character) != std::end(words);
}

// The code point at `at` and its length, for the Han test.
[[nodiscard]] std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    const std::size_t length = lead < 0x80U ? 1 : lead < 0xE0U ? 2 : lead < 0xF0U ? 3 : 4;
    if (at + length > text.size() || length == 1) {
        return {lead, 1};
    }
    char32_t code = lead & (length == 2 ? 0x1FU : length == 3 ? 0x0FU : 0x07U);
    for (std::size_t i = 1; i < length; ++i) {
        code = (code << 6U) | (byte(i) & 0x3FU);
    }
    return {code, length};
}

[[nodiscard]] bool is_han(char32_t code) {
    return (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3400 && code <= 0x4DBF) ||
           (code >= 0xF900 && code <= 0xFAFF) || (code >= 0x20000 && code <= 0x2FA1F);
}

// "（45岁）", "(45岁)" right after the name.
[[nodiscard]] bool age_follows(std::string_view rest) {
    for (const std::string_view open : {std::string_view("（"), std::string_view("(")}) {
        if (rest.starts_with(open)) {
            rest.remove_prefix(open.size());
            std::size_t digits = 0;
            while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
                ++digits;
            }
            return digits > 0 && digits <= 3 && rest.substr(digits).starts_with("岁");
        }
    }
    return false;
}

enum class RightEdge { none, stop, cue };

} // namespace

// Byte offsets of each character of the Han run at `begin`, and of its end.
std::vector<std::size_t> Discovery::han_run(std::size_t begin) const {
    std::vector<std::size_t> offsets;
    std::size_t at = begin;
    while (at < text_.size()) {
        const auto [code, length] = decode(text_, at);
        if (!is_han(code)) {
            break;
        }
        offsets.push_back(at);
        at += length;
    }
    offsets.push_back(at);
    return offsets;
}

// Whether bytes [begin, end) are whole tokens that no name holds yet; `first` and `last` get them.
bool Discovery::free_tokens(std::size_t begin, std::size_t end, std::size_t& first, std::size_t& last) const {
    const auto by_begin = [](const Token& token, std::size_t at) { return token.begin < at; };
    const auto from = std::lower_bound(tokens_.begin(), tokens_.end(), begin, by_begin);
    if (from == tokens_.end() || from->begin != begin) {
        return false;
    }
    first = static_cast<std::size_t>(from - tokens_.begin());
    last = first;
    while (last < tokens_.size() && tokens_[last].end < end) {
        ++last;
    }
    if (last == tokens_.size() || tokens_[last].end != end) {
        return false;
    }
    ++last;
    return !any_taken(first, last) &&
           std::none_of(used_.begin() + static_cast<std::ptrdiff_t>(first),
                        used_.begin() + static_cast<std::ptrdiff_t>(last), [](bool used) { return used; });
}

// Whether a token of the analyser begins or ends at byte `at`: a word's edge in ICU's segmentation.
bool Discovery::token_edge(std::size_t at) const {
    const auto by_begin = [](const Token& token, std::size_t offset) { return token.begin < offset; };
    const auto next = std::lower_bound(tokens_.begin(), tokens_.end(), at, by_begin);
    return (next != tokens_.end() && next->begin == at) ||
           (next != tokens_.begin() && std::prev(next)->end == at);
}

// Names whose pinyin would be wrong: a place romanised otherwise named earlier in the sentence.
bool Discovery::other_romanisation(std::size_t at) const {
    std::size_t sentence = 0;
    for (const std::string_view end : kSentenceEnds) {
        const std::size_t found = text_.rfind(end, at);
        if (found != std::string_view::npos && found + end.size() <= at) {
            sentence = std::max(sentence, found + end.size());
        }
    }
    const std::string_view before = text_.substr(sentence, at - sentence);
    if (before.ends_with("（记者") || before.ends_with("(记者")) {
        return false; // a Chinese agency's byline: "中新社首尔10月31日电（记者刘旭）"
    }
    return std::any_of(std::begin(kOtherRomanisations), std::end(kOtherRomanisations),
                       [&](std::string_view place) { return before.find(place) != std::string_view::npos; });
}

void Discovery::chinese_names() {
    if (lang_ != "zh") {
        return;
    }
    std::vector<ChineseName> names;
    std::vector<std::string_view> refused; // pinyin would spell them wrong, wherever they stand
    for (std::size_t at = 0; at < text_.size();) {
        const auto [code, length] = decode(text_, at);
        if (!is_han(code)) {
            at += length;
            continue;
        }
        const std::vector<std::size_t> run = han_run(at);
        chinese_names_in(run, names, refused);
        at = run.back();
    }
    // "韩国总统尹锡悦表示……尹锡悦说": the sentence naming the place may come first only.
    std::vector<std::string_view> accepted;
    for (ChineseName& name : names) {
        const std::string_view written = text_.substr(name.begin, name.end - name.begin);
        std::size_t first = 0;
        std::size_t last = 0;
        if (std::find(refused.begin(), refused.end(), written) == refused.end() &&
            !dotted_elsewhere(written) && free_tokens(name.begin, name.end, first, last)) {
            add(first, last, EntityType::person, std::move(name.id));
            if (std::find(accepted.begin(), accepted.end(), written) == accepted.end()) {
                accepted.push_back(written);
            }
        }
    }
    for (const std::string_view name : accepted) {
        recurring_chinese_name(name);
    }
}

void Discovery::chinese_names_in(const std::vector<std::size_t>& run, std::vector<ChineseName>& names,
                                 std::vector<std::string_view>& refused) {
    const std::size_t characters = run.size() - 1;
    const bool dot_before = ends_with_any(text_.substr(0, run.front()), kNameDots);
    const bool dot_after = starts_with_any(text_.substr(run.back()), kNameDots);
    const auto character = [&](std::size_t k) { return text_.substr(run[k], run[k + 1] - run[k]); };
    for (std::size_t k = 0; k < characters; ++k) {
        const std::size_t begin = run[k];
        const std::size_t surname_bytes = chinese::surname_at(text_.substr(begin, run.back() - begin));
        // The surname is a word of its own: one word with the next character is mostly a word (马上,
        // 王国, 黄金), though the dictionary also joins some names so (周文|斌), which are then missed.
        if (surname_bytes == 0 || !token_edge(begin) || !token_edge(begin + surname_bytes)) {
            continue;
        }
        // 区 ends an area's word more often than it opens a name: 居民区密集 is a dense residential area.
        if (text_.substr(begin, surname_bytes) == "区" &&
            ends_with_any(text_.substr(0, begin), kAreaBefore)) {
            continue;
        }
        const std::size_t surname_characters = surname_bytes / 3;
        // Left: a role, or the run's start, or a function character that is a word of its own.
        const std::string_view before = text_.substr(run.front(), begin - run.front());
        const bool role = ends_with_any(before, kRolesBefore);
        const bool edge = (k == 0 && !dot_before) ||
                          (k > 0 && is_one_of(character(k - 1), kBeforeName) && token_edge(run[k - 1]));
        if (!role && !edge) {
            continue;
        }
        RightEdge edges[kMaxGivenCharacters + 1] = {};
        bool valid[kMaxGivenCharacters + 1] = {};
        for (std::size_t given = 1; given <= kMaxGivenCharacters; ++given) {
            const std::size_t stop = k + surname_characters + given;
            if (stop > characters) {
                break;
            }
            const std::size_t end = run[stop];
            valid[given] = token_edge(end) && !(stop == characters && dot_after);
            for (std::size_t g = k + surname_characters; g < stop && valid[given]; ++g) {
                const std::string_view rest = text_.substr(run[g], run.back() - run[g]);
                valid[given] = !is_one_of(character(g), kFunctionCharacters) &&
                               !is_one_of(character(g), kNotInGivenName) &&
                               !is_one_of(character(g), kTransliteration) &&
                               !starts_with_any(rest, kCuesAfter) && !starts_with_any(rest, kRolesBefore) &&
                               !starts_with_any(rest, kAddressTerms);
            }
            const std::string_view after = text_.substr(end, run.back() - end);
            if (stop == characters) {
                edges[given] = age_follows(text_.substr(end)) ? RightEdge::cue : RightEdge::stop;
            } else if (starts_with_any(after, kCuesAfter)) {
                edges[given] = RightEdge::cue;
            } else if (is_one_of(character(stop), kFunctionCharacters)) {
                edges[given] = RightEdge::stop;
            }
        }
        std::size_t chosen = 0;
        for (const RightEdge wanted : {RightEdge::cue, RightEdge::stop, RightEdge::none}) {
            if (wanted != RightEdge::cue && !role) {
                break; // without a role, only a cue after the name delimits it
            }
            std::size_t matching = 0;
            for (std::size_t given = 1; given <= kMaxGivenCharacters; ++given) {
                if (valid[given] && edges[given] == wanted) {
                    chosen = given;
                    ++matching;
                }
            }
            if (matching > 1 && wanted == RightEdge::none) {
                chosen = kMaxGivenCharacters; // two given characters are the common case
            } else if (matching > 1) {
                chosen = 0; // two cues: no telling
            }
            if (matching > 0) {
                break;
            }
        }
        // 曾 is the adverb "once" as often as a surname, always so after a role (部长曾公开表示):
        // only a name opening a clause, with a cue after it, is a person.
        const std::string_view surname = text_.substr(begin, surname_bytes);
        if (chosen == 0 || (surname == "曾" && (role || edges[chosen] != RightEdge::cue))) {
            continue;
        }
        const std::size_t end = run[k + surname_characters + chosen];
        if (other_romanisation(begin) || foreign_name_goes_on(run, k + surname_characters + chosen)) {
            refused.push_back(text_.substr(begin, end - begin));
            continue;
        }
        std::size_t first = 0;
        std::size_t last = 0;
        if (!free_tokens(begin, end, first, last)) {
            continue;
        }
        std::string id =
            chinese::pinyin_id(surname, text_.substr(begin + surname_bytes, end - begin - surname_bytes));
        if (id.empty()) {
            continue;
        }
        names.push_back({begin, end, std::move(id)});
        k += surname_characters + chosen - 1;
    }
}

// "约翰·马丁……马丁说": part of a foreign name joined by a middle dot somewhere in the text.
bool Discovery::dotted_elsewhere(std::string_view name) const {
    for (std::size_t at = text_.find(name); at != std::string_view::npos; at = text_.find(name, at + 1)) {
        if (ends_with_any(text_.substr(0, at), kNameDots) ||
            starts_with_any(text_.substr(at + name.size()), kNameDots)) {
            return true;
        }
    }
    return false;
}

// "梅德韦杰夫": characters the dictionary does not know as words, one of them a transliteration's,
// within a few characters after the name, before a word, a function character or a cue.
bool Discovery::foreign_name_goes_on(const std::vector<std::size_t>& run, std::size_t stop) const {
    for (std::size_t k = stop; k + 1 < run.size() && k < stop + kMaxGivenCharacters + 1; ++k) {
        const std::string_view character = text_.substr(run[k], run[k + 1] - run[k]);
        if (!token_edge(run[k + 1]) || is_one_of(character, kFunctionCharacters) ||
            starts_with_any(text_.substr(run[k]), kCuesAfter)) {
            return false; // a word (特别), a function character or a cue ends the name
        }
        if (is_one_of(character, kTransliteration)) {
            return true;
        }
    }
    return false;
}

// Whether the name whose first token is `first` begins there: no surname standing alone as a word
// before it (张 in 张李明 would make another name).
bool Discovery::word_before(std::size_t first) const {
    const std::size_t at = tokens_[first].begin;
    const auto [code, length] = at >= 3 ? decode(text_, at - 3) : std::pair<char32_t, std::size_t>{0, 0};
    if (first == 0 || length != 3 || !is_han(code) || tokens_[first - 1].end != at) {
        return true;
    }
    const std::string_view previous = raw(first - 1);
    return previous.size() > 3 || chinese::surname_at(previous) == 0 ||
           is_one_of(previous, kFunctionCharacters);
}

// Whether the name whose tokens end before `last` ends there: nothing after it in its run, or a
// function character, a cue, or a word of more than one character begins there (not 华 in 李明华).
bool Discovery::word_after(std::size_t last) const {
    const std::size_t end = tokens_[last - 1].end;
    if (end >= text_.size() || !is_han(decode(text_, end).first)) {
        return true;
    }
    if (last >= tokens_.size() || tokens_[last].begin != end) {
        return false; // a Han character no token starts on: no telling
    }
    const std::string_view next = raw(last);
    return (next.size() > 3 && !starts_with_any(next, kTransliteration)) ||
           is_one_of(next, kFunctionCharacters) || starts_with_any(text_.substr(end), kCuesAfter);
}

// "外长王毅表示……王毅还说": a name found with a cue is the same person where it recurs, when it
// is whole words there and no foreign name's part.
void Discovery::recurring_chinese_name(std::string_view name) {
    const DiscoveredMention* source = nullptr;
    for (const DiscoveredMention& mention : found_) {
        if (text_.substr(mention.begin, mention.end - mention.begin) == name) {
            source = &mention;
            break;
        }
    }
    if (source == nullptr) {
        return;
    }
    const std::string id = source->id;
    for (std::size_t at = text_.find(name); at != std::string_view::npos;
         at = text_.find(name, at + name.size())) {
        const std::size_t end = at + name.size();
        std::size_t first = 0;
        std::size_t last = 0;
        if (ends_with_any(text_.substr(0, at), kNameDots) || starts_with_any(text_.substr(end), kNameDots) ||
            !free_tokens(at, end, first, last) || !word_before(first) || !word_after(last)) {
            continue;
        }
        add(first, last, EntityType::person, id);
    }
}

} // namespace lede::extract::names
