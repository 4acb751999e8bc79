#!/usr/bin/env python3
"""Deterministic generator of multilingual news articles for lede's benchmarks.

    scripts/bench/gen_articles.py --docs N [--seed S] [--jobs J] --out FILE.jsonl

Article i depends only on (seed, i): the first K articles are the same for every --docs >= K, and --jobs only
changes the speed. Standard library only; needs nothing outside the repository.

What an article holds:
- a language (en 60 %, ru de fr es 6 % each, uk zh 4 %, ja ar 3 %, th 2 %), a publication date in
  2015-01-01..2025-12-31, an outlet, a headline and a body of 120-1,500 words (log-normal, median about 450);
- words drawn by Zipf's law (s = 1.05) from a vocabulary of the language: its function words at the top ranks,
  then pseudo-words built from the language's syllables (Latin, Cyrillic, Arabic, Thai) or characters (Han,
  Kana), 60,000 per language, so that common, mid-frequency and rare terms exist as in real text;
- 1-5 entities of lede's gazetteer (corpus/gazetteer), each written with one of its aliases in the article's
  language, mentioned one to three times;
- in 15 % of articles a casualty sentence in the article's language ("At least 40 people were killed ...");
- now and then a year or a date in the text.
"""

import argparse
import datetime
import json
import math
import multiprocessing
import os
import random
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEER = os.path.join(REPO, "corpus", "gazetteer")

LANGS = [("en", 60), ("ru", 6), ("de", 6), ("fr", 6), ("es", 6), ("uk", 4), ("zh", 4), ("ja", 3), ("ar", 3),
         ("th", 2)]
VOCABULARY = 60_000
ZIPF_S = 1.05

# Function words: the top of each language's frequency list.
FUNCTION_WORDS = {
    "en": "the of and to in a that is was for on with as by at from it said were has have be are which this "
          "after its an their not but also had been they who more than over two new will year people one",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden "
          "aus er hat dass sie nach wird bei einer um am sind noch wie",
    "fr": "de la le et les des en du un une à est pour que dans qui par sur au pas plus a été ont ce il sont "
          "avec se ne cette aux mais elle leur selon",
    "es": "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o fue "
          "este ha sí porque esta entre cuando muy sin sobre",
    "ru": "и в не на что с по как из к у о за от это его для но все же так уже был была были года "
          "также после при более который которые было их",
    "uk": "і в на не що з у до як за від це його для але вже так був була були року також після при більш "
          "який які було їх та",
    "ar": "في من على أن إلى عن مع هذا التي الذي كان قد بين بعد كما هذه وقال أو لا ما عام منذ حيث خلال",
    "zh": "的 了 在 是 和 有 我 他 这 中 大 为 上 个 国 以 到 说 们 时 年 地 出 就 会 也 对 发 后 人",
    "ja": "の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ",
    "th": "ที่ และ ใน ของ การ ได้ ไม่ มี เป็น ว่า จะ ให้ กับ ความ นี้ แต่ ก็ จาก โดย ไป มา เมื่อ",
}

# Syllables of each script's pseudo-words.
SYLLABLES = {
    "latin": ["ka", "lo", "mi", "ne", "ra", "to", "vi", "sa", "de", "ri", "an", "el", "or", "us", "in", "ber",
              "gen", "tal", "mon", "ster", "ra", "pa", "li", "no", "ve", "ti", "ca", "do", "fe", "gu"],
    "cyrillic": ["ка", "ло", "ми", "не", "ра", "то", "ви", "са", "де", "ри", "ан", "ел", "ор", "ус", "ин",
                 "бер", "ген", "тал", "мон", "ств", "па", "ли", "но", "ве", "ти", "ча", "до", "ше", "гу", "ой"],
    "arabic": ["كا", "لو", "مي", "نو", "را", "تو", "سا", "دي", "ري", "بن", "ال", "عم", "حس", "قر", "فت",
               "شر", "خل", "جم", "وص", "طب"],
    "thai": ["กา", "ลา", "มี", "นา", "รา", "ตา", "วิ", "สา", "ดี", "ริ", "บาน", "เมือง", "ปะ", "ลี", "โน",
             "เว", "ติ", "จา", "โด", "คุ"],
}
HAN_RANGE = (0x4E00, 0x4E00 + 3500)  # the first 3,500 unified ideographs
KANA = [chr(c) for c in range(0x30A2, 0x30F3)]

SCRIPT_OF = {"en": "latin", "de": "latin", "fr": "latin", "es": "latin", "ru": "cyrillic", "uk": "cyrillic",
             "ar": "arabic", "th": "thai", "zh": "han", "ja": "han"}
SPACED = {"en", "de", "fr", "es", "ru", "uk", "ar"}

CASUALTY = {
    "en": ["At least {d} people were killed and {i} injured in {p} on {w}.",
           "The death toll rose to {d}, officials in {p} said.",
           "{d} people died and more than {i} were wounded.",
           "Dozens were injured and {d} killed when the building collapsed in {p}."],
    "de": ["Mindestens {d} Menschen wurden getötet und {i} verletzt, teilten die Behörden in {p} mit.",
           "Die Zahl der Toten stieg auf {d}."],
    "fr": ["Au moins {d} personnes ont été tuées et {i} blessées à {p}.",
           "Le bilan s'élève à {d} morts, selon les autorités."],
    "es": ["Al menos {d} personas murieron y {i} resultaron heridas en {p}.",
           "El número de muertos ascendió a {d}."],
    "ru": ["По меньшей мере {d} человек погибли, ещё {i} получили ранения в {p}.",
           "Число погибших возросло до {d}."],
    "uk": ["Щонайменше {d} людей загинули, ще {i} отримали поранення.",
           "Кількість загиблих зросла до {d}."],
    "zh": ["事故已造成{d}人死亡，{i}人受伤。", "{p}遇难人数上升至{d}人。"],
    "ja": ["少なくとも{d}人が死亡し、{i}人がけがをした。", "死者は{d}人に上った。"],
    "ar": ["قتل {d} شخصا على الأقل وأصيب {i} آخرون في {p}.", "ارتفع عدد القتلى إلى {d}."],
    "th": ["มีผู้เสียชีวิต {d} ราย และบาดเจ็บ {i} ราย", "ยอดผู้เสียชีวิตเพิ่มเป็น {d} ราย"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Northern Courier", "Daily Meridian", "Harbour Times", "Continental Wire", "Evening Ledger",
           "Coastal Herald", "Metro Dispatch", "Valley Gazette", "Capital Observer", "Global Bulletin"]
FIRST_DAY = datetime.date(2015, 1, 1)
DAYS = (datetime.date(2025, 12, 31) - FIRST_DAY).days + 1


def load_entities():
    """Entity aliases by language from the gazetteer: [(id, type, {lang: [alias, ...]})]."""
    entities = {}
    with open(os.path.join(GAZETTEER, "entities.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and fields[1] != "event":
                entities[fields[0]] = (fields[1], {"en": [fields[2]]})
    with open(os.path.join(GAZETTEER, "aliases.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and fields[0] in entities and "off" not in (fields[3] if len(fields) > 3 else ""):
                entities[fields[0]][1].setdefault(fields[1], []).append(fields[2])
    return [(eid, kind, names) for eid, (kind, names) in sorted(entities.items())]


def build_vocabulary(lang):
    """The language's words by frequency rank: function words, then pseudo-words. Pseudo-word k spells k in
    bijective base-n numeration over the script's syllables (in an order shuffled per language), so the words
    are distinct without trial and error and grow longer with rank, as real words do."""
    rng = random.Random("vocabulary-" + lang)
    words = FUNCTION_WORDS[lang].split()
    seen = set(words)
    script = SCRIPT_OF[lang]
    if script == "han":
        units = [chr(c) for c in range(*HAN_RANGE)] + (KANA if lang == "ja" else [])
    else:
        units = sorted(set(SYLLABLES[script]))
    rng.shuffle(units)
    base = len(units)
    k = base  # skip the one-syllable words: too many would be homographs of real ones
    while len(words) < VOCABULARY:
        k += 1
        n = k
        parts = []
        while n > 0:
            n, digit = divmod(n - 1, base)
            parts.append(units[digit])
        word = "".join(parts)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def zipf_table(size, s):
    """Cumulative weights of ranks 1..size."""
    total = 0.0
    table = []
    for rank in range(1, size + 1):
        total += 1.0 / rank ** s
        table.append(total)
    return table


class Generator:
    def __init__(self, seed):
        self.seed = seed
        self.vocab = {lang: build_vocabulary(lang) for lang, _ in LANGS}
        self.cumulative = zipf_table(VOCABULARY, ZIPF_S)
        self.entities = load_entities()
        # Entities named in each language (an article names them in its own language), and places.
        self.named = {lang: [e for e in self.entities if lang in e[2]] or self.entities for lang, _ in LANGS}
        self.places = {lang: [e for e in self.named[lang] if e[1] == "place"] for lang, _ in LANGS}
        self.lang_table = []
        total = 0
        for lang, weight in LANGS:
            total += weight
            self.lang_table.append((total, lang))
        self.lang_total = total

    def words(self, rng, lang, count):
        return rng.choices(self.vocab[lang], cum_weights=self.cumulative, k=count)

    def alias(self, rng, entity, lang):
        names = entity[2].get(lang) or entity[2].get("*") or entity[2]["en"]
        return rng.choice(names)

    def sentence(self, rng, lang, length, mentions):
        words = self.words(rng, lang, length)
        for name in mentions:
            words.insert(rng.randrange(len(words) + 1), name)
        if lang in SPACED:
            text = " ".join(words)
            if lang in ("en", "de", "fr", "es", "ru", "uk"):
                text = text[:1].upper() + text[1:]
            return text + "."
        return "".join(words) + ("。" if lang in ("zh", "ja") else " ")

    def article(self, i):
        rng = random.Random(self.seed * 1_000_003 + i)
        pick = rng.random() * self.lang_total
        lang = next(code for bound, code in self.lang_table if pick < bound)
        day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
        chosen = rng.sample(self.named[lang], rng.randint(1, 5))
        names = [self.alias(rng, entity, lang) for entity in chosen]

        title = self.sentence(rng, lang, rng.randint(5, 9), names[:1]).rstrip(".。 ")
        target = int(min(1500, max(120, rng.lognormvariate(math.log(450), 0.55))))
        sentences = []
        written = 0
        pending = [name for name in names for _ in range(rng.randint(1, 3))]
        rng.shuffle(pending)
        while written < target:
            length = rng.randint(8, 24)
            mentions = [pending.pop()] if pending and rng.random() < 0.3 else []
            sentences.append(self.sentence(rng, lang, length, mentions))
            written += length
        if rng.random() < 0.15:
            template = rng.choice(CASUALTY[lang])
            place = self.alias(rng, rng.choice(self.places[lang]), lang)
            deaths = rng.choice((2, 3, 5, 8, 12, 17, 23, 40, 61, 133, 250, 1200))
            sentences.insert(rng.randrange(len(sentences) + 1),
                             template.format(d=deaths, i=deaths * rng.randint(1, 4), p=place,
                                             w=rng.choice(WEEKDAYS)))
        if rng.random() < 0.2:
            year = rng.randint(1990, day.year)
            sentences.insert(rng.randrange(len(sentences) + 1),
                             self.sentence(rng, lang, 6, ["%d" % year]))
        paragraphs = []
        for start in range(0, len(sentences), 4):
            joiner = " " if lang in SPACED else ""
            paragraphs.append(joiner.join(sentences[start:start + 4]))
        return {"id": "gen-%d-%d" % (self.seed, i), "title": title, "date": day.isoformat(), "lang": lang,
                "source": rng.choice(OUTLETS), "body": "\n\n".join(paragraphs)}


_GENERATOR = None


def _init(seed):
    global _GENERATOR
    _GENERATOR = Generator(seed)


def _chunk(bounds):
    start, end = bounds
    return "".join(json.dumps(_GENERATOR.article(i), ensure_ascii=False) + "\n" for i in range(start, end))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.docs < 0 or args.jobs < 1:
        parser.error("--docs must be >= 0 and --jobs >= 1")
    chunk = 500
    bounds = [(start, min(start + chunk, args.docs)) for start in range(0, args.docs, chunk)]
    try:
        with open(args.out, "w", encoding="utf-8") as out:
            if args.jobs == 1:
                _init(args.seed)
                for part in map(_chunk, bounds):
                    out.write(part)
            else:
                with multiprocessing.Pool(args.jobs, initializer=_init, initargs=(args.seed,)) as pool:
                    for part in pool.imap(_chunk, bounds):
                        out.write(part)
    except OSError as error:
        print("gen_articles: %s: %s" % (args.out, error.strerror or error), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
