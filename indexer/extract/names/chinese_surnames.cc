// The surnames a Chinese person's name in Han characters opens with, and its pinyin id. The common
// reading of a character is ICU's (Han-Latin); a surname whose reading as a surname differs has its
// own row below, written from the conventions of Chinese surnames, not from any text.

#include "indexer/extract/names/chinese_surnames.h"

#include "common/entities/name_slug.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace lede::extract::names::chinese {
namespace {

// Common single-character surnames (the ~250 most frequent), less those that are mostly a
// word of their own in running text (万 ten thousand, 党 party, 车 car, 路 road, 米 metre,
// 关 close, 欧 Europe, 权 power, 于 at, …): a rule that asks for cues still meets them too often.
constexpr std::string_view kSingleSurnames[] = {
    "丁", "严", "丛", "乐", "乔", "仇", "付", "仝", "仲", "任", "伍", "佘", "佟", "何", "余", "倪", "俞",
    "储", "兰", "冀", "冉", "冯", "冼", "刁", "刘", "单", "卜", "卞", "卢", "卫", "卿", "厉", "区", "古",
    "叶", "吕", "吴", "周", "唐", "喻", "嵇", "夏", "奚", "姚", "姜", "姬", "娄", "孔", "孙", "孟", "宋",
    "宓", "安", "宗", "岑", "岳", "崔", "巩", "巫", "帅", "庄", "庞", "廉", "廖", "康", "彭", "戚", "戴",
    "敖", "文", "施", "易", "昝", "晏", "曹", "曾", "朱", "朴", "李", "杜", "杨", "林", "柏", "柯", "柳",
    "栗", "栾", "桑", "梁", "梅", "楚", "樊", "武", "殷", "毕", "毛", "江", "汤", "汪", "沈", "洪", "涂",
    "温", "滕", "潘", "熊", "牛", "王", "班", "瞿", "石", "祁", "禹", "秦", "程", "窦", "章", "简", "粟",
    "纪", "罗", "翁", "翟", "耿", "聂", "胡", "胥", "芮", "苏", "苟", "范", "茅", "茹", "荆", "荣", "莫",
    "葛", "董", "蒋", "蒙", "蒲", "蔡", "蔺", "薛", "虞", "袁", "裴", "解", "詹", "诸", "谌", "谢", "谭",
    "贺", "贾", "赵", "邓", "邝", "邢", "邬", "邱", "邵", "邹", "郁", "郑", "郜", "郝", "郭", "鄢", "金",
    "钟", "钱", "闫", "闵", "阚", "阮", "陆", "陈", "陶", "隋", "雷", "霍", "靳", "韦", "韩", "项", "顾",
    "饶", "骆", "高", "鲁", "鲍", "麦", "黄", "黎", "龙", "龚", "覃", "查", "缪", "盖", "折", "逯", "湛",
    "戎", "鞠", "匡", "惠", "寇", "甄", "尹", "申", "白", "方", "魏", "田", "肖", "许", "徐", "马", "张",
    "舒", "甘", "包", "华", "焦"};

constexpr std::string_view kCompoundSurnames[] = {
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯",
    "尉迟", "公孙", "长孙", "宇文", "轩辕", "端木", "独孤", "南宫", "申屠", "万俟",
    "闻人", "澹台", "钟离", "呼延", "赫连", "鲜于", "单于", "司空", "公冶", "拓跋"};

// Surnames whose reading as a surname is not the character's common one (ICU's).
constexpr std::pair<std::string_view, std::string_view> kSurnameReadings[] = {
    {"曾", "zeng"},     {"单", "shan"},     {"解", "xie"},     {"区", "ou"},       {"仇", "qiu"},
    {"朴", "piao"},     {"查", "zha"},      {"乐", "yue"},     {"覃", "qin"},      {"盖", "ge"},
    {"折", "she"},      {"翟", "zhai"},     {"缪", "miao"},    {"卜", "bu"},       {"阚", "kan"},
    {"宓", "fu"},       {"尉迟", "yuchi"},  {"万俟", "moqi"},  {"单于", "chanyu"}, {"长孙", "zhangsun"},
    {"澹台", "tantai"}, {"令狐", "linghu"}, {"鲜于", "xianyu"}};

} // namespace

std::size_t surname_at(std::string_view text) {
    for (const std::string_view compound : kCompoundSurnames) {
        if (text.starts_with(compound)) {
            return compound.size();
        }
    }
    // Looked up for every Han character of a Chinese text: sorted once, searched by halves.
    static const std::vector<std::string_view> singles = [] {
        std::vector<std::string_view> sorted(std::begin(kSingleSurnames), std::end(kSingleSurnames));
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    const std::string_view first = text.substr(0, 3);
    if (std::binary_search(singles.begin(), singles.end(), first)) {
        return first.size();
    }
    return 0;
}

std::string pinyin_id(std::string_view surname, std::string_view given) {
    std::string id;
    const auto* reading = std::find_if(std::begin(kSurnameReadings), std::end(kSurnameReadings),
                                       [&](const auto& row) { return row.first == surname; });
    if (reading != std::end(kSurnameReadings)) {
        id = reading->second;
    } else {
        id = pinyin(surname);
        if (id.empty()) {
            return {};
        }
    }
    const std::string given_pinyin = pinyin(given);
    if (given_pinyin.empty()) {
        return {};
    }
    return id + '-' + given_pinyin;
}

} // namespace lede::extract::names::chinese
