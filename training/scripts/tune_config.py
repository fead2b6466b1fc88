"""Write the config that fine-tunes a trained NER on the gold CoNLL data alone.

Usage::

    python scripts/tune_config.py configs/ner.cfg training/ner/model-best corpus/ner-tune.cfg

The NER is first trained on gold and WikiNEuRal silver data (``configs/ner.cfg``); the silver
annotation follows other conventions than CoNLL-2002, so a second, short run continues from
that model (both components sourced from it) on the gold sentences only, at a fifth of the
learning rate and with a fixed batch size. Everything else is taken from ``configs/ner.cfg``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from thinc.api import Config

LEARN_RATE = 0.0002
BATCH_WORDS = 1000


def tune_config(base: Path, model: Path) -> Config:
    """``base`` with its components sourced from ``model`` and the fine-tuning schedule."""
    config = Config().from_disk(base, interpolate=False)
    for component in ("tok2vec", "ner"):
        config["components"][component] = {"source": str(model)}
    config["training"]["optimizer"]["learn_rate"] = LEARN_RATE
    config["training"]["batcher"]["size"] = {
        "@schedules": "compounding.v1", "start": BATCH_WORDS, "stop": BATCH_WORDS,
        "compound": 1.0, "t": 0.0,
    }
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("model", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tune_config(args.base, args.model).to_disk(args.out)


if __name__ == "__main__":
    main()
