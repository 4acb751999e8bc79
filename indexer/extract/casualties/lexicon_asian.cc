// Casualty word tables for Chinese, Japanese, Arabic and Thai. CJK entries are matched character by
// character; Arabic entries are matched after the tokenizer's folding (harakat and tatweel removed,
// أ إ آ → ا, ى → ي), with a fused و or ف allowed before the first word; Thai entries are cut into
// words by the tokenizer's dictionary breaker, as the text is ("ผู้เสียชีวิต" → ผู้ เสีย ชีวิต).

#include "indexer/extract/casualties/lexicon.h"

namespace lede::extract::casualties {
namespace {

using K = CasualtyKind;
using Q = Qualifier;

constexpr RawEntry kZh[] = {
    trig(Cat::post, K::deaths,
         "遇难|死亡|丧生|罹难|身亡|遇害|殒命|丧命|不幸遇难|死者|死于|遗体|被杀害|遭杀害|不治身亡|"
         "经抢救无效死亡"),
    trig(Cat::post, K::deaths, "生命", kLives | kNeedsVerb),
    trig(Cat::post, K::injured,
         "受伤|负伤|轻伤|重伤|受轻伤|受重伤|伤者|伤员|重伤者|轻伤者|受伤者|受伤住院|住院治疗|在医院接受治疗|"
         "入院治疗|送医救治|送医治疗|伤势较重|伤势严重|伤势较轻"),
    // Headline shorthand "3死8伤": the bare character only right after the count ("判处3人死刑" is not).
    trig(Cat::post, K::deaths, "死", kAdjacentOnly),
    trig(Cat::post, K::injured, "伤", kAdjacentOnly),
    trig(Cat::post, K::missing, "失联|失踪|下落不明"),
    trig(Cat::post, K::detained,
         "被拘留|拘留|被捕|被逮捕|被抓获|被拘|落网|被刑拘|刑拘|被采取刑事强制措施|"
         "被采取强制措施"),
    trig(Cat::pre, K::deaths, "死亡|遇难"),
    trig(Cat::pre, K::missing, "失踪|失联"), // "死亡29人、失踪16人"
    trig(Cat::pre, K::injured,
         "受伤|住院治疗|入院治疗|送医治疗|住院|重伤|轻伤|危重|重症"), // hospitalised count as injured (gold
                                                                      // guide)
    trig(Cat::pre, K::detained, "拘留|逮捕|抓获"),
    // A hospital's admissions and its wounded named before their count: "收治19人", "收治伤员25人".
    trig(Cat::pre, K::injured, "收治|收治伤员|收治伤者|伤员|伤者", kAdjacentOnly), // not "收治患者3万人次"
    words(Cat::lives_verb, "夺去|夺走|吞噬"),
    words(Cat::modal, "可能会|本可能|险些|可能|或将|或超|或达|或逾|恐将|有可能|将超过"),
    words(Cat::correction, "修正为|更正为|下调至|下调为|核减为|核实后|修正|更正|下调|核减"),
    trig(Cat::correction, K::deaths, "降至|减少至|减至|减少到", kCueOnly),
    words(Cat::earlier,
          "此前报道|早前报道|先前报道|此前有报道|此前的统计|最初报道|此前通报|此前公布|最初公布|最初通报"),
    words(Cat::earlier_adverb, "此前|先前|最初|早前|起初|原先|一度"),
    words(Cat::report, "报道|报导|公布|通报|称|表示|发布|统计|宣布|通告|披露"),
    words(Cat::current, "但|目前|现已|现在|如今|随后|最新|截至|此后|不过|然而"),
    words(Cat::part, "其中|包括|仅|遇难者中|死者中|伤者中|受伤者中"),
    trig(Cat::toll, K::deaths, "死亡人数|遇难人数|罹难人数|遇难者人数|死者人数|丧生人数|死亡总数|遇难者"),
    trig(Cat::toll, K::injured, "受伤人数|伤者人数"),
    trig(Cat::toll, K::missing, "失联人数|失踪人数"),
    trig(Cat::label, K::deaths, "死亡|遇难|死者|罹难"),
    words(Cat::announce, "如下"),
    trig(Cat::label, K::injured, "受伤|伤者|伤员|住院|受伤住院"),
    trig(Cat::label, K::missing, "失踪|失联"),
    trig(Cat::label, K::detained, "被捕|拘留"),
    words(
        Cat::link,
        "为|是|达|达到|升至|增至|上升至|上升到|增加到|增加至|至|到|已达|升到|攀升至|下调至|下调为|降至|减至|"
        "减少至|减少到|修正为|更正为|调整为"),
    qual(Cat::link, Q::more_than, "超过|已超过|逾|突破"),
    qual(Cat::link, Q::fewer_than, "不到|不足"),
    words(Cat::from, "从|由"),
    words(Cat::head_of, "的"),
    qual(Cat::qual_pre, Q::at_least, "至少|最少|不少于|起码"),
    qual(Cat::qual_pre, Q::more_than, "超过|已超过|逾|超|多于|突破"),
    qual(Cat::qual_pre, Q::about, "约|大约|大概|估计|约有"),
    qual(Cat::qual_pre, Q::nearly, "近|将近|接近|近乎|差不多"),
    qual(Cat::qual_pre, Q::fewer_than, "不到|不足|少于"),
    qual(Cat::qual_post, Q::more_than, "多|余|餘"),
    qual(Cat::qual_post, Q::at_least, "以上"),
    qual(Cat::qual_post, Q::about, "左右|上下"),
    // The people a count's classifier counts: "数十名群众在转移途中受伤".
    words(Cat::victim, "人|名|位|具|群众|民众|村民|居民|游客|乘客|旅客|学生|师生|工人|矿工|儿童"),
    words(Cat::filler,
          "已|已经|被|在|中|共|其中|不幸|当场|的|有|仍|目前|先后|相继|不同程度|程度不同|经抢救无效|抢救无效|"
          "经医院抢救无效|送医后"),
    words(Cat::conj, "和|及|与|以及|但|而"),
    words(
        Cat::unit,
        "年|月|日|时|点|分|秒|岁|周|天|公里|千米|米|级|度|元|美元|亿元|万元|次|个|座|栋|户|架|枚|辆|间|"
        "小时|分钟|平方米|公顷|吨|倍|号|楼|层|些|起|直|般|样|切|旦|线|门|家|所|条|场|项|批|支|队|国|省|死刑|"
        "死缓|伤亡"),
    words(Cat::blocker, "第"),
    words(Cat::since_pre, "自|自从"),
    words(Cat::past, "去年|前年|上一年"),
    words(Cat::rate, "每年|每天|年均"),
    words(Cat::since_post, "以来"),
    words(Cat::back_ref, "那次|当时|那场|当年|那一次"),
    words(Cat::then, "当时|当年|那时"),
    vague(10, "数十|几十|上十"),
    vague(11, "十几|十余", 19),
    vague(100, "数百|几百|上百|数以百计"),
    vague(1000, "数千|几千|上千|数以千计"),
    vague(10000, "数万|几万|上万|数以万计"),
    vague(2, "多人|许多|很多|不少|大批|大量|多名|数人|数名"),
    words(Cat::range_to, "至|到"),
};

constexpr RawEntry kJa[] = {
    trig(Cat::post, K::deaths, "死亡|亡くな|死者|犠牲|命を落と|死去|遺体|殺害され"),
    trig(Cat::post, K::deaths, "命を奪|命が奪", kLives),
    trig(Cat::post, K::injured, "負傷|けが|重軽傷|重傷|軽傷|怪我|重体"),
    // Hospitalised counts as injured, as in the other languages: "114人が入院した".
    trig(Cat::post, K::injured, "入院", kNeedsPeople), // not "一部の入院患者"
    trig(Cat::post, K::missing,
         "行方不明|安否不明|連絡が取れな|安否が分か|の行方がわかっていない|の行方が分かっていない|"
         "の行方がわからない|の行方が分からない|の行方なお不明|の行方は依然として分かっていない|"
         "の行方は分かっていない|の行方は依然分かっていない|の行方はわかっていない"),
    // Headlines shorten 行方不明 to 不明 right after the count: "4人死亡、なお17人不明"; not "身元が不明".
    trig(Cat::post, K::missing, "不明", kAdjacentOnly | kAfterClassifier),
    trig(Cat::post, K::detained, "拘束|逮捕"),
    trig(Cat::pre, K::deaths, "死亡"),
    trig(Cat::pre, K::injured, "負傷|重軽傷"),
    trig(Cat::toll, K::deaths,
         "死者|死者数|死者の数|犠牲者|犠牲者数|死亡者|死亡者数|亡くなった人|亡くなった方|死亡した人|死亡確認|"
         "亡くなった人の数|犠牲になった人|犠牲になった方|犠牲者の数|"
         // A sub-total named by its kind: "死者のうち3人は…落石に巻き込まれた".
         "死者のうち|犠牲者のうち|亡くなった人のうち|"
         // The cleft: "死亡したのは77人に上る".
         "死亡したの|亡くなったの|犠牲になったの"),
    trig(Cat::toll, K::injured,
         "負傷者|負傷者数|負傷者の数|けが人|重軽傷者|けがをした人|けがをした方|負傷した人|重傷者|軽傷者|"
         "重体者|入院|入院者|入院者数|入院した人|負傷者のうち|けが人のうち|負傷したの|けがをしたの"),
    trig(Cat::toll, K::missing,
         "行方不明者|安否不明者|安否不明|行方不明|連絡が取れない人|連絡が取れなくなっている人|"
         "連絡が取れていない人"),
    trig(Cat::label, K::deaths, "死者|死亡|死者数"),
    words(Cat::announce, "通り"),
    trig(Cat::label, K::injured,
         "負傷者|けが人|重軽傷者|負傷|重傷者|軽傷者|重傷|軽傷|重症|軽症|中等症|入院|入院者"),
    trig(Cat::label, K::missing, "行方不明者|行方不明|不明者"),
    trig(Cat::label, K::detained, "逮捕者"),
    words(Cat::link, "は|が|を|も|で|計|合計|合わせて|あわせて|までに|増えて|増加して"),
    // A rise in the te-form before a comma goes on to its count (toll_reach.cc):
    // "98人から増え、…計127人に上った".
    words(Cat::rise, "増え|増加し|上回り"),
    words(Cat::from_after, "から"),
    words(Cat::head_of, "の"),
    words(Cat::modal_post, "恐れ|おそれ|見通し|見込み|可能性"),
    // A damage estimate: "南海トラフ巨大地震が起きた場合、最悪で約32万3000人が死亡する".
    words(Cat::modal, "最悪で|最悪の場合|起きた場合|発生した場合|被害想定|想定では"),
    words(Cat::correction, "訂正|修正|下方修正"),
    words(Cat::correction_post, "に訂正|に修正|に下方修正|へ訂正|へ下方修正"),
    // "…としていた" (had been saying) reports an earlier toll; "これまでに…確認" is the current one.
    words(Cat::earlier, "としていた|と発表していた|と伝えていた|と報じていた|としていました|当初の発表"),
    words(Cat::earlier_adverb, "当初|先に|以前|最初|一時|一時は"),
    words(Cat::report, "発表|伝え|報じ|公表|としてい|と説明"),
    words(Cat::current, "その後|現在|しかし|ところが|だが|後に|たが|最新"),
    words(Cat::part, "このうち|うち|含む|含め"),
    qual(Cat::qual_pre, Q::at_least, "少なくとも|最低"),
    qual(Cat::qual_pre, Q::about, "約|およそ|推定|概ね"),
    qual(Cat::qual_pre, Q::nearly, "ほぼ"),
    qual(Cat::qual_post, Q::at_least, "以上"),
    qual(Cat::qual_post, Q::more_than, "超|を超え|を超える|を超えた|余り|あまり|余|強"),
    qual(Cat::qual_post, Q::nearly, "近く|弱"),
    qual(Cat::qual_post, Q::about, "前後|程度|ほど"),
    qual(Cat::qual_post, Q::fewer_than, "未満"),
    words(Cat::victim, "人|名"),
    words(Cat::filler, "が|は|も|の|を|と|で|に"),
    words(Cat::conj, "および|及び|や"),
    words(Cat::unit,
          "年|月|日|時|分|秒|歳|代|週|週間|キロ|メートル|円|ドル|回|度|棟|戸|件|機|発|便|台|隻|階|時間|"
          "カ月|か月|ヶ月|倍|号|番|位|点|本|社|校|か国|カ国|万円|センチ|ミリ|"
          // places counted: "3県で死者が計7人"
          "県|府県|都道府県|市|町|村|区|州|カ所|か所|ヵ所|箇所|地区|都市|"
          // an increase, not a toll: "死者は2人増えて9人"
          "人増え|人増加|増え|増加"),
    words(Cat::blocker, "第|震度|マグニチュード"),
    words(Cat::since_post, "以来"),
    words(Cat::back_ref, "当時|その際|このとき|その時|この際"),
    words(Cat::then, "当時|その当時"),
    words(Cat::past, "昨年|去年|一昨年|前年"),
    words(Cat::rate, "毎年|年間|1日あたり"),
    vague(10, "数十"),
    vague(11, "十数|十数人", 19),
    vague(100, "数百"),
    vague(1000, "数千"),
    vague(10000, "数万"),
    vague(2, "数人|多数|複数|大勢"),
};

constexpr RawEntry kAr[] = {
    trig(Cat::post, K::deaths,
         "قتيل|قتيلا|قتلى|القتلى|وفاة|وفيات|الوفيات|حالة وفاة|حالات وفاة|لقوا حتفهم|حتفهم|قتلوا|"
         "لقوا مصرعهم|مصرعهم|شهيدا|شهداء|شهيد|استشهدوا|توفوا|ماتوا|جثث|جثة|جثامين|حتفهما|مصرعهما|متوفين|"
         "المتوفين"),
    // "سقط 14 ضحية", "28 ضحية في انفجار صهريج", not "ضحايا الاحتيال"
    trig(Cat::post, K::deaths, "ضحية|ضحايا", kNeedsVerb | kNeedsIncident),
    trig(Cat::post, K::injured, "جريح|جريحا|جرحى|الجرحى|مصاب|مصابا|مصابين|المصابين|بجروح|أصيبوا|بجراح"),
    // An injury, or an infection where a virus is named: "8000 إصابة جديدة بفيروس كورونا".
    trig(Cat::post, K::injured, "إصابة|إصابات", kAffected),
    // Those still treated in hospital: "95 حاجا ما زالوا يتلقون العلاج في المستشفيات".
    trig(Cat::post, K::injured,
         "يتلقون العلاج|يتلقون علاجا|يخضعون للعلاج|ما زالوا يتلقون العلاج|لا يزالون يتلقون العلاج|"
         "يرقدون في المستشفيات|يرقدون في المستشفى|نقلوا إلى "
         "المستشفى|نقلوا إلى المستشفيات|أدخلوا المستشفى|أدخلوا المستشفيات"),
    words(Cat::disaster, "بفيروس|بالفيروس|بكورونا|بكوفيد|بالوباء|بالكوليرا|بالحصبة|اليومية"),
    trig(Cat::post, K::missing, "مفقود|مفقودا|مفقودين|المفقودين|في عداد المفقودين"),
    trig(Cat::post, K::detained, "معتقل|معتقلا|معتقلين|موقوفين|اعتقلوا|أوقفوا"),
    trig(Cat::pre, K::deaths,
         "مقتل|قتل|وفاة|لقي|لقي حتفه|استشهد|استشهاد|توفي|توفيت|مات|ماتت|لقي مصرعه|"
         "لقيت مصرعها"),
    trig(Cat::pre, K::deaths, "بحياة|أودى بحياة|أودت بحياة|حصد أرواح|حصدت أرواح", kLives),
    trig(Cat::pre, K::injured, "أصيب|جرح|أصيبت"),
    trig(Cat::pre, K::injured, "إصابة|إصابة نحو", kAffected),
    trig(Cat::pre, K::detained,
         "اعتقال|اعتقلت|اعتقل|توقيف|أوقفت|احتجاز|اعتقلت قوات الأمن|بتوقيف|باعتقال|باحتجاز|القبض على|حبس"),
    trig(Cat::toll, K::deaths,
         "حصيلة القتلى|عدد القتلى|عدد قتلى|حصيلة الوفيات|عدد الوفيات|حصيلة ضحايا|عدد ضحايا|حصيلة الضحايا|"
         "العدد الإجمالي للقتلى|الحصيلة الإجمالية للقتلى|العدد الإجمالي للضحايا|الحصيلة الإجمالية للضحايا|"
         "الحصيلة النهائية للقتلى|الحصيلة الجديدة للقتلى|الوفيات|وفيات|عدد المتوفين|"
         "عدد الضحايا"),
    trig(Cat::toll, K::injured, "عدد الجرحى|عدد المصابين|حصيلة الجرحى|حصيلة المصابين"),
    trig(Cat::toll, K::missing, "عدد المفقودين"),
    trig(Cat::label, K::deaths, "القتلى|قتلى|الوفيات|الضحايا|الشهداء"),
    trig(Cat::label, K::injured, "الجرحى|جرحى|المصابين|مصابين|المصابون"),
    trig(Cat::label, K::missing, "المفقودين|مفقودين|المفقودون"),
    trig(Cat::label, K::detained, "المعتقلين|الموقوفين|المعتقلون|الموقوفون"),
    words(Cat::link, "إلى|الى|بلغ|بلغت"),
    words(Cat::lives_verb, "سقط|سقوط|أسفر عن سقوط|أسفرت عن سقوط|أوقع|أوقعت|خلف|خلفت"),
    words(Cat::modal,
          "كان يمكن أن|كان من الممكن أن|هدد ب|قد يرتفع|قد ترتفع|قد يتجاوز|قد تتجاوز|قد يصل|قد تصل|"
          "من المتوقع أن|يرجح أن"),
    // Deemed likely or expected, to the end of the clause: "ورجّحت المفوضية … أن يتجاوز عدد الضحايا 500 شخص".
    words(Cat::fear, "يخشى أن|يخشى|تخشى|يخشون|ويخشى|وتخشى|ويخشون|يخشى من|تخشى من|رجحت|ورجحت|رجح|ورجح|ترجح|"
                     "يرجح|توقعت|وتوقعت|توقع|وتوقع|تتوقع|يتوقع"),
    words(Cat::correction, "صحح|صححت|تصحيح|عدل|عدلت|تعديل|خفض|خفضت|بعد التدقيق"),
    trig(Cat::correction, K::deaths, "انخفض|انخفضت|تراجع|تراجعت", kCueOnly),
    // "حصيلة أولية" is the current, preliminary toll; "حصيلة سابقة" an earlier one.
    // The pluperfect "had announced": "…، بعدما كانت قد أعلنت مقتل 32 شخصا" reports the toll it replaced.
    words(Cat::earlier,
          "حصيلة سابقة|الحصيلة السابقة|في حصيلة سابقة|الأرقام السابقة|بيانات سابقة|كانت قد أعلنت|كان قد أعلن|"
          "كانت أعلنت|كان أعلن|كانت قد ذكرت|كان قد ذكر|كانت قد أفادت|كانت تحدثت|كانت قد تحدثت"),
    words(Cat::earlier_adverb, "في وقت سابق|سابقا|في البداية|في بادئ الأمر|قبل ذلك"),
    words(Cat::report,
          "أعلن|أعلنت|أعلنوا|أفاد|أفادت|ذكر|ذكرت|قال|قالت|أشار|أشارت|تحدث|تحدثت|أحصى|أحصت|أورد|أوردت"),
    words(Cat::current, "لكن|غير أن|إلا أن|الآن|حاليا|بعد ذلك|لاحقا|في حين|بينما|أحدث|الجديدة|الأخيرة"),
    words(Cat::part, "بينهم|منهم|من بينهم|بينها|وحدها|وحده|بين القتلى|من بين القتلى|بين الجرحى|من بين الجرحى|"
                     "بين المصابين|من بين المصابين"),
    qual(Cat::link, Q::more_than, "تجاوز|تجاوزت|تخطى|يتجاوز"),
    words(Cat::rise, "ارتفع|ارتفعت|ارتفاع|ترتفع|يرتفع"),
    words(Cat::from, "من"),
    qual(Cat::qual_pre, Q::at_least, "ما لا يقل عن|لا يقل عن|على الأقل"),
    qual(Cat::qual_pre, Q::more_than, "أكثر من|ما يزيد عن|ما يزيد على|يزيد على|يزيد عن|تجاوز|تخطى"),
    qual(Cat::qual_pre, Q::about, "نحو|حوالي|زهاء|حوالى"),
    qual(Cat::qual_pre, Q::nearly, "قرابة|ما يقارب|ما يقرب من|قرابة"),
    qual(Cat::qual_pre, Q::fewer_than, "أقل من"),
    qual(Cat::qual_post, Q::at_least, "على الأقل"),
    words(Cat::victim,
          "شخص|شخصا|أشخاص|مدنيا|مدنيين|طفلا|أطفال|فلسطينيا|جنديا|جنود|مواطنا|مواطنين|عاملا|آخرين|منهم|"
          "متظاهرا|متظاهرين|محتجا|محتجين|ناشطا|ناشطين|عسكريين|عسكريا|عسكري"),
    words(Cat::filler, "فيه|فيها|قد|بين|منهم|آخرون|آخرين|جراء"),
    words(Cat::conj, "لكن|بينما|أو"),
    words(Cat::unit,
          "عام|عاما|سنة|سنوات|أعوام|شهر|أشهر|شهرا|أسبوع|أسابيع|يوم|أيام|يوما|ساعة|ساعات|دقيقة|دقائق|ثانية|"
          "كيلومتر|كيلومترا|كيلومترات|كلم|كم|متر|مترا|أمتار|درجة|درجات|بالمئة|بالمائة|في المئة|في المائة|"
          "دولار|دولارا|يورو|درهم|دينار|ريال|ليرة|جنيه|جنيها|جنيهات|دراهم|دنانير|ريالات|تومان|مرة|مرات|صاروخ|"
          "صواريخ|منزل|منازل|مبنى|طن|هكتار|يناير|"
          "فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|"
          "أيار|حزيران|تموز|آب|أيلول|تشرين|متفرج|مقعد|ملعب|"
          // A sum for each: "و20 ألفا لكل مصاب" is compensation, not 20,000 injured.
          "لكل"),
    words(Cat::blocker, "رقم|الرحلة|عمره|عمرها|العمر|بعمر"),
    words(Cat::since_pre, "منذ"),
    words(Cat::past, "العام الماضي|السنة الماضية|العام السابق|العام المنصرم"),
    words(Cat::past_pre, "قبل"),
    words(Cat::past_unit, "عاما|عام|سنوات|سنة|أعوام|سنتين|عامين"),
    words(Cat::rate, "سنويا|كل عام|كل سنة|يوميا|كل يوم"),
    words(Cat::back_ref, "الذي|التي|عندما|حين|حينها|آنذاك|حيث"),
    words(Cat::then, "آنذاك|في ذلك الوقت|حينها"),
    vague(10, "عشرات|العشرات"),
    vague(10000, "عشرات الآلاف|عشرات آلاف"),
    vague(100, "مئات|المئات"),
    vague(100000, "مئات الآلاف"),
    vague(100, "عدة مئات"),
    vague(1000, "آلاف|الآلاف"),
    vague(1000, "بضعة آلاف|عدة آلاف"),
    vague(2, "عدة|عدد من|العديد من|بضعة|بضع|الكثير من|كثيرون"),
    words(Cat::range_open, "بين"),
};

// Thai: the count follows its trigger and takes a classifier ("เสียชีวิต 9 ราย", "ผู้บาดเจ็บ 30 คน");
// "ชาย 2 คนเสียชีวิต" puts it first. Qualifiers stand before the number ("อย่างน้อย", "กว่า").
constexpr RawEntry kTh[] = {
    trig(Cat::post, K::deaths, "เสียชีวิต|ตาย|ศพ|ถูกสังหาร|ถูกฆ่าตาย|จมน้ำเสียชีวิต"),
    trig(Cat::post, K::injured, "บาดเจ็บ|ได้รับบาดเจ็บ|เจ็บ|พักรักษาตัว|ยังพักรักษาตัว|อาการสาหัส|บาดเจ็บสาหัส"),
    trig(Cat::post, K::missing, "สูญหาย|ยังสูญหาย|หายสาบสูญ"),
    trig(Cat::post, K::detained, "ถูกจับกุม|ถูกจับ|ถูกควบคุมตัว"),
    trig(Cat::pre, K::deaths, "เสียชีวิต|ผู้เสียชีวิต|ผู้ตาย|ตาย|คร่าชีวิต"),
    // The headline verb "ดับ" (die; also "put out"): a toll only with a classifier for people after the count.
    trig(Cat::pre, K::deaths, "ดับ", kNeedsPeople | kAdjacentOnly), // not "เจ้าหน้าที่ดับเพลิง 13 ราย"
    trig(Cat::pre, K::injured,
         "บาดเจ็บ|ผู้บาดเจ็บ|ได้รับบาดเจ็บ|ผู้ได้รับบาดเจ็บ|พักรักษาตัว|พักรักษาตัวอยู่|"
         // Those still admitted: "ผู้ป่วยนอนรักษาตัวในโรงพยาบาล 42 ราย".
         "นอนรักษาตัว|นอนรักษาตัวในโรงพยาบาล|นอนรักษาตัวอยู่ในโรงพยาบาล|รักษาตัวในโรงพยาบาล|"
         "รักษาตัวอยู่ในโรงพยาบาล"),
    // Headline "เจ็บ 58 ราย" (hurt), and those in serious condition: with a classifier for people after the
    // count.
    trig(Cat::pre, K::injured, "เจ็บ|อาการสาหัส", kNeedsPeople),
    trig(Cat::pre, K::missing, "สูญหาย|ผู้สูญหาย"),
    // The bodies of the missing found are dead: "พบร่างผู้สูญหายอีก 4 ราย".
    trig(Cat::pre, K::deaths, "ร่างผู้สูญหาย|พบร่างผู้สูญหาย"),
    trig(Cat::pre, K::detained, "จับกุม|จับกุมตัว|ควบคุมตัว|ผู้ถูกจับกุม"),
    trig(Cat::toll, K::deaths, "ยอดผู้เสียชีวิต|จำนวนผู้เสียชีวิต|ยอดผู้ตาย|ยอดผู้เสียชีวิตล่าสุด"),
    trig(Cat::toll, K::injured, "ยอดผู้บาดเจ็บ|จำนวนผู้บาดเจ็บ|ยอดผู้บาดเจ็บล่าสุด"),
    trig(Cat::toll, K::missing, "ยอดผู้สูญหาย|จำนวนผู้สูญหาย"),
    trig(Cat::label, K::deaths, "ผู้เสียชีวิต|เสียชีวิต|ผู้ตาย"),
    words(Cat::announce, "ดังนี้|ดังต่อไปนี้"),
    trig(Cat::label, K::injured, "ผู้บาดเจ็บ|บาดเจ็บ"),
    trig(Cat::label, K::missing, "ผู้สูญหาย|สูญหาย"),
    trig(Cat::label, K::detained, "ผู้ถูกจับกุม"),
    words(Cat::link, "เป็น|อยู่ที่|ถึง|แตะ|เหลือ"),
    words(Cat::rise, "เพิ่ม|เพิ่มขึ้น|พุ่ง|พุ่งขึ้น|ขยับ"),
    words(Cat::from, "จาก"),
    trig(Cat::from, K::deaths, "จากเดิม|จากเดิมที่มี|จากเดิมที่", kEarlierFrom),
    words(Cat::modal, "อาจ|อาจจะ|เกรงว่า|หวั่น|หวั่นว่า"),
    words(Cat::correction, "แก้ไข|แก้ไขเป็น|ปรับลด|ปรับลดเป็น|ปรับแก้"),
    trig(Cat::correction, K::deaths, "ลดลง|ลดลงเหลือ", kCueOnly),
    // "เบื้องต้น" (preliminary) is the current toll; "ก่อนหน้านี้มีรายงาน" an earlier one.
    words(Cat::earlier, "รายงานก่อนหน้านี้|ยอดเดิม|ตัวเลขเดิม"),
    words(Cat::earlier_adverb, "ก่อนหน้านี้|ในตอนแรก|ตอนแรก|ในช่วงแรก|แรกเริ่ม"),
    words(Cat::report, "รายงาน|ระบุ|แจ้ง|เปิดเผย|ประกาศ|ยืนยัน"),
    words(Cat::current, "แต่|ล่าสุด|ขณะนี้|ปัจจุบัน|ต่อมา|ภายหลัง|ตอนนี้|ครั้งนี้|หนนี้"),
    words(Cat::part, "ในจำนวนนี้|ในจำนวนนั้น|รวมถึง|เฉพาะ"),
    qual(Cat::qual_pre, Q::at_least, "อย่างน้อย|ไม่ต่ำกว่า|ไม่น้อยกว่า"),
    qual(Cat::qual_pre, Q::more_than, "กว่า|มากกว่า|เกินกว่า|เกิน"),
    qual(Cat::qual_pre, Q::about, "ประมาณ|ราว|ราวๆ|โดยประมาณ"),
    qual(Cat::qual_pre, Q::nearly, "เกือบ|เกือบจะ|ร่วม"),
    qual(Cat::qual_pre, Q::up_to, "มากถึง|ไม่เกิน"),
    qual(Cat::qual_pre, Q::fewer_than, "น้อยกว่า|ไม่ถึง|ต่ำกว่า"),
    qual(Cat::qual_post, Q::more_than, "กว่า"),
    qual(Cat::qual_post, Q::at_least, "ขึ้นไป"),
    words(Cat::victim,
          "คน|ราย|ท่าน|ประชาชน|ชาวบ้าน|นักท่องเที่ยว|เด็ก|ทหาร|ตำรวจ|ผู้โดยสาร|นักเรียน|แรงงาน|คนงาน|ผู้ต้องสงสัย|"
          "ผู้ต้องหา"),
    // People nouns stand before the count, its classifier after: "จับกุมผู้ต้องสงสัย 3 คน".
    words(Cat::filler,
          "เพิ่มเป็น|เพิ่มขึ้นเป็น|แล้ว|อีก|ทั้งหมด|รวม|รวมทั้งสิ้น|ทั้งสิ้น|ล่าสุด|เบื้องต้น|ได้|มี|จำนวน|ไป|ยัง|ผู้ต้องสงสัย|ผู้ต้องหา|"
          "คนร้าย|ผู้ก่อเหตุ|ผู้โดยสาร|นักท่องเที่ยว|ประชาชน|ชาวบ้าน|เด็ก|นักเรียน|ทหาร|ตำรวจ|คนงาน|แรงงาน"),
    words(Cat::conj, "และ|หรือ|แต่|ขณะที่|ส่วน"),
    words(Cat::unit, "ปี|เดือน|วัน|สัปดาห์|ชั่วโมง|นาที|วินาที|กิโลเมตร|กม|เมตร|เซนติเมตร|มิลลิเมตร|มม|บาท|สตางค์|ดอลลาร์|"
                     "เปอร์เซ็นต์|องศา|หลัง|หลังคาเรือน|ครัวเรือน|ครั้ง|ลำ|คัน|เชือก|ตัว|ตัน|ไร่|หุ้น|เสียง|ที่นั่ง|ประตู|"
                     "คะแนน|จุด|อำเภอ|จังหวัด|หมู่บ้าน|ตำบล|แห่ง|ชั้น|นัด|เกม|ลูก|ลิตร|กิโลกรัม|กก|โมง|ริกเตอร์|ล้าน|"
                     "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
                     "ม.ค|ก.พ|มี.ค|เม.ย|พ.ค|มิ.ย|ก.ค|ส.ค|ก.ย|ต.ค|พ.ย|ธ.ค"),
    words(Cat::blocker, "อายุ|วัย|เที่ยวบิน|หมายเลข|เลขที่|วันที่|ครั้งที่|ฉบับที่|ข้อที่|อันดับที่|อันดับ|ลำดับที่|หมู่ที่|หมู่|ร้อยละ|"
                        "ขนาด|ปี|พ.ศ|ค.ศ"),
    words(Cat::since_pre, "ตั้งแต่|นับตั้งแต่|นับจาก"),
    words(Cat::past, "ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา"),
    words(Cat::rate, "ต่อปี|ทุกปี|ต่อวัน|ทุกวัน"),
    words(Cat::back_ref, "เมื่อ|ซึ่ง|ครั้งนั้น|ขณะนั้น|ตอนนั้น"),
    words(Cat::then, "ครั้งนั้น|ขณะนั้น|ตอนนั้น|ในครั้งนั้น"),
    vague(10, "หลายสิบ|นับสิบ"),
    vague(100, "หลายร้อย|นับร้อย"),
    vague(1000, "หลายพัน|นับพัน"),
    vague(10000, "หลายหมื่น|นับหมื่น"),
    vague(2, "หลาย|จำนวนมาก"),
    words(Cat::range_open, "ระหว่าง"),
    words(Cat::range_to, "ถึง"),
    words(Cat::range_and, "ถึง|และ"),
};

} // namespace

LexiconSpec lexicon_zh() {
    return {"zh", kZh, false, false, true};
}
LexiconSpec lexicon_ja() {
    return {"ja", kJa, false, false, true};
}
LexiconSpec lexicon_ar() {
    return {"ar", kAr, true, true, false};
}
LexiconSpec lexicon_th() {
    return {"th", kTh, false, false, false, 3, 4}; // "เสียชีวิตในภาคเหนือแล้ว 9 ราย"
}

} // namespace lede::extract::casualties
