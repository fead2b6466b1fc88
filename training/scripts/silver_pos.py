"""Silver POS and morphology for the NER corpora's text, tagged by Frog's CGN tagger.

Usage::

    python training/scripts/silver_pos.py --data ../shared/nlp-data --out training/corpus

The UD training data holds about 140 k tokens, of which only 10 k are newspaper text (the
domain of the Alpino test set). The NER corpora add 620 k tokens of newspaper (CoNLL-2002
``ned.train`` + ``ned.testa``) and Wikipedia (WikiNEuRal) text without POS. Frog (Debian
package ``frog``, GPL-3; its tagger was trained on the Corpus Gesproken Nederlands) tags
them with CGN tags, which the current UD Dutch treebanks also carry as XPOS. A CGN tag is
mapped to the UD POS + features that the UD training data gives it, for the word itself
when the data has seen it with that tag, else for the tag alone among the open classes,
and only when one label has at least MAP_SHARE of those cases; other tokens stay
unannotated (missing, not wrong).

Output (git-ignored, never commit it): the folder ``pos-mix`` with ``pos-silver.spacy`` and
a copy of convert.py's ``pos-train.spacy`` (the gold UD data), the POS model's training
corpus. ``ned.testb`` and every sentence of the Alpino test set are left out.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from convert import SENTS_PER_DOC, UDSentence, alpino_test, current_ud, read_iob
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

MAP_SHARE = 0.9
CLOSED_CLASSES = {"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT"}
"""POS a word the UD data never shows cannot have: their words are all in 140 k tokens."""
Label = tuple[str, str]  # (UD POS, UD features)


def cgn(tag: str) -> str:
    """One spelling for Frog's ``N(soort,ev)`` and the treebanks' ``N|soort|ev``."""
    return tag.replace("(", "|").replace(")", "").replace(",", "|").rstrip("|")


class TagMap:
    """CGN tag (with or without the word) -> UD (POS, features), learnt from UD data."""

    def __init__(self, sents: list[UDSentence]) -> None:
        self.by_word: dict[tuple[str, str], Counter[Label]] = defaultdict(Counter)
        self.by_tag: dict[str, Counter[Label]] = defaultdict(Counter)
        self.words: set[str] = set()
        for s in sents:
            self.words.update(word.lower() for word in s.words)
            for word, tag, pos, morph in zip(s.words, s.xpos, s.pos, s.morphs, strict=True):
                self.by_word[(cgn(tag), word.lower())][(pos, morph)] += 1
                self.by_tag[cgn(tag)][(pos, morph)] += 1

    def label(self, word: str, tag: str) -> Label | None:
        """The UD label of ``word`` tagged ``tag``, or None when it is not clear enough."""
        counts = self.by_word.get((cgn(tag), word.lower())) or self.by_tag.get(cgn(tag))
        if counts and word.lower() not in self.words:  # only open classes have unseen words
            counts = Counter({label: n for label, n in counts.items()
                              if label[0] not in CLOSED_CLASSES})
        if not counts:
            return None
        label, count = counts.most_common(1)[0]
        return label if count >= MAP_SHARE * counts.total() else None


def frog_tags(sentences: list[list[str]], frog: str) -> list[list[str] | None]:
    """CGN tags of pre-tokenised sentences from Frog's tagger (None where Frog re-split)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.txt", Path(tmp) / "out.tsv"
        src.write_text("".join(" ".join(s) + "\n" for s in sentences), encoding="utf8")
        subprocess.run(
            [frog, "-t", str(src), "-n", "--skip=tmpncla", "-o", str(out)],
            check=True, capture_output=True, cwd=tmp,
        )
        tagged: list[list[tuple[str, str]]] = [[]]
        for line in out.read_text(encoding="utf8").splitlines():
            cols = line.split("\t")
            if len(cols) < 6:
                if tagged[-1]:
                    tagged.append([])
                continue
            tagged[-1].append((cols[1], cols[5]))
    tagged = [t for t in tagged if t]
    if len(tagged) != len(sentences):
        raise SystemExit(f"Frog returned {len(tagged)} sentences for {len(sentences)}")
    return [
        [tag for _, tag in t] if [w for w, _ in t] == s else None
        for s, t in zip(sentences, tagged, strict=True)
    ]


def silver_docs(vocab: Vocab, sentences: list[list[str]], tags: list[list[str] | None],
                tag_map: TagMap) -> list[Doc]:
    """Documents of SENTS_PER_DOC sentences with the mapped labels (missing where unclear)."""
    kept = [(s, t) for s, t in zip(sentences, tags, strict=True) if t is not None]
    docs = []
    for start in range(0, len(kept), SENTS_PER_DOC):
        chunk = kept[start : start + SENTS_PER_DOC]
        words = [w for s, _ in chunk for w in s]
        labels = [tag_map.label(w, t) for s, ts in chunk for w, t in zip(s, ts, strict=True)]
        doc = Doc(vocab, words=words, sent_starts=[i == 0 for s, _ in chunk for i in range(len(s))])
        for token, label in zip(doc, labels, strict=True):
            if label:  # an unlabelled token stays unset: missing, not the empty label
                token.pos_, _ = label
                token.set_morph(label[1])
        docs.append(doc)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/nlp-data"))
    parser.add_argument("--out", type=Path, default=Path("training/corpus"))
    parser.add_argument("--limit", type=int, default=0, help="keep the first N sentences")
    args = parser.parse_args()
    frog = shutil.which("frog")
    if frog is None:
        raise SystemExit("Frog is not installed: apt-get install frog frogdata")
    if not (args.out / "pos-train.spacy").exists():
        raise SystemExit(f"no {args.out / 'pos-train.spacy'}: run convert.py first")
    tag_map = TagMap([s for group in current_ud(args.data) for s in group])
    test = {s.key for s in alpino_test(args.data)}
    conll = args.data / "conll2002-nl"
    docs = [
        *read_iob(conll / "ned.train.gz", 0, 2),
        *read_iob(conll / "ned.testa.gz", 0, 2),
        *read_iob(args.data / "wikineural-nl" / "val.conllu.gz", 1, 2),
        *read_iob(args.data / "wikineural-nl" / "test.conllu.gz", 1, 2),
    ]
    sentences = [[w for w, _ in s] for d in docs for s in d]
    sentences = [s for s in sentences if tuple(s) not in test][: args.limit or None]
    tags = frog_tags(sentences, frog)
    vocab = spacy.blank("nl").vocab
    silver = silver_docs(vocab, sentences, tags, tag_map)
    mix = args.out / "pos-mix"
    mix.mkdir(parents=True, exist_ok=True)
    DocBin(docs=silver, store_user_data=False).to_disk(mix / "pos-silver.spacy")
    shutil.copy(args.out / "pos-train.spacy", mix / "pos-train.spacy")
    tokens = sum(len(d) for d in silver)
    labelled = sum(1 for d in silver for t in d if t.pos_)
    print(f"pos-silver: {len(silver)} docs, {tokens} tokens, {labelled / tokens:.1%} labelled, "
          f"{sum(t is None for t in tags)} of {len(tags)} sentences re-split by Frog, dropped")


if __name__ == "__main__":
    main()
