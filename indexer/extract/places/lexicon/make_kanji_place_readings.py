#!/usr/bin/env python3
"""Writes the readings of Japanese towns, villages and wards as a C++ source, at build time.

Source: enamdict (EUC-JP), the EDRDG's dictionary of Japanese proper names, whose entries are
"KANJI [reading] /(tags) Latin/..."; tag p marks a place. GeoNames lists Japan's cities, not its towns (町),
villages (村) and city wards (区), which news names with the prefecture or city before them ("長野県軽井沢町",
"京都市伏見区"); indexer/extract/places/admin_units.cc finds them and spells them from these readings.

Kept: place entries of one to four kanji and 町, 村 or 区, whose reading ends in the kind's reading (ちょう or まち,
むら or そん, く), with the kind's reading taken off. A name whose place entries give two stems (志賀町: しか, しが) is
left out: the dictionary says nothing of which is meant.

Output: one C++ source defining lede::extract::places::kKanjiPlaceBlob, one "KANJI<TAB>stem reading" entry a
line (軽井沢町<TAB>かるいざわ), sorted by bytes. Standard library only.
"""

import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "names", "lexicon"))
import enamdict  # noqa: E402
from blob_source import write_source  # noqa: E402

NAME = re.compile(r"^[\u4e00-\u9fff々ヶ]{1,4}[町村区]$")
HIRAGANA = re.compile(r"^[\u3041-\u309fー]+$")
KIND_READINGS = {"町": ("ちょう", "まち"), "村": ("むら", "そん"), "区": ("く",)}


def place_readings(path):
    stems = collections.defaultdict(set)
    for head, reading, senses in enamdict.entries(path):
        if not NAME.match(head) or not HIRAGANA.match(reading) or not any("p" in tags for tags, _ in senses):
            continue
        for kind_reading in KIND_READINGS[head[-1]]:
            if reading.endswith(kind_reading) and len(reading) > len(kind_reading):
                stems[head].add(reading[: -len(kind_reading)])
    return {head: next(iter(readings)) for head, readings in stems.items() if len(readings) == 1}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enamdict", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    readings = place_readings(args.enamdict)
    if len(readings) < 5000:
        sys.exit(f"make_kanji_place_readings: too few places ({len(readings)})")
    write_source(args.out, "indexer/extract/places/lexicon/make_kanji_place_readings.py",
                 [("kKanjiPlaceBlob", [f"{k}\t{v}" for k, v in readings.items()])], "lede::extract::places")
    print(f"make_kanji_place_readings: {len(readings)} towns, villages and wards")


if __name__ == "__main__":
    main()
