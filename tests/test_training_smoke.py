"""The training recipe (training/project.yml) runs end to end on a tiny slice of the corpora."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "nlp-data"
STEPS = ["convert", "silver-pos", "train-ud", "train-pos", "name-lists", "train-ner", "tune-ner",
         "assemble"]


@pytest.mark.skipif(not (DATA / "conll2002-nl").is_dir(), reason=f"no corpora in {DATA}")
@pytest.mark.skipif(shutil.which("frog") is None, reason="Frog (apt-get install frog) is missing")
def test_recipe_runs_on_a_tiny_slice(tmp_path: Path) -> None:
    overrides = [
        f"--vars.data={DATA}",
        f"--vars.corpus={tmp_path / 'corpus'}",
        f"--vars.training={tmp_path / 'training'}",
        f"--vars.model={tmp_path / 'model'}",
        f"--vars.python={sys.executable}",
        "--vars.limit=4",
        "--vars.ud_steps=4",
        "--vars.pos_steps=4",
        "--vars.ner_steps=4",
        "--vars.eval_frequency=2",
        "--vars.tune_steps=4",
        "--vars.tune_eval_frequency=2",
    ]
    for step in STEPS:
        command = [sys.executable, "-m", "spacy", "project", "run", step, ".", "--force"]
        result = subprocess.run(
            command + overrides, cwd=ROOT / "training", capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    nlp = spacy.load(tmp_path / "model")
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "ner", "parser", "trainable_lemmatizer",
                              "kg_lemma_lexicon"]
    # the lexicon holds forms of the lookup table, none of the (tiny) UD training slice
    assert 100_000 < len(nlp.get_pipe("kg_lemma_lexicon").table) < 220_000
    assert nlp.meta["name"] == "core_kg"
    doc = nlp("Minister S.A. Blok sprak o.m. over de VN-Mensenrechtenraad.")
    assert "VN-Mensenrechtenraad" in [t.text for t in doc]
