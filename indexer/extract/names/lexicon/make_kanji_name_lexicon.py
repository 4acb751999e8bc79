#!/usr/bin/env python3
"""Writes the kanji name readings of name discovery as a C++ source, at build time.

Source: enamdict (EUC-JP), the EDRDG's dictionary of Japanese proper names (indexer/extract/names/README.md says
why and how). Its entries are "KANJI [reading] /(tags) Latin/...", tagged s (surname), g/m/f (given name, of either
sex, male, female), u (a person's name not yet classed as given name or surname), p (a place) and h (one person's
full name, with dates when known). A kanji name has many readings (茂: しげる, しげ, つとむ, もぎ ... twelve), and the
dictionary says nothing of which is common; the full names of people say it. So:

  attestations   each h entry in kanji whose reading splits one way only into a surname's reading (s, u) and a
                 given name's reading (g, m, f, u) counts that reading once for each part (岸田文雄 きしだふみお:
                 岸田 きしだ, 文雄 ふみお). An entry whose Latin is no spelling of its reading (習近平 しゅうきんぺい:
                 Xi Jinping) is a foreigner read the Japanese way and counts for nothing.
  surnames and   a part of one to three kanji gets a reading when it is the only one the dictionary lists for the
  given names    part and at least one person bears it, or when at least MIN_ATTESTED people bear it and at least
                 DOMINANT_SHARE of those the part is attested for (茂 しげる 97 of 97, 文雄 ふみお 31 of 32; not
                 純子 じゅんこ 35 of 41, nor 河野 こうの 49 of 60: Kōno and Kawano are both common). Readings that
                 romanise alike (てつお, てつを) count as one. Left one out, the dictionary's people named by such
                 parts are read otherwise than their own entry about 4 % of the time (6 % at 4 in 5; 3.4 % at 19
                 in 20, naming an eighth fewer). Others are left out.
  people         h entries of two to six kanji of people born in 1900 or later (or of no date), whose Latin
                 spells their reading, kept with the reading split into surname and given name when the split of
                 the tables above would not give it (a one-kanji surname, a rare reading), after the number of
                 the surname's kanji (0 when only the Latin tells where the reading parts): "石破茂<TAB>2 いしば しげる".
                 A full name the tables would split but whose people are read otherwise, or several ways, or a
                 foreigner, is kept with no reading: a name found with it gets no id. Two kanji whose reading
                 only the Latin splits (尚泰, 安泰) are no surname and given name and are left out.

Output: one C++ source defining lede::extract::names::lexicon::kKanji*Blob string literals, one "key<TAB>reading"
entry a line, sorted by bytes. Standard library only.
"""

import argparse
import collections
import re
import sys
import unicodedata

import enamdict
from blob_source import write_source

MAX_PART_KANJI = 3
MIN_ATTESTED = 3
DOMINANT_SHARE = 0.9
MIN_BIRTH_YEAR = 1900
# The runtime split (kanji_names.cc) takes a surname of two or three kanji: a one-kanji surname followed by one or
# two kanji is also the shape of Chinese and Korean names (王毅, 林佳龍, 文在寅), which Japanese text writes in kanji.
MIN_SPLIT_SURNAME = 2

KANJI = re.compile(r"^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005]+$")
HIRAGANA = re.compile(r"^[\u3041-\u3096\u30FC]+$")
BIRTH = re.compile(r"\((\d{3,4})[.\-)]")

SURNAME_TAGS = {"s", "u"}
GIVEN_TAGS = {"g", "m", "f", "u"}

# Kana → Hepburn, only to tell whether an entry's Latin spells its reading (the index's ids are romanised by
# hepburn.cc, in C++). Long vowels and n' do not matter here: both sides are compared folded.
ROMAJI = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょゎゔ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
    "ya yu yo ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo "
    "pa pi pu pe po a i u e o ya yu yo wa vu".split()))


def romanise(kana):
    out = []
    for i, char in enumerate(kana):
        if char in "ゃゅょ" and out and out[-1].endswith("i") and len(out[-1]) > 1:
            stem = out[-1][:-1]
            out[-1] = (stem if stem in ("sh", "ch", "j") else stem + "y") + ROMAJI[char][1]
        elif char == "っ":
            out.append("")
        elif char == "ー":
            continue
        else:
            syllable = ROMAJI.get(char)
            if syllable is None:
                return None
            if out and out[-1] == "":
                out[-1] = syllable[0]
            out.append(syllable)
    return "".join(out)


def folded(latin):
    text = "".join(c for c in unicodedata.normalize("NFD", latin.lower()) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z]", "", text)
    for long_vowel, short in (("ou", "o"), ("oo", "o"), ("uu", "u"), ("mb", "nb"), ("mp", "np"), ("mm", "nm")):
        text = text.replace(long_vowel, short)
    return text


def read_enamdict(path):
    """(surname readings, given readings, people): kanji → set of readings; people: kanji → [(reading, latin,
    birth year or None)]."""
    surnames, given, people = (collections.defaultdict(set), collections.defaultdict(set),
                               collections.defaultdict(list))
    for head, reading, senses in enamdict.entries(path):
        if not KANJI.match(head) or not HIRAGANA.match(reading):
            continue
        for tags, text in senses:
            if tags & SURNAME_TAGS:
                surnames[head].add(reading)
            if tags & GIVEN_TAGS:
                given[head].add(reading)
            if "h" in tags:
                birth = BIRTH.search(text)
                latin = re.split(r"[(,]", text)[0].strip()
                people[head].append((reading, latin, int(birth.group(1)) if birth else None))
    return surnames, given, people


def spells(latin, surname_kana, given_kana):
    """Whether Latin of two words in either order ("Kishida Fumio", "Fumio Kishida") spells the split reading."""
    words = [folded(word) for word in latin.split()]
    surname, given = romanise(surname_kana), romanise(given_kana)
    if len(words) != 2 or surname is None or given is None:
        return False
    return words in ([folded(surname), folded(given)], [folded(given), folded(surname)])


def splits(head, reading, surnames, given, min_surname=1):
    """Every (surname, its reading, given name, its reading) that head and reading split into."""
    out = []
    for cut in range(min_surname, len(head)):
        surname, rest = head[:cut], head[cut:]
        for surname_kana in surnames.get(surname, ()):
            if reading.startswith(surname_kana) and reading[len(surname_kana):] in given.get(rest, ()):
                out.append((surname, surname_kana, rest, reading[len(surname_kana):]))
    return out


def spelling(kana):
    """Readings that romanise alike (てつお, てつを; こうじ, こおじ) are one spelling: counted as one."""
    latin = romanise(kana)
    return folded(latin) if latin else kana


def attested_readings(surnames, given, people):
    """Per part, a Counter of the spellings that people's full names bear; per part and spelling, of the kana."""
    surname_counts, given_counts = collections.defaultdict(collections.Counter), collections.defaultdict(
        collections.Counter)
    kana_counts = collections.defaultdict(collections.Counter)
    for head, entries in people.items():
        for reading, latin, _ in entries:
            found = splits(head, reading, surnames, given)
            if len(found) == 1 and spells(latin, found[0][1], found[0][3]):
                surname, surname_kana, rest, given_kana = found[0]
                surname_counts[surname][spelling(surname_kana)] += 1
                given_counts[rest][spelling(given_kana)] += 1
                kana_counts[surname, spelling(surname_kana)][surname_kana] += 1
                kana_counts[rest, spelling(given_kana)][given_kana] += 1
    return surname_counts, given_counts, kana_counts


def dominant(counts, listed, kana_counts):
    """part → reading, for the parts whose reading people's names settle (module docstring)."""
    out = {}
    for part, spellings in counts.items():
        if len(part) > MAX_PART_KANJI:
            continue
        top, count = spellings.most_common(1)[0]
        total = sum(spellings.values())
        only_one_listed = len({spelling(kana) for kana in listed.get(part, ())}) == 1
        if (only_one_listed or count >= MIN_ATTESTED) and count >= DOMINANT_SHARE * total:
            out[part] = kana_counts[part, top].most_common(1)[0][0]
    return out


def runtime_split(head, surname_table, given_table):
    """The (surname, given name) reading kanji_names.cc gives head from the tables alone, or None (no split, or
    more than one)."""
    found = []
    for cut in range(MIN_SPLIT_SURNAME, min(MAX_PART_KANJI, len(head) - 1) + 1):
        surname, rest = head[:cut], head[cut:]
        if len(rest) <= MAX_PART_KANJI and surname in surname_table and rest in given_table:
            found.append((surname_table[surname], given_table[rest]))
    return found[0] if len(found) == 1 else None


def person_table(people, surnames, given, surname_table, given_table):
    """kanji → "N surname-reading given-reading" (N: the surname's kanji, 0 when unknown), or "" for a name to
    leave unnamed."""
    table = {}
    for head, entries in people.items():
        if not 2 <= len(head) <= 2 * MAX_PART_KANJI:
            continue
        split_reading = runtime_split(head, surname_table, given_table)
        readings = set()
        foreign = False
        for reading, latin, birth in entries:
            if birth is not None and birth < MIN_BIRTH_YEAR:
                continue
            # Split by the dictionary's parts, or failing that where the Latin's words part (surname kanji unknown).
            found = splits(head, reading, surnames, given) or [
                ("", reading[:cut], "", reading[cut:]) for cut in range(1, len(reading))]
            spelled = {(len(surname), s_kana, g_kana) for surname, s_kana, _, g_kana in found
                       if spells(latin, s_kana, g_kana)}
            if len(spelled) == 1:
                readings.add(next(iter(spelled)))
            elif not spelled and len(latin.split()) >= 2:
                foreign = True  # the Latin is no reading of the kana: a Chinese or Korean name, or an error
        if foreign or len({(s_kana, g_kana) for _, s_kana, g_kana in readings}) > 1:
            if split_reading is not None:
                table[head] = ""
        elif readings:
            surname_kanji, s_kana, g_kana = max(readings)
            if len(head) == 2 and surname_kanji == 0:
                continue  # two kanji the dictionary's parts do not explain: a king's name (尚泰), a word (安泰)
            if (s_kana, g_kana) != split_reading:
                table[head] = f"{surname_kanji} {s_kana} {g_kana}"
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enamdict", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    surnames, given, people = read_enamdict(args.enamdict)
    surname_counts, given_counts, kana_counts = attested_readings(surnames, given, people)
    surname_table = dominant(surname_counts, surnames, kana_counts)
    given_table = dominant(given_counts, given, kana_counts)
    people_table = person_table(people, surnames, given, surname_table, given_table)
    if len(surname_table) < 2000 or len(given_table) < 2000 or len(people_table) < 2000:
        sys.exit(f"make_kanji_name_lexicon: too few names ({len(surname_table)} surnames, {len(given_table)} "
                 f"given names, {len(people_table)} people)")
    write_source(args.out, "make_kanji_name_lexicon.py", [
        ("kKanjiSurnameBlob", [f"{k}\t{v}" for k, v in surname_table.items()]),
        ("kKanjiGivenBlob", [f"{k}\t{v}" for k, v in given_table.items()]),
        ("kKanjiPersonBlob", [f"{k}\t{v}" for k, v in people_table.items()]),
    ])
    print(f"make_kanji_name_lexicon: {len(surname_table)} kanji surnames, {len(given_table)} given names, "
          f"{sum(1 for v in people_table.values() if v)} people read and "
          f"{sum(1 for v in people_table.values() if not v)} left unnamed")


if __name__ == "__main__":
    main()
