#!/usr/bin/env python3
"""Writes the Japanese organisations ENAMDICT names, with their English names, as a C++ source, at build time.

Source: enamdict (EUC-JP), the EDRDG's dictionary of Japanese proper names, whose entries are
"KANJI [reading] /(tags) Latin/..."; tag o marks an organisation, c a company, each with its English name:
"早稲田大学 [わせだだいがく] /(o) Waseda University/", "任天堂 [にんてんどう] /(c) Nintendo/". Japanese news names
universities, firms, hospitals and associations in kanji and katakana with no cue a rule could read, and the
English name is what an id is made of (indexer/extract/names/dictionary_orgs.cc).

Kept: entries whose every sense is o or c, written in three or more kanji and kana (no Latin letters, so not
the acronyms the tables and the acronym rule know), whose first English name is a name: its notes in brackets
dropped ("Rakuten (Japanese Internet … conglomerate)"), and a firm's legal form ("Toshiba Corporation",
"Kyoto Animation Co., Ltd."), as English news drops it. Left out: a head with two English names, a former or
defunct body ("(former political party)"), and national bodies, whose English names do not say which
country's they are ("Ministry of Land, Infrastructure and Transport", "House of Councillors": the tables and
the bodies idea name them).

Output: one C++ source defining lede::extract::names::lexicon::kDictionaryOrgBlob, one "HEAD<TAB>English name"
entry a line, sorted by bytes. Standard library only.
"""

import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import enamdict  # noqa: E402
from blob_source import write_source  # noqa: E402

HEAD = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff々ヶ]{3,}$")
NOTE = re.compile(r"\s*\(([^)]*)\)")
LEGAL_FORM = re.compile(r"(,? (Co\., ?Ltd\.?|Company,? Limited|Co\.|Ltd\.?|Limited|Inc\.?|Corporation|Corp\.))+$")
NATIONAL = re.compile(r"^(Ministry|House of|Agency|Cabinet|National Diet|Board of|Office of|Bureau of)\b")
FORMER = re.compile(r"\b(former|defunct|abbr)\b")


def english_name(text):
    notes = " ".join(NOTE.findall(text))
    if FORMER.search(notes):
        return None
    name = LEGAL_FORM.sub("", NOTE.sub("", text)).strip()
    if not name or NATIONAL.match(name) or not re.search(r"[A-Za-z]", name):
        return None
    return name


def organisations(path):
    names = collections.defaultdict(set)
    refused = set()
    for head, reading, senses in enamdict.entries(path):
        if not HEAD.match(head):
            continue
        if not senses or any(not (tags <= {"o", "c"}) for tags, _ in senses):
            refused.add(head)  # also a place, a surname, a product …
            continue
        name = english_name(senses[0][1])
        if name is None:
            refused.add(head)
            continue
        names[head].add(name)
    return {head: next(iter(found)) for head, found in names.items() if len(found) == 1 and head not in refused}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enamdict", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    found = organisations(args.enamdict)
    if len(found) < 2000:
        sys.exit(f"make_dictionary_orgs: too few organisations ({len(found)})")
    write_source(args.out, "make_dictionary_orgs.py",
                 [("kDictionaryOrgBlob", [f"{head}\t{name}" for head, name in found.items()])])
    print(f"make_dictionary_orgs: {len(found)} organisations")


if __name__ == "__main__":
    main()
