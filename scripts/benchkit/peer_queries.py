#!/usr/bin/env python3
"""Turns the peers' query set (../shared/bench/queries.txt: qid kind op terms
date_from date_to) into lede query syntax, one `qid<TAB>class<TAB>query` per line (lede-query-bench input)."""
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    qid, kind, op, terms, date_from, date_to = (line.rstrip("\n").split("\t") + ["", ""])[:6]
    words = terms.split()
    if op == "PHRASE":
        query = '"' + terms + '"'
    elif op == "OR":
        query = " OR ".join(words)
    else:
        query = " ".join(words)
    if date_from or date_to:
        query += f" date:{date_from}..{date_to}"
    print(f"{qid}\t{kind}\t{query}")
