// mark_background_tolls of figures.h: an election, verdict or sports report that recalls a war's or a
// crackdown's toll in passing ("la guerre … qui a fait plus de 4 000 morts") reports no deaths of its own.
// What tells a casualty report is its opening: a headline or lead that names an incident (a quake, a fire, an
// attack, a war) or a casualty word. The incident words are stems, matched at a word's start (Latin,
// Cyrillic), inside a word after its clitics (Arabic), or anywhere in the run of characters (Chinese,
// Japanese, Thai); a word too many only keeps a figure current, as it was before this test.

#include "indexer/extract/casualties/figures.h"
#include "indexer/extract/casualties/grammar.h"
#include "indexer/extract/casualties/lexicon.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>

namespace lede::extract::casualties {

namespace {

using namespace std::string_view_literals;

// Stems of nouns and verbs that name a deadly incident, its victims or its aftermath, or a protest, the
// police or arrests (a protest report's own injured and detained). A stem ending in '$' is a whole word
// ("war$", not "warns").
constexpr std::array kIncidentEn = {
    "earthquake"sv, "quake"sv,      "aftershock"sv, "tremor"sv,   "flood"sv,     "storm"sv,    "hurricane"sv,
    "typhoon"sv,    "cyclone"sv,    "tornado"sv,    "wildfire"sv, "fire"sv,      "blaze"sv,    "inferno"sv,
    "explo"sv,      "blast"sv,      "attack"sv,     "bomb"sv,     "shooting"sv,  "gunm"sv,     "shot"sv,
    "crash"sv,      "collision"sv,  "collid"sv,     "derail"sv,   "landslide"sv, "mudslide"sv, "avalanche"sv,
    "stampede"sv,   "crush"sv,      "collapse"sv,   "tsunami"sv,  "erupt"sv,     "strike"sv,   "missile"sv,
    "drone"sv,      "massacre"sv,   "shell"sv,      "clash"sv,    "accident"sv,  "disaster"sv, "tragedy"sv,
    "sink"sv,       "sank"sv,       "shipwreck"sv,  "capsiz"sv,   "heatwave"sv,  "outbreak"sv, "epidemic"sv,
    "war$"sv,       "wars$"sv,      "fighting"sv,   "kill"sv,     "dead"sv,      "death"sv,    "die"sv,
    "victim"sv,     "injur"sv,      "wound"sv,      "casualt"sv,  "rescue"sv,    "survivor"sv, "bodies"sv,
    "funeral"sv,    "mourn"sv,      "toll"sv,       "riot"sv,     "violence"sv,  "terror"sv,   "hostage"sv,
    "protest"sv,    "demonstrat"sv, "unrest"sv,     "police"sv,   "arrest"sv};
constexpr std::array kIncidentDe = {
    "erdbeben"sv,   "beben"sv,      "flut"sv,        "hochwasser"sv,  "überschwemm"sv, "unwetter"sv,
    "sturm"sv,      "orkan"sv,      "hurrikan"sv,    "taifun"sv,      "zyklon"sv,      "tornado"sv,
    "waldbr"sv,     "brand"sv,      "feuer"sv,       "explosion"sv,   "detonation"sv,  "anschlag"sv,
    "angriff"sv,    "attentat"sv,   "bomb"sv,        "schüss"sv,      "schuss"sv,      "amok"sv,
    "absturz"sv,    "abgestürzt"sv, "zusammenst"sv,  "kollision"sv,   "unglück"sv,     "zugunglück"sv,
    "entgleis"sv,   "erdrutsch"sv,  "lawine"sv,      "massenpanik"sv, "einsturz"sv,    "eingestürzt"sv,
    "tsunami"sv,    "ausbruch"sv,   "luftangriff"sv, "rakete"sv,      "drohne"sv,      "massaker"sv,
    "beschuss"sv,   "gefecht"sv,    "kämpfe"sv,      "unfall"sv,      "katastroph"sv,  "tragödie"sv,
    "untergang"sv,  "gesunken"sv,   "kenter"sv,      "hitzewelle"sv,  "epidemie"sv,    "krieg"sv,
    "tote"sv,       "tod"sv,        "gestorben"sv,   "opfer"sv,       "verletz"sv,     "verwundet"sv,
    "rettung"sv,    "überleb"sv,    "leiche"sv,      "trauer"sv,      "krawall"sv,     "gewalt"sv,
    "terror"sv,     "geisel"sv,     "getötet"sv,     "messer"sv,      "protest"sv,     "demonstr"sv,
    "kundgebung"sv, "polizei"sv,    "festgenommen"sv};
constexpr std::array kIncidentFr = {
    "séisme"sv,   "tremblement"sv, "réplique"sv,     "inondation"sv,   "crue"sv,      "intempérie"sv,
    "tempête"sv,  "ouragan"sv,     "typhon"sv,       "cyclone"sv,      "tornade"sv,   "incendie"sv,
    "feu$"sv,     "feux$"sv,       "explosion"sv,    "déflagration"sv, "attentat"sv,  "attaque"sv,
    "bombe"sv,    "fusillade"sv,   "tir$"sv,         "tirs$"sv,        "tué"sv,       "crash"sv,
    "accident"sv, "collision"sv,   "déraill"sv,      "glissement"sv,   "avalanche"sv, "bousculade"sv,
    "effondr"sv,  "tsunami"sv,     "éruption"sv,     "frappe"sv,       "missile"sv,   "drone"sv,
    "massacre"sv, "bombard"sv,     "affrontement"sv, "catastrophe"sv,  "drame"sv,     "tragédie"sv,
    "naufrage"sv, "chavir"sv,      "canicule"sv,     "épidémie"sv,     "guerre"sv,    "mort"sv,
    "décès"sv,    "décéd"sv,       "victime"sv,      "bless"sv,        "secours"sv,   "survivant"sv,
    "corps$"sv,   "deuil"sv,       "émeute"sv,       "violence"sv,     "terror"sv,    "otage"sv,
    "bilan"sv,    "fusill"sv,      "poignard"sv,     "manifest"sv,     "protest"sv,   "police"sv,
    "interpell"sv};
constexpr std::array kIncidentEs = {
    "terremoto"sv,  "sismo"sv,     "seísmo"sv,       "réplica"sv,       "inundac"sv,   "riada"sv,
    "dana$"sv,      "temporal"sv,  "tormenta"sv,     "huracán"sv,       "tifón"sv,     "ciclón"sv,
    "tornado"sv,    "incendio"sv,  "fuego"sv,        "explosión"sv,     "estallido"sv, "atentado"sv,
    "ataque"sv,     "bomba"sv,     "tiroteo"sv,      "disparo"sv,       "accidente"sv, "choque"sv,
    "colisión"sv,   "descarril"sv, "deslave"sv,      "deslizamiento"sv, "alud"sv,      "avalancha"sv,
    "estampida"sv,  "derrumb"sv,   "desplom"sv,      "colapso"sv,       "tsunami"sv,   "erupción"sv,
    "bombardeo"sv,  "misil"sv,     "dron"sv,         "masacre"sv,       "matanza"sv,   "enfrentamiento"sv,
    "catástrofe"sv, "tragedia"sv,  "naufragio"sv,    "hundimiento"sv,   "volcó"sv,     "epidemia"sv,
    "guerra"sv,     "muert"sv,     "muere"sv,        "murió"sv,         "fallec"sv,    "víctima"sv,
    "herid"sv,      "rescate"sv,   "sobrevivient"sv, "cadáver"sv,       "luto"sv,      "disturbio"sv,
    "violencia"sv,  "terror"sv,    "rehén"sv,        "balance"sv,       "asesin"sv,    "protest"sv,
    "manifesta"sv,  "policía"sv,   "detenid"sv};
constexpr std::array kIncidentRu = {
    "землетрясен"sv, "толчк"sv,     "наводнен"sv, "паводк"sv,     "паводок"sv,    "потоп"sv,   "ливн"sv,
    "шторм"sv,       "ураган"sv,    "тайфун"sv,   "циклон"sv,     "торнадо"sv,    "смерч"sv,   "пожар"sv,
    "возгоран"sv,    "взрыв"sv,     "теракт"sv,   "нападен"sv,    "атак"sv,       "обстрел"sv, "стрельб"sv,
    "бомб"sv,        "крушен"sv,    "авари"sv,    "катастроф"sv,  "столкновен"sv, "оползн"sv,  "лавин"sv,
    "давк"sv,        "обрушен"sv,   "цунами"sv,   "извержен"sv,   "удар"sv,       "ракет"sv,   "дрон"sv,
    "беспилотн"sv,   "резн"sv,      "бой"sv,      "бои$"sv,       "боев"sv,       "трагеди"sv, "затонул"sv,
    "опрокинул"sv,   "жар"sv,       "эпидеми"sv,  "войн"sv,       "погиб"sv,      "жертв"sv,   "гибел"sv,
    "смерт"sv,       "умер"sv,      "ранен"sv,    "пострада"sv,   "спасат"sv,     "выжив"sv,   "тел"sv,
    "траур"sv,       "беспорядк"sv, "насили"sv,   "террор"sv,     "заложник"sv,   "убит"sv,    "убийств"sv,
    "протест"sv,     "митинг"sv,    "акци"sv,     "демонстрац"sv, "полиц"sv,      "задерж"sv};
constexpr std::array kIncidentUk = {
    "землетрус"sv, "поштовх"sv,   "повен"sv,      "паводк"sv,  "злив"sv,      "шторм"sv,     "ураган"sv,
    "тайфун"sv,    "циклон"sv,    "торнадо"sv,    "пожеж"sv,   "займан"sv,    "вибух"sv,     "теракт"sv,
    "напад"sv,     "атак"sv,      "обстріл"sv,    "стрілян"sv, "бомб"sv,      "аварі"sv,     "катастроф"sv,
    "зіткнен"sv,   "зсув"sv,      "лавин"sv,      "тиснява"sv, "обвал"sv,     "обрушен"sv,   "цунамі"sv,
    "виверж"sv,    "удар"sv,      "ракет"sv,      "дрон"sv,    "безпілотн"sv, "різанин"sv,   "бій"sv,
    "бої$"sv,      "боїв"sv,      "трагеді"sv,    "затонул"sv, "перекинул"sv, "спек"sv,      "епідемі"sv,
    "війн"sv,      "загин"sv,     "загибел"sv,    "жертв"sv,   "смерт"sv,     "помер"sv,     "поранен"sv,
    "постражда"sv, "рятувальн"sv, "вижил"sv,      "тіл"sv,     "жалоб"sv,     "заворушен"sv, "насильств"sv,
    "терор"sv,     "заручник"sv,  "убит"sv,       "вбит"sv,    "вбивств"sv,   "обвал"sv,     "протест"sv,
    "мітинг"sv,    "акці"sv,      "демонстрац"sv, "поліці"sv,  "затрим"sv};
// Folded Arabic: alef forms unified to ا, ة kept.
constexpr std::array kIncidentAr = {
    "زلزال"sv,  "هزة"sv,    "فيضان"sv,  "سيول"sv,    "عاصفة"sv, "اعصار"sv,   "حريق"sv,  "حرائق"sv, "انفجار"sv,
    "تفجير"sv,  "هجوم"sv,   "اعتداء"sv, "قصف"sv,     "غارة"sv,  "غارات"sv,   "اطلاق"sv, "حادث"sv,  "تحطم"sv,
    "اصطدام"sv, "قطار"sv,   "انزلاق"sv, "انهيار"sv,  "تدافع"sv, "تسونامي"sv, "ثوران"sv, "صاروخ"sv, "مسيرة"sv,
    "مجزرة"sv,  "اشتباك"sv, "كارثة"sv,  "ماساة"sv,   "غرق"sv,   "انقلاب"sv,  "وباء"sv,  "حرب"sv,   "قتل"sv,
    "قتيل"sv,   "قتلى"sv,   "مقتل"sv,   "وفاة"sv,    "وفيات"sv, "ضحايا"sv,   "مصاب"sv,  "جرحى"sv,  "جريح"sv,
    "اصابة"sv,  "انقاذ"sv,  "ناج"sv,    "جثث"sv,     "جثة"sv,   "حداد"sv,    "شغب"sv,   "عنف"sv,   "دمار"sv,
    "ارهاب"sv,  "رهائن"sv,  "حصيلة"sv,  "استشهاد"sv, "شهداء"sv, "احتجاج"sv,  "تظاهر"sv, "مظاهر"sv, "شرطة"sv,
    "الشرطة"sv, "اعتقال"sv};
constexpr std::array kIncidentZh = {
    "地震"sv, "余震"sv, "洪水"sv, "洪灾"sv, "水灾"sv, "暴雨"sv, "台风"sv,   "飓风"sv, "龙卷风"sv,
    "风暴"sv, "火灾"sv, "大火"sv, "起火"sv, "爆炸"sv, "袭击"sv, "恐袭"sv,   "枪击"sv, "坠毁"sv,
    "空难"sv, "相撞"sv, "碰撞"sv, "脱轨"sv, "出轨"sv, "滑坡"sv, "泥石流"sv, "雪崩"sv, "踩踏"sv,
    "坍塌"sv, "倒塌"sv, "海啸"sv, "喷发"sv, "空袭"sv, "导弹"sv, "无人机"sv, "屠杀"sv, "冲突"sv,
    "事故"sv, "灾"sv,   "悲剧"sv, "沉没"sv, "翻沉"sv, "疫情"sv, "战争"sv,   "死亡"sv, "遇难"sv,
    "丧生"sv, "罹难"sv, "身亡"sv, "伤"sv,   "救援"sv, "幸存"sv, "遗体"sv,   "哀悼"sv, "骚乱"sv,
    "暴力"sv, "恐怖"sv, "人质"sv, "遇害"sv, "死"sv,   "抗议"sv, "示威"sv,   "警方"sv, "抓获"sv};
constexpr std::array kIncidentJa = {
    "地震"sv,     "余震"sv, "洪水"sv, "豪雨"sv, "大雨"sv, "台風"sv, "竜巻"sv, "暴風"sv, "火災"sv,
    "火事"sv,     "爆発"sv, "テロ"sv, "襲撃"sv, "攻撃"sv, "銃撃"sv, "発砲"sv, "墜落"sv, "衝突"sv,
    "脱線"sv,     "土砂"sv, "雪崩"sv, "倒壊"sv, "崩落"sv, "津波"sv, "噴火"sv, "空爆"sv, "ミサイル"sv,
    "ドローン"sv, "虐殺"sv, "事故"sv, "災"sv,   "惨事"sv, "沈没"sv, "転覆"sv, "猛暑"sv, "戦争"sv,
    "死"sv,       "犠牲"sv, "負傷"sv, "けが"sv, "重傷"sv, "軽傷"sv, "救助"sv, "遺体"sv, "追悼"sv,
    "暴動"sv,     "人質"sv, "殺"sv,   "刺"sv,   "デモ"sv, "抗議"sv, "警察"sv, "逮捕"sv};
constexpr std::array kIncidentTh = {
    "แผ่นดินไหว"sv,  "น้ำท่วม"sv,      "อุทกภัย"sv,   "พายุ"sv,    "ไต้ฝุ่น"sv,     "ไฟไหม้"sv,  "เพลิงไหม้"sv, "ไฟป่า"sv,
    "ระเบิด"sv,     "โจมตี"sv,       "ยิง"sv,      "อุบัติเหตุ"sv, "ชน"sv,       "ตกราง"sv,  "ดินถล่ม"sv,   "โคลน"sv,
    "ถล่ม"sv,       "เหยียบ"sv,      "สึนามิ"sv,    "ปะทุ"sv,    "ขีปนาวุธ"sv,   "โดรน"sv,   "สังหาร"sv,   "ปะทะ"sv,
    "ภัยพิบัติ"sv,     "โศกนาฏกรรม"sv, "ล่ม"sv,      "จม"sv,     "โรคระบาด"sv, "สงคราม"sv, "เสียชีวิต"sv,  "ดับ"sv,
    "ตาย"sv,       "บาดเจ็บ"sv,     "เจ็บ"sv,     "กู้ภัย"sv,    "รอดชีวิต"sv,   "ศพ"sv,     "ไว้อาลัย"sv,  "จลาจล"sv,
    "ความรุนแรง"sv, "ก่อการร้าย"sv,   "ตัวประกัน"sv, "ตก"sv,     "ชุมนุม"sv,     "ประท้วง"sv, "ตำรวจ"sv,   "จับกุม"sv};

[[nodiscard]] std::span<const std::string_view> incident_words(std::string_view lang) {
    struct LanguageStems {
        std::string_view lang;
        std::span<const std::string_view> stems;
    };
    static const std::array<LanguageStems, 9> kByLanguage = {{{"de", kIncidentDe},
                                                              {"fr", kIncidentFr},
                                                              {"es", kIncidentEs},
                                                              {"ru", kIncidentRu},
                                                              {"uk", kIncidentUk},
                                                              {"ar", kIncidentAr},
                                                              {"zh", kIncidentZh},
                                                              {"ja", kIncidentJa},
                                                              {"th", kIncidentTh}}};
    for (const LanguageStems& language : kByLanguage) {
        if (language.lang == lang) {
            return language.stems;
        }
    }
    return kIncidentEn; // and the languages without a table of their own, as casualty_lexicon does
}

[[nodiscard]] bool word_names_incident(std::string_view word, std::span<const std::string_view> stems,
                                       bool inside) {
    return std::any_of(stems.begin(), stems.end(), [&](std::string_view stem) {
        if (stem.ends_with('$')) {
            return word == stem.substr(0, stem.size() - 1);
        }
        return inside ? word.find(stem) != std::string_view::npos : word.starts_with(stem);
    });
}

// The sentences a reader takes in first: the headline's, then this many of the body's.
constexpr std::size_t kLeadSentences = 2;

// The sentences of the headline and the lead: [0, end).
[[nodiscard]] std::size_t opening_sentences(const numbers::TokenizedText& text, std::size_t body_start) {
    std::size_t end = 0;
    while (end < text.sentences.size() && text.sentences[end].begin < body_start) {
        ++end; // the headline's
    }
    // A title made from the body's first sentence (body_start 0) is the body's first sentence.
    const std::size_t lead = body_start == 0 ? kLeadSentences + 1 : kLeadSentences;
    return std::min(text.sentences.size(), end + lead);
}

// A back-reference ("в ходе которых", "in which", "التي") between the start of the figure's sentence and it.
[[nodiscard]] bool told_after_a_back_reference(const numbers::TokenizedText& text, const Lexicon& lexicon,
                                               const CasualtyFigure& f) {
    const auto at =
        std::lower_bound(text.toks.begin(), text.toks.end(), f.begin,
                         [](const numbers::Tok& tok, std::size_t begin) { return tok.begin < begin; });
    if (at == text.toks.end()) {
        return false;
    }
    const auto figure = static_cast<std::size_t>(at - text.toks.begin());
    for (std::size_t k = text.sentences[at->sentence].first; k < figure; ++k) {
        if (lexicon.at(text, k, Cat::back_ref)) {
            return true;
        }
    }
    return false;
}

/// A language's incident words and how a sentence is searched for them.
struct IncidentWords {
    std::span<const std::string_view> stems;
    bool runs = false;    ///< zh ja th: words are not spaced apart, a stem may span tokens
    bool clitics = false; ///< ar: "بالزلزال", "وانفجار"
};

[[nodiscard]] IncidentWords incident_words_of(std::string_view lang) {
    const std::string base = numbers::base_language(lang);
    return {incident_words(base), base == "zh" || base == "ja" || base == "th", base == "ar"};
}

/// Whether sentence `sentence` names an incident, leaving out its tokens [skip_first, skip_last) (the victims
/// word that asks).
[[nodiscard]] bool names_an_incident(const numbers::TokenizedText& text, const IncidentWords& words,
                                     std::size_t sentence, std::size_t skip_first = 0,
                                     std::size_t skip_last = 0) {
    std::string run; // CJK and Thai: the sentence's characters
    const numbers::Sentence& within = text.sentences[sentence];
    for (std::size_t k = within.first; k < within.last; ++k) {
        if (k >= skip_first && k < skip_last) {
            continue;
        }
        const numbers::Tok& tok = text.toks[k];
        if (words.runs) {
            run += tok.text;
        } else if (tok.kind == numbers::TokKind::word &&
                   word_names_incident(tok.text, words.stems, words.clitics)) {
            return true;
        }
    }
    return words.runs && word_names_incident(run, words.stems, true);
}

} // namespace

// "a fait au moins 437 victimes" after a cyclone: a victims noun counts the dead in a sentence that names an
// incident and no other death ("12 victimes, dont 3 morts" counts all the victims, hurt or dead).
bool victims_of_an_incident(const numbers::TokenizedText& t, const Lexicon& lex, const LexMatch& victims) {
    const std::uint32_t sentence = t.toks[victims.first].sentence;
    for (std::size_t k = t.sentences[sentence].first; k < t.sentences[sentence].last; ++k) {
        if (k >= victims.first && k < victims.last) {
            continue;
        }
        for (const Cat cat : {Cat::post, Cat::pre}) {
            if (const LexMatch other = lex.at(t, k, cat); other &&
                                                          other.entry->kind == CasualtyKind::deaths &&
                                                          (other.entry->flags & kNeedsIncident) == 0) {
                return false;
            }
        }
    }
    return names_an_incident(t, incident_words_of(lex.lang()), sentence, victims.first, victims.last);
}

void mark_background_tolls(std::vector<CasualtyFigure>& figures, const numbers::TokenizedText& text,
                           std::string_view lang, std::size_t body_start) {
    if (std::all_of(figures.begin(), figures.end(),
                    [](const CasualtyFigure& f) { return f.kind == CasualtyKind::detained; })) {
        return; // nothing to mark: most articles state no toll
    }
    const std::size_t end = opening_sentences(text, body_start);
    const std::size_t opening_end = end == 0 ? 0 : text.sentences[end - 1].end;
    const bool figure_in_opening = std::any_of(figures.begin(), figures.end(), [&](const CasualtyFigure& f) {
        return f.begin < opening_end && f.kind != CasualtyKind::detained;
    });
    if (figure_in_opening) {
        return;
    }
    const IncidentWords words = incident_words_of(lang);
    for (std::size_t s = 0; s < end; ++s) {
        if (names_an_incident(text, words, s)) {
            return;
        }
    }
    const Lexicon& lexicon = casualty_lexicon(numbers::base_language(lang));
    for (CasualtyFigure& f : figures) {
        // An arrest report's detainees are its own news, with or without an incident, and so is a count told
        // with them ("задержали 11 человек, ещё трое болельщиков получили травмы"), unless a relative word
        // hands it to an earlier event ("беспорядков, в ходе которых погибли 238 человек, а более 10 тысяч
        // были задержаны").
        if (f.kind == CasualtyKind::detained) {
            continue;
        }
        const bool with_detainees = std::any_of(figures.begin(), figures.end(), [&](const CasualtyFigure& d) {
            return d.kind == CasualtyKind::detained && d.sentence_begin == f.sentence_begin;
        });
        f.historical = !with_detainees || told_after_a_back_reference(text, lexicon, f);
    }
}

} // namespace lede::extract::casualties
