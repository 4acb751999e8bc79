#!/usr/bin/env python3
"""Query set for lede's own benchmark, drawn from the first articles of a corpus made by gen_articles.py.

    scripts/benchkit/make_queries.py CORPUS.jsonl [--sample N] [--seed S] > queries.tsv

Prints `qid<TAB>class<TAB>query` lines (lede-query-bench input), 25 per class:
  common   a word in more than 20 % of the sampled English articles
  rare     a word in 2-4 of them (tens of articles at 100k)
  and2     two words in 1-10 % of them, both required
  or2      the same pairs, either
  phrase   two adjacent words of a sampled sentence, quoted
  date     a common word and a publication-date range of one to three years
  entity   an entity filter by a gazetteer name the sampled articles use, with a common word
  faceted  a common word, with every facet counted over all matches
  intl     a mid-frequency word of a non-English article (Chinese and Japanese: a two-character word)
Deterministic for a given corpus, sample and seed.
"""

import argparse
import collections
import json
import os
import random
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PER_CLASS = 25
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
CJK = {"zh", "ja", "th"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--sample", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    english_df = collections.Counter()
    foreign_df = collections.defaultdict(collections.Counter)
    sentences = []
    texts = []
    english = 0
    foreign = collections.Counter()
    try:
        with open(args.corpus, encoding="utf-8") as fh:
            for number, line in enumerate(fh):
                if number >= args.sample:
                    break
                article = json.loads(line)
                lang, body = article["lang"], article["body"]
                if lang in CJK:
                    foreign[lang] += 1
                    if lang != "th":
                        runs = re.findall(r"[\u4e00-\u9fff]{2}", body)
                        foreign_df[lang].update(set(runs))
                    continue
                words = set(w.lower() for w in WORD.findall(body))
                if lang == "en":
                    english += 1
                    english_df.update(words)
                    if len(sentences) < 2000:
                        sentences.extend(s for s in body.split(". ")[:3] if len(s.split()) > 4)
                else:
                    foreign[lang] += 1
                    foreign_df[lang].update(words)
                if lang == "en":
                    texts.append(article["title"] + "\n" + body)
    except (OSError, ValueError, KeyError) as error:
        print("make_queries: %s: %s" % (args.corpus, error), file=sys.stderr)
        return 2
    if english == 0:
        print("make_queries: no English articles in the sample", file=sys.stderr)
        return 2

    def band(low, high):
        return sorted(w for w, df in english_df.items() if low <= df / english <= high)

    common = band(0.2, 1.0)
    mid = band(0.01, 0.10)
    rare = sorted(w for w, df in english_df.items() if 2 <= df <= 4)
    rows = []

    def add(kind, query):
        rows.append((kind, query))

    for word in rng.sample(common, min(PER_CLASS, len(common))):
        add("common", word)
    for word in rng.sample(rare, min(PER_CLASS, len(rare))):
        add("rare", word)
    pairs = [tuple(rng.sample(mid, 2)) for _ in range(PER_CLASS)]
    for a, b in pairs:
        add("and2", "%s %s" % (a, b))
    for a, b in pairs:
        add("or2", "%s OR %s" % (a, b))
    midset = set(mid) | set(common)
    phrases = []
    for sentence in sentences:
        words = [w.lower() for w in sentence.split()]
        for a, b in zip(words, words[1:]):
            if a in midset and b in midset and a.isalpha() and b.isalpha() and a != b:
                phrases.append("%s %s" % (a, b))
    for phrase in rng.sample(sorted(set(phrases)), min(PER_CLASS, len(set(phrases)))):
        add("phrase", '"%s"' % phrase)
    for word in rng.sample(common, min(PER_CLASS, len(common))):
        start = rng.randint(2015, 2023)
        add("date", "%s date:%d..%d" % (word, start, min(2025, start + rng.randint(0, 2))))
    # Entities of the gazetteer (English names) that the sampled English articles mention.
    names = []
    try:
        with open(os.path.join(REPO, "corpus", "gazetteer", "entities.tsv"), encoding="utf-8") as fh:
            for line in fh:
                fields = line.rstrip("\n").split("\t")
                if not line.startswith("#") and len(fields) >= 3 and fields[1] != "event":
                    names.append(fields[2])
    except OSError as error:
        print("make_queries: gazetteer: %s" % error, file=sys.stderr)
        return 2
    joined = "\n".join(texts)
    names = [name for name in names if joined.count(name) >= 3]
    for name in rng.sample(sorted(names), min(PER_CLASS, len(names))):
        add("entity", 'entity:"%s" %s' % (name, rng.choice(common)))
    for word in rng.sample(common, min(PER_CLASS, len(common))):
        add("faceted", word)
    langs = sorted(foreign)
    for i in range(PER_CLASS):
        lang = langs[i % len(langs)]
        total = foreign[lang]
        candidates = sorted(w for w, df in foreign_df[lang].items() if 0.02 <= df / total <= 0.3) or \
            sorted(foreign_df[lang])
        if candidates:
            add("intl", rng.choice(candidates))
    for number, (kind, query) in enumerate(rows, 1):
        print("q%03d\t%s\t%s" % (number, kind, query))
    return 0


if __name__ == "__main__":
    sys.exit(main())
