#!/usr/bin/env python3
"""Writes the given-name lexicon of name discovery as a C++ source, at build time.

Sources, all Debian packages (indexer/extract/names/README.md says why these):
  --apertium BIN...  Apertium morphological analysers (apertium-eng-spa's eng-spa and spa-eng .automorf.bin),
                     dumped with lttoolbox's lt-print: single-word analyses tagged <np><ant> are Latin given names;
                     a name that is also a common word of the analyser (will, rosa, victor) or also a place,
                     organisation or other proper noun (Georgia, Florence, Jordan) is left out.
  --faker DIR        python3-fake-factory's faker/providers/person/: the first names of its Latin-script locales
                     (FAKER_LATIN, left out like Apertium's when a common word or another proper noun) and of ru_RU,
                     uk_UA and bg_BG (read with ast from the source, nothing of Faker is run).
  --hunspell DIC...  hunspell-ru's and hunspell-uk's dictionaries: a Cyrillic first name that is also a lower-case
                     word there (вера, лев) is left out, unless CYRILLIC_SUPPLEMENT below lists it (Роман, Ігор).
  --wordlists FILE... wamerican, wfrench, wngerman and wspanish: a Japanese given name in Latin letters (ENAMDICT's
                     romaji of names with three kanji spellings or more: Fumio, Shinzo) that is an entry of any of
                     them is left out, unless a source above has it as a given name (Sara, Julian).
  --enamdict FILE    enamdict (EUC-JP): katakana given names whose reading is a Latin given name above or that the
                     dictionary marks (g)/(m)/(f), and katakana surnames (s)/(u), each with its Latin reading: the
                     only one, or the only one that is a Latin given name or a surname of Apertium (<np><cog>) or
                     Faker, or of those the most frequent in Faker's en_US (US census) weights; a name whose reading
                     stays ambiguous (シュミット: Schmidt, Schmitt, Schmit) is left out. And full names marked (h)
                     with ・ between their parts (ジョン・レノン: John Lennon), whose one reading is taken whole.

Output: one C++ source defining lede::extract::names::lexicon::k*Blob string literals, one entry a line
("key" or "key<TAB>latin"), keys folded like the analyser's terms (NFKC case fold, Latin without accents, ё as е).
Standard library only.
"""

import argparse
import ast
import os
import re
import subprocess
import sys
import unicodedata

import enamdict
from blob_source import write_source

MIN_LATIN_LETTERS = 3
# Faker's locales whose first names are in Latin or Cyrillic letters: the languages lede's articles are in and the
# countries whose people news names most.
FAKER_LATIN = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "pl_PL", "tr_TR",
               "nl_NL", "cs_CZ", "ro_RO", "hr_HR", "sv_SE", "no_NO", "dk_DK", "fi_FI", "hu_HU"]
# More given names in Latin letters (Austria, Switzerland, Indonesia, Thailand, Ghana), for the Latin lexicon only:
# their surnames would change how katakana surnames are read.
FAKER_LATIN_GIVEN_ONLY = ["de_AT", "de_CH", "fr_CH", "id_ID", "en_TH", "tw_GH"]
FAKER_CYRILLIC = ["ru_RU", "uk_UA", "bg_BG"]
# Cyrillic given names that news names every day and the sources lack (Faker's uk_UA has no Олексій) or drop
# because hunspell also has them as a lower-case word (ігор "of games", роман "novel", юрій?): Ukrainian,
# Russian, and Central Asian and Caucasian names as Russian and Ukrainian text writes them.
# A Japanese given name in Latin letters needs this many kanji spellings in ENAMDICT: the common names.
JAPANESE_MIN_SPELLINGS = 3
MIN_JAPANESE_LETTERS = 4

CYRILLIC_SUPPLEMENT = """
Ігор Олексій Юрій Микола Максим Роман Анатолій Юлія Катерина Вікторія Арсен Ільхам Нурсултан Касим-Жомарт
Игорь Иван Роман Виктория Алихан Нурсултан Серик Армен Арсен Рустам Ильхам Шавкат Эмомали Садыр Касым-Жомарт
Тигран Никол Гурбангулы Сердар Ашот Аскар Бауыржан Ерлан Асхат Даурен Айдос Карим Бахтияр Улугбек Фаррух
Ираклий Георгий Гиорги Мамука Зураб Давид Леван Вахтанг Рамзан Магомед Ахмед Абдулла Мурат Азамат Тимур
Нурлан Канат Мейрам Каракат Салтанат Камчыбек Саймумин Алмазбек Сооронбай Акылбек Адахан Улукбек Бахтиёр Шерали
Зафар Абдулазиз Санжар Жандос Бекзат Олжас Галымжан Мухтар Болат Данияр Алибек Берик Габит Нуржан Айдар Анвар
Бахром Таалатбек Эркин Шухрат Джамшед Рахмон Хуршед Мавлон Ильхом Парвиз Гулнара Динара Айгерим
""".split()


# Latin given names that news from Africa, South Asia and the Middle East names every day and that neither
# Apertium nor Faker's locales list (Faker 0.9.3 has no African or Indian locale in Latin letters), as English
# and French news spell them. Left out like the others when a common word or another proper noun.
LATIN_SUPPLEMENT = """
Amadou Mamadou Moussa Abdoulaye Ibrahima Oumar Boubacar Seydou Ousmane Souleymane Modibo Assimi Mahamadou
Issoufou Alassane Macky Faure Idriss Mahamat Cheikh Aliou Abdou Babacar Lamine Sadio Kalidou Bassirou Adama
Bakary Sekou Mamady Moctar Salifou Tiemoko Kassoum Zephirin Blaise Roch Mahamane Hama Abdourahamane Ismaila
Bola Atiku Olusegun Goodluck Muhammadu Yemi Babajide Nyesom Kashim Rabiu Akinwumi Ngozi Kwame Kwesi Uhuru
Raila Yoweri Abiy Hailemariam Salva Riek Samia Jakaya Jomo Thabo Emmerson Hakainde Yahya Ellen Weah
Narendra Rahul Amit Arvind Mamata Nitish Shehbaz Imran Nawaz Asif Bilawal Maryam Ranil Gotabaya Mahinda Sajith
Anura Pushpa Zabihullah Hasina Khaleda Manmohan Sonia Priyanka Rajnath Nirmala Ajit Uddhav Eknath Devendra
Chandrababu Revanth Mukesh Gautam Ratan Sachin Virat Rohit Sourav Mahendra Sunil Anil Arun Vijay Suresh
Ramesh Rajesh Sanjay Ashok Prakash Deepak Manoj Rakesh Pradeep Shashi Akhilesh Mayawati Siddaramaiah
Abdelaziz Abdelmadjid Abdelkader Abdelfattah Abdelilah Kais Youssef Hicham Khalid Walid Nabil Najib Fouad
Nawaf Mishal Tamim Hamad Bashar Hafez Recep Ekrem Binali Mevlut Hulusi Ebrahim Masoud Javad Hossein Qasem
Yair Naftali Itamar Bezalel Yoav Benny Gadi Reuven Mahmoud Marwan Saeb Nouri Haider Moqtada Masrour
Nechirvan Barham Ayman Hosni Gamal Abdalla Abdelrahman Mohamed Mohammed Muhammad Mahathir Muhyiddin Anwar
Prabowo Joko Gibran Prayut Paetongtarn Srettha Thaksin Yingluck Anutin Prawit Hun Manet Rishi Keir Olaf
""".split()


def fold(text):
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    if re.search(r"[A-Za-z\u00C0-\u024F]", text):
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    return text


def att_sections(att_text):
    """Yields (arcs, finals) per section of an lt-print ATT dump."""
    arcs, finals = {}, set()
    for line in att_text.splitlines():
        if line == "--":
            yield arcs, finals
            arcs, finals = {}, set()
            continue
        fields = line.split("\t")
        if len(fields) >= 4 and fields[1] != "":
            arcs.setdefault(int(fields[0]), []).append((int(fields[1]), fields[2], fields[3]))
        elif fields and fields[0]:
            finals.add(int(fields[0]))
    yield arcs, finals


def acyclic(arcs):
    state = {0: 1}
    stack = [(0, iter(arcs.get(0, ())))]
    while stack:
        node, it = stack[-1]
        arc = next(it, None)
        if arc is None:
            state[node] = 2
            stack.pop()
            continue
        seen = state.get(arc[0], 0)
        if seen == 1:
            return False
        if seen == 0:
            state[arc[0]] = 1
            stack.append((arc[0], iter(arcs.get(arc[0], ()))))
    return True


def apertium_analyses(lt_print, binary):
    """Every (surface, analysis) of the analyser's acyclic sections (the cyclic ones are number and punctuation
    patterns)."""
    att = subprocess.run([lt_print, binary], check=True, capture_output=True, text=True).stdout
    for arcs, finals in att_sections(att):
        if not acyclic(arcs):
            continue
        stack = [(0, "", "")]
        while stack:
            node, surface, analysis = stack.pop()
            if node in finals:
                yield surface, analysis
            for target, upper, lower in arcs.get(node, ()):
                stack.append((target, surface + ("" if upper == "ε" else upper),
                              analysis + ("" if lower == "ε" else lower)))


def apertium_names(lt_print, binaries):
    """(given names, other proper nouns, lower-case words, surnames) of the analysers."""
    given, other_names, words, surnames = set(), set(), set(), set()
    for binary in binaries:
        for surface, analysis in apertium_analyses(lt_print, binary):
            if "<np>" in analysis:
                tags = analysis[analysis.index("<np>"):]
                if tags.startswith("<np><ant>"):
                    given.add(surface)
                elif tags.startswith("<np><cog>"):
                    surnames.add(surface)  # a surname may be a given name too (Michel, Olivier, Thomas)
                else:
                    other_names.add(surface)
            elif "<" in analysis:
                words.add(surface.casefold())
    return given, other_names, words, surnames


def latin_given_names(candidates, other_names, words):
    keep = set()
    for name in candidates:
        if not name.isalpha() or not name[0].isupper() or len(name) < MIN_LATIN_LETTERS:
            continue
        if name in other_names or name.casefold() in words:
            continue
        keep.add(fold(name))
    return keep


def hunspell_words(paths):
    """The lower-case entries of hunspell dictionaries: a given name that is also a word (вера, роман) is left
    out."""
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as dic:
            for line in dic:
                word = line.split("/", 1)[0].strip()
                if word and word[0].islower():
                    words.add(fold(word))
    return words


def faker_fields(directory, locale, fields):
    """The values assigned to `fields` in a Faker person provider's module, as syntax trees."""
    path = os.path.join(directory, locale, "__init__.py")
    with open(path, encoding="utf-8") as source:
        tree = ast.parse(source.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in fields:
                yield node.value


def faker_first_names(directory, locales, fields=("first_names_male", "first_names_female")):
    names = set()
    for locale in locales:
        for value in faker_fields(directory, locale, fields):
            # a tuple of names, or an OrderedDict of (name, weight) pairs: its string constants
            for name in (leaf.value for leaf in ast.walk(value)
                         if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str)):
                if name.isalpha() and len(name) >= MIN_LATIN_LETTERS:
                    names.add(name)
    return names


def faker_weights(directory, locale, fields):
    """Name → frequency of a locale whose names Faker weights (en_US: the US census)."""
    weights = {}
    for value in faker_fields(directory, locale, fields):
        for pair in ast.walk(value):
            if (isinstance(pair, ast.Tuple) and len(pair.elts) == 2 and isinstance(pair.elts[0], ast.Constant)
                    and isinstance(pair.elts[1], ast.Constant) and isinstance(pair.elts[1].value, float)):
                weights[pair.elts[0].value] = max(weights.get(pair.elts[0].value, 0.0), pair.elts[1].value)
    return weights


KATAKANA = re.compile(r"^[\u30A1-\u30FA\u30FC]{2,}$")
PERSON = re.compile(r"^[\u30A1-\u30FA\u30FC]{2,}(・[\u30A1-\u30FA\u30FC]{2,})+$")


def one_reading(readings, known, weights):
    """The reading of a name when it has one, or the one that `known` has, or of those the most frequent by
    `weights` (ジョン: John, not Jon or Jonathan): an ambiguous one gives no id."""
    if len(readings) == 1:
        return next(iter(readings))
    matches = sorted(reading for reading in readings if reading in known)
    if len(matches) == 1:
        return matches[0]
    weighted = sorted(matches, key=lambda reading: -weights.get(reading, 0.0))
    if len(weighted) >= 2 and weights.get(weighted[0], 0.0) > 0.0:
        return weighted[0]
    return None


def enamdict_katakana(path, latin_given, latin_surnames, weights):
    given_readings, typed_given, surname_readings, people = {}, set(), {}, {}
    with open(path, encoding="euc_jp", errors="replace") as dictionary:
        for line in dictionary:
            head, _, rest = line.rstrip("\n").partition(" /")
            if PERSON.match(head) and rest.startswith("(h) "):
                readings = [r for r in rest[4:].strip("/").split("/") if re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)+", r)]
                if len(readings) == 1 and head not in people:
                    people[head] = readings[0]
            if not KATAKANA.match(head):
                continue
            for sense in rest.strip("/").split("/("):
                sense = sense if sense.startswith("(") else "(" + sense
                match = re.match(r"\(([a-z,]+)\)\s*(.*)$", sense)
                if not match:
                    continue
                types = set(match.group(1).split(","))
                readings = {r.strip() for r in match.group(2).split("/") if re.fullmatch(r"[A-Z][a-z]+", r.strip())}
                if types & {"g", "m", "f", "u"}:
                    given_readings.setdefault(head, set()).update(readings)
                    if types & {"g", "m", "f"}:
                        typed_given.add(head)
                if types & {"s", "u"}:
                    surname_readings.setdefault(head, set()).update(readings)
    given, surnames = {}, {}
    for head, readings in given_readings.items():
        known = {reading for reading in readings if fold(reading) in latin_given}
        reading = (one_reading(known, known, weights) if known else
                   one_reading(readings, (), {}) if head in typed_given else None)
        if reading:
            given[head] = reading
    for head, readings in surname_readings.items():
        reading = one_reading(readings, latin_surnames, weights)
        if reading:
            surnames[head] = reading
    return given, surnames, people


def word_list_entries(paths):
    """Every entry of the word lists, folded, capitalised or not (wamerican, wfrench, wngerman, wspanish)."""
    entries = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as word_list:
            entries.update(fold(line.strip()) for line in word_list if line.strip())
    return entries


def press_romaji(latin):
    """ENAMDICT's Latin for a Japanese given name as English news spells it: no macrons, no long vowel written
    twice (Shinzou, Tarō, Yuuko: Shinzo, Taro, Yuko), no apostrophe (Jun'ichi: Junichi)."""
    text = unicodedata.normalize("NFD", latin)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("'", "")
    return re.sub(r"ou|oo|uu", lambda m: m.group(0)[0], text)


def enamdict_latin_given(path, min_spellings):
    """Japanese given names in Latin letters (Fumio, Shinzo, Yoshihide), for English and other Latin-script text:
    the Latin of ENAMDICT's given names (g, m, f) borne by at least `min_spellings` different kanji spellings,
    which is what a common name is (文雄, 富美雄, 二三男 … are all Fumio)."""
    spellings = {}
    for head, _, senses in enamdict.entries(path):
        for tags, latin in senses:
            if tags & {"g", "m", "f"} and re.fullmatch(r"[A-Z][a-zāīūēō']+", latin.strip()):
                spellings.setdefault(press_romaji(latin.strip()), set()).add(head)
    return {name for name, heads in spellings.items()
            if len(heads) >= min_spellings and len(name) >= MIN_JAPANESE_LETTERS}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lt-print", required=True)
    parser.add_argument("--apertium", nargs="+", required=True)
    parser.add_argument("--faker", required=True)
    parser.add_argument("--enamdict", required=True)
    parser.add_argument("--hunspell", nargs="+", required=True)
    parser.add_argument("--wordlists", nargs="+", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    apertium_given, other_names, words, apertium_surnames = apertium_names(args.lt_print, args.apertium)
    latin = latin_given_names(apertium_given | faker_first_names(args.faker, FAKER_LATIN + FAKER_LATIN_GIVEN_ONLY) |
                              set(LATIN_SUPPLEMENT), other_names, words)
    cyrillic_words = hunspell_words(args.hunspell)
    cyrillic = ({fold(name) for name in faker_first_names(args.faker, FAKER_CYRILLIC)} - cyrillic_words) | {
        fold(name) for name in CYRILLIC_SUPPLEMENT}
    weights = faker_weights(args.faker, "en_US", ("first_names_male", "first_names_female", "last_names"))
    katakana_given, katakana_surnames, katakana_people = enamdict_katakana(
        args.enamdict, latin, apertium_surnames | faker_first_names(args.faker, FAKER_LATIN, ("last_names",)), weights)
    if len(latin) < 1000 or len(cyrillic) < 200 or len(katakana_given) < 500 or len(katakana_surnames) < 1000:
        sys.exit(f"make_name_lexicon: too few names ({len(latin)} Latin, {len(cyrillic)} Cyrillic, "
                 f"{len(katakana_given)} katakana given, {len(katakana_surnames)} katakana surnames)")
    # After the katakana readings, which Japanese names in Latin letters would sway. Their romaji is any
    # word of the languages lede reads in Latin letters as often (Nato, Seine, Todo, Pain, Tsunami): left out.
    entries = word_list_entries(args.wordlists) - latin
    japanese = {name for name in latin_given_names(enamdict_latin_given(args.enamdict, JAPANESE_MIN_SPELLINGS),
                                                   other_names, words)
                if name not in entries}
    latin_out = latin | japanese
    write_source(args.out, "make_name_lexicon.py", [
        ("kLatinGivenBlob", latin_out),
        ("kCyrillicGivenBlob", cyrillic),
        ("kKatakanaGivenBlob", [f"{k}\t{v}" for k, v in katakana_given.items()]),
        ("kKatakanaSurnameBlob", [f"{k}\t{v}" for k, v in katakana_surnames.items()]),
        ("kKatakanaPersonBlob", [f"{k}\t{v}" for k, v in katakana_people.items()]),
    ])
    print(f"make_name_lexicon: {len(latin_out)} Latin ({len(japanese - latin)} Japanese) and {len(cyrillic)} Cyrillic given names, "
          f"{len(katakana_given)} katakana given names, {len(katakana_surnames)} katakana surnames, "
          f"{len(katakana_people)} katakana full names")


if __name__ == "__main__":
    main()
