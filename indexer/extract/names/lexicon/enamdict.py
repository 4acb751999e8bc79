"""ENAMDICT's entries as the kanji lexicon generators read them (the names' kanji readings, the places' town
readings).

An entry is a line "KANJI [reading] /(tags) Latin/(tags) Latin/..." in EUC-JP; tags are s (surname), g/m/f
(given name), u (a person's name), p (a place), h (a person's full name) and others. Standard library only.
"""

import re

ENTRY = re.compile(r"^(\S+) \[(\S+)\] /(.*)/$")
SENSE = re.compile(r"\(([a-z,]+)\) ([^/]*)")


def entries(path):
    """Yields (head, reading, senses) per entry with a reading; senses: [(set of tags, Latin text)]."""
    with open(path, encoding="euc_jp", errors="replace") as dictionary:
        for line in dictionary:
            match = ENTRY.match(line.rstrip("\n"))
            if match:
                head, reading, senses = match.groups()
                yield head, reading, [(set(sense.group(1).split(",")), sense.group(2)) for sense in SENSE.finditer(senses)]
