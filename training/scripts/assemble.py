"""Assemble the shipped pipeline from the trained UD, POS and NER pipelines.

Usage::

    python training/scripts/assemble.py --ud training/training/ud/model-best \
        --ner training/training/ner-tune/model-best --pos training/training/pos/model-best \
        --ud-train corpus/ud-train.spacy --out src/kg/models/nl_core_kg

The UD pipeline (tokenizer with kg's rules, tok2vec, parser, lemmatizer) is the base; its
own morphologizer is replaced by the POS model's (trained on gold and Frog's silver tags,
see silver_pos.py), and the NER is sourced from its own pipeline; each comes with a private
copy of its tok2vec, so no two share weights and the parse is the UD pipeline's. The NER
runs before the parser: the parser's sentence splits are often wrong inside names
(`Sergej | Lavrov`), and spaCy's NER never crosses a sentence boundary (ned.testb under
``spacy evaluate``: 79.2 against 78.4 with the NER last). kg then keeps the parser from
splitting inside the names found (``kg.nlp.sentences``). After the trainable lemmatizer,
``kg_lemma_lexicon`` (kg.nlp.lexicon) gives words the UD training data (``--ud-train``)
never showed the lemma of spacy-lookups-data's Dutch lookup table.
``--results`` (``benchmarks/model/results.json``) fills the meta's ``performance`` block;
without it the block is left empty.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import spacy
import spacy_lookups_data
import srsly
from spacy.tokens import DocBin
from thinc.api import Config

from kg.nlp.lexicon import FACTORY as LEMMA_LEXICON
from kg.nlp.lexicon import unseen_forms

VERSION = "0.3.0"
LOOKUP_TABLE = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
"""spacy-lookups-data's Dutch lemma lookup table (form -> lemma; MIT licence)."""
SOURCES = [
    {
        "name": "UD_Dutch-Alpino (dev) and UD_Dutch-LassySmall (dev, test, UD 2.0 train)",
        "url": "https://universaldependencies.org",
        "license": "CC BY-SA 4.0",
    },
    {
        "name": "CoNLL-2002 Dutch NER (ned.train, ned.testa)",
        "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
        "license": "research use only",
    },
    {
        "name": "spacy-lookups-data nl_lemma_lookup (lemmas of forms the UD data lacks)",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
    },
    {
        "name": "WikiNEuRal nl (val, test; silver)",
        "url": "https://github.com/Babelscape/wikineural",
        "license": "CC BY-NC-SA 4.0",
    },
    {
        "name": "Frog 0.20 (Debian frog, frogdata): CGN tags of the CoNLL-2002 and WikiNEuRal "
                "text, mapped to UD POS + features (silver data of the morphologizer)",
        "url": "https://languagemachines.github.io/frog/",
        "license": "GPL-3.0-or-later (the tagger); the tags are its output",
    },
    {
        "name": "Frog's name lists (frogdata: Dutch first and family names, GeoNames places of "
                "the Netherlands and Belgium) and CLDR's Dutch country names: the NER's "
                "name-list feature (training/scripts/name_lists.py)",
        "url": "https://github.com/LanguageMachines/frogdata",
        "license": "GPL-3.0-or-later (frogdata); Unicode licence (CLDR)",
    },
]


def performance(results: dict[str, Any]) -> dict[str, Any]:
    """The meta.json ``performance`` block from the benchmark results."""
    ner = results.get("ner_conll2002_testb", {})
    ud = results.get("ud_alpino_test", {})
    perf = {key: ner[key] for key in ("ents_p", "ents_r", "ents_f", "ents_per_type") if key in ner}
    perf.update({key: value for key, value in ud.items() if value is not None})
    for key, name in (("speed_one_thread", "speed_words_per_s_one_thread"),
                      ("speed_one_thread_kg_pipeline", "speed_words_per_s_one_thread_kg")):
        if key in results:
            perf[name] = results[key]["words_per_s"]
    return perf


def assemble(ud_dir: Path, ner_dir: Path, pos_dir: Path, ud_train: Path, out: Path,
             results: dict[str, Any]) -> None:
    """Write the combined pipeline to ``out`` (replacing what was there)."""
    nlp = spacy.load(ud_dir)
    nlp.remove_pipe("morphologizer")
    nlp.add_pipe("morphologizer", source=private_tok2vec(pos_dir, "morphologizer"),
                 after="tok2vec")
    nlp.add_pipe("ner", source=private_tok2vec(ner_dir, "ner"), before="parser")
    lexicon = nlp.add_pipe(LEMMA_LEXICON, after="trainable_lemmatizer")
    lexicon.table = unseen_forms(srsly.read_gzip_json(LOOKUP_TABLE),  # type: ignore[attr-defined]
                                 training_forms(nlp, ud_train))
    nlp.meta.update(
        {
            "name": "core_kg",
            "lang": "nl",
            "version": VERSION,
            "description": "Dutch pipeline of the kg project: tokenizer tuned for parliamentary "
            "documents, POS/morphology, dependency parse and sentences, lemmas, NER "
            "(PER, ORG, LOC, MISC). See MODEL_CARD.md.",
            "author": "kg developers",
            "license": "CC BY-NC-SA 4.0; NER and POS research use only (CoNLL-2002), "
                       "see MODEL_CARD.md",
            "sources": SOURCES,
            "performance": performance(results),
        }
    )
    card = out / "MODEL_CARD.md"
    kept = card.read_text(encoding="utf8") if card.exists() else None
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    forget_name_lists(out / "config.cfg")
    if kept is not None:
        card.write_text(kept, encoding="utf8")


def forget_name_lists(config_path: Path) -> None:
    """Set every ``name_lists`` path of the config to null: the trained table is stored in
    the weights (kg.nlp.name_lists), and the training corpus path means nothing to users."""

    def clear(section: dict[str, Any]) -> None:
        for key, value in section.items():
            if key == "name_lists":
                section[key] = None
            elif isinstance(value, dict):
                clear(value)

    config = Config().from_disk(config_path, interpolate=False)
    clear(config)
    config.to_disk(config_path)


def private_tok2vec(model_dir: Path, component: str) -> spacy.language.Language:
    """The pipeline in ``model_dir`` with its tok2vec copied into ``component`` (unless the
    component has one of its own already, as in a shipped model)."""
    nlp = spacy.load(model_dir)
    if "tok2vec" in nlp.pipe_names and component in nlp.get_pipe("tok2vec").listening_components:
        nlp.replace_listeners("tok2vec", component, ["model.tok2vec"])
    return nlp


def training_forms(nlp: spacy.language.Language, corpus: Path) -> set[str]:
    """The word forms of a .spacy corpus."""
    return {token.text for doc in DocBin().from_disk(corpus).get_docs(nlp.vocab)
            for token in doc}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--pos", type=Path, required=True,
                        help="the POS pipeline (tok2vec + morphologizer) of configs/pos.cfg")
    parser.add_argument("--ud-train", type=Path, required=True,
                        help="the UD training corpus (.spacy): its forms keep their lemmas")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--results", type=Path, help="benchmarks/model/results.json")
    args = parser.parse_args()
    results = json.loads(args.results.read_text()) if args.results else {}
    assemble(args.ud, args.ner, args.pos, args.ud_train, args.out, results)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {args.out} ({size / 1e6:.1f} MB): {spacy.load(args.out).pipe_names}")


if __name__ == "__main__":
    main()
