"""Measure the shipped Dutch pipeline: NER, POS/morphology/parsing/lemmas and speed.

Usage::

    python -m benchmarks.model [--model DIR] [--data ../shared/nlp-data] [--out results.json]

* NER: CoNLL-2002 ``ned.testb``, precision/recall/F1 overall and per label, exactly as
  ``python -m spacy evaluate <model> ner-test.spacy`` computes them (the model as loaded by
  spaCy), plus the same as kg runs it (``kg.nlp.pipeline.load_pipeline``: gazetteer ruler +
  span repair, through ``kg.nlp.layout.annotate``: sentences start only after sentence
  punctuation) for reference.
* UD: UD_Dutch-Alpino test: UPOS, morphology, UAS, LAS, sentence F1 and lemma accuracy, both
  spaCy's strict ``lemma_acc`` and a lenient one (case and the treebank's ``_`` compound
  markers ignored).
* Speed: words (non-space tokens) per second of the whole pipeline on one CPU thread, over
  the sample corpus in ``data/corpus`` repeated to about 40,000 words, the fastest of three
  rounds (all three are kept); per wall-clock second and per CPU second (the latter is
  steadier on a busy machine); also with numpy's BLAS instead of thinc's BLIS kernels.

Accuracy needs the corpora; without them they are skipped with a message and only speed is
measured. Results go to ``benchmarks/model/results.json`` and, as a Markdown table,
``benchmarks/model/results.md``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core: set before numpy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

from kg.paths import DATA_DIR, GAZETTEER_DIR, PROJECT_DIR, SHIPPED_MODEL_DIR  # noqa: E402

sys.path.insert(0, str(PROJECT_DIR / "training" / "scripts"))
import convert  # noqa: E402

HERE = Path(__file__).parent
SPEED_WORDS = 40_000
SPEED_ROUNDS = 3


def predict(nlp: Language, refs: list[Doc],
            parse: Callable[[str], Doc] | None = None) -> tuple[dict[str, Any], list[Example]]:
    """Run ``nlp`` (or ``parse``) on the text of the gold docs and score it as ``spacy
    evaluate`` does."""
    predicted = (nlp.pipe(nlp.make_doc(ref.text) for ref in refs) if parse is None
                 else (parse(ref.text) for ref in refs))
    egs = [Example(doc, ref) for doc, ref in zip(predicted, refs, strict=True)]
    return Scorer(nlp).score(egs), egs


def ner_scores(nlp: Language, data: Path,
               parse: Callable[[str], Doc] | None = None) -> dict[str, Any]:
    """Entity P/R/F overall and per label on ned.testb."""
    conll = data / "conll2002-nl" / "ned.testb.gz"
    scores, _ = predict(nlp, convert.iob_docs(nlp.vocab, convert.read_iob(conll, 0, 2)), parse)
    return {
        "ents_p": scores["ents_p"],
        "ents_r": scores["ents_r"],
        "ents_f": scores["ents_f"],
        "ents_per_type": scores["ents_per_type"],
    }


def ud_scores(nlp: Language, data: Path) -> dict[str, Any]:
    """UD scores on Alpino test, with strict and lenient lemma accuracy.

    With ``spacy-lookups-data`` installed (the ``train`` extra), the same two lemma scores of
    spaCy's rule-based Dutch lemmatizer, fed the pipeline's own POS tags, are added.
    """
    gold = convert.read_conllu(data / "ud-dutch-alpino" / "nl_alpino-ud-test.conllu.gz", "test")
    scores, egs = predict(nlp, convert.ud_docs(nlp.vocab, gold))
    keys = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_f", "lemma_acc")
    result = {key: scores.get(key) for key in keys}
    result.update(lemma_scores(egs, "lemma_acc"))
    try:
        rule = spacy.blank("nl", vocab=nlp.vocab)
        lemmatizer = rule.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
        rule.initialize()
    except (ImportError, ValueError) as error:  # no lookup tables
        print(f"SKIPPED rule lemmatizer comparison: {error}")
        return result
    for eg in egs:
        lemmatizer(eg.predicted)
    result["rule_lemmatizer"] = lemma_scores(egs, "lemma_acc")
    return result


def lemma_scores(egs: list[Example], key: str) -> dict[str, float]:
    """Strict and lenient lemma accuracy over all gold tokens (misaligned ones count wrong)."""
    total = strict = lenient = 0
    for eg in egs:
        total += len(eg.reference)
        for token, lemma in zip(eg.predicted, eg.get_aligned("LEMMA", as_string=True), strict=True):
            if lemma is not None:
                strict += token.lemma_ == lemma
                lenient += normal_lemma(token.lemma_) == normal_lemma(lemma)
    return {key: strict / total, f"{key}_lenient": lenient / total}


def normal_lemma(lemma: str) -> str:
    """A lemma without case and compound markers (``Frans_talig`` -> ``franstalig``)."""
    return lemma.replace("_", "").lower()


def speed(nlp: Language) -> dict[str, Any]:
    """Words per second of ``nlp`` on one thread over the repeated sample corpus: the fastest
    of SPEED_ROUNDS rounds (on a shared machine the others measure the neighbours too)."""
    texts = [path.read_text(encoding="utf8") for path in sorted((DATA_DIR / "corpus").glob("*"))]
    words_per_round = sum(len(t.split()) for t in texts)
    texts *= max(1, SPEED_WORDS // words_per_round)
    list(nlp.pipe(texts[:2]))  # warm up
    rounds = []
    for _ in range(SPEED_ROUNDS):
        start, cpu_start = time.perf_counter(), time.process_time()
        words = sum(sum(not t.is_space for t in doc) for doc in nlp.pipe(texts, batch_size=64))
        rounds.append((time.perf_counter() - start, time.process_time() - cpu_start))
    seconds, cpu = min(rounds)
    return {
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_s": round(words / seconds),
        "words_per_cpu_s": round(words / cpu),
        "words_per_s_all_rounds": [round(words / wall) for wall, _ in rounds],
    }


def markdown(results: dict[str, Any]) -> str:
    """The results as the Markdown table of the README and the model card."""
    rows = [("measure", "target", "result"), ("---", "---", "---")]
    ner = results.get("ner_conll2002_testb")
    if ner:
        rows.append(("NER F1, CoNLL-2002 ned.testb", ">= 80", f"{100 * ner['ents_f']:.1f}"))
        for label, score in sorted(ner["ents_per_type"].items()):
            rows.append(
                (f"  {label} P / R / F1", "", " / ".join(f"{100 * v:.1f}" for v in score.values()))
            )
        kg_f = results["ner_conll2002_testb_kg_pipeline"]["ents_f"]
        rows.append(("  NER F1 as kg runs it (gazetteer, span repair, repeated names)", "",
                     f"{100 * kg_f:.1f}"))
    ud = results.get("ud_alpino_test")
    if ud:
        for key, name, target in (
            ("pos_acc", "POS accuracy, UD Alpino test", ">= 94"),
            ("morph_acc", "morphology accuracy", ""),
            ("dep_uas", "UAS", ""),
            ("dep_las", "LAS, UD Alpino test", ">= 70"),
            ("sents_f", "sentence F1", ""),
            ("lemma_acc", "lemma accuracy, strict", ">= 91"),
            ("lemma_acc_lenient", "lemma accuracy, lenient (case, `_` ignored)", ""),
        ):
            rows.append((name, target, f"{100 * ud[key]:.1f}"))
        rule = ud.get("rule_lemmatizer")
        if rule:
            strict, lenient = 100 * rule["lemma_acc"], 100 * rule["lemma_acc_lenient"]
            rows.append(("  spaCy rule lemmatizer instead", "", f"{strict:.1f} / {lenient:.1f}"))
    for key, name in (
        ("speed_one_thread", "words/s, one thread, as loaded"),
        ("speed_one_thread_numpy_blas", "words/s, one thread, numpy BLAS"),
        ("speed_one_thread_kg_pipeline", "words/s, one thread, kg pipeline"),
    ):
        wall, cpu = results[key]["words_per_s"], results[key]["words_per_cpu_s"]
        target = ">= 5,000" if key == "speed_one_thread_kg_pipeline" else ""
        rows.append((name, target, f"{wall:,} (per CPU second: {cpu:,})"))
    return "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(SHIPPED_MODEL_DIR))
    parser.add_argument("--data", type=Path, default=PROJECT_DIR.parent / "shared" / "nlp-data")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    from kg.link.kb import KnowledgeBase
    from kg.nlp.layout import annotate
    from kg.nlp.pipeline import load_pipeline, with_numpy_blas

    nlp = spacy.load(args.model)
    kg_nlp = load_pipeline(args.model, kb=KnowledgeBase.from_dir(GAZETTEER_DIR))
    results: dict[str, Any] = {
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}",
        "pipeline": nlp.pipe_names,
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
    }
    if (args.data / "conll2002-nl").is_dir():
        results["ner_conll2002_testb"] = ner_scores(nlp, args.data)
        results["ner_conll2002_testb_kg_pipeline"] = ner_scores(
            kg_nlp, args.data, lambda text: annotate(kg_nlp, text))
        results["ud_alpino_test"] = ud_scores(nlp, args.data)
    else:
        print(f"SKIPPED accuracy: no corpora in {args.data} (pass --data)")
    results["speed_one_thread"] = speed(nlp)
    results["speed_one_thread_kg_pipeline"] = speed(kg_nlp)
    results["speed_one_thread_numpy_blas"] = speed(with_numpy_blas(nlp))
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    args.out.with_suffix(".md").write_text(markdown(results), encoding="utf8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
