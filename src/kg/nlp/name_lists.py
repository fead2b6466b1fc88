"""``kg.NameListEmbed.v1``: spaCy's MultiHashEmbed plus a feature from lists of names.

A statistical NER knows the names its training data contains; lists of first names, family
names and place names tell it about the others. Each token gets a small integer saying which
lists hold it as a whole name and which hold it as a capitalised word of a longer name
(``Sint`` of ``Sint-Niklaas``); a learned vector per integer is added to the hashed
embeddings. The vectors start at zero, so a model whose embeddings were trained without the
feature computes the same output until it is trained with it.

The lists are read once, when the model is initialised for training (``name_lists``: a file
of ``list<TAB>name`` lines, built by ``training/scripts/name_lists.py``); the resulting word
table is stored inside the model, compressed, so a trained pipeline needs no list files.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import cast

import numpy
from spacy.ml.models.tok2vec import MultiHashEmbed
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, deserialize_attr, serialize_attr, zero_init
from thinc.types import Floats2d, Ints1d

LISTS = ("first_name", "family_name", "place")
"""The list names a ``name_lists`` file may use; each gives two bits (whole name, word of one)."""
N_FEATURES = 4 ** len(LISTS)
Embedding = Model[list[Doc], list[Floats2d]]
Backprop = Callable[[list[Floats2d]], list[Doc]]


class NameTable(dict[str, int]):
    """Word -> bit mask of the lists that contain it (absent: 0)."""

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> NameTable:
        """The table of ``(list, name)`` pairs: a one-word name sets the list's *whole* bit,
        each capitalised word of a longer name its *part* bit."""
        table = cls()
        for list_name, name in entries:
            if list_name not in LISTS:
                raise ValueError(f"unknown name list {list_name!r}: expected one of {LISTS}")
            whole = 1 << (2 * LISTS.index(list_name))
            words = name.split()
            if len(words) == 1:
                table[words[0]] = table.get(words[0], 0) | whole
                continue
            for word in words:
                if word[:1].isupper():
                    table[word] = table.get(word, 0) | (whole << 1)
        return table

    @classmethod
    def from_file(cls, path: str | Path) -> NameTable:
        """Read a ``list<TAB>name`` file."""
        with Path(path).open(encoding="utf8") as fh:
            pairs = [line.rstrip("\n").split("\t", 1) for line in fh if line.strip()]
        bad = [p for p in pairs if len(p) != 2]
        if bad:
            raise ValueError(f"{path}: expected 'list<TAB>name' lines, got {bad[0]!r}")
        return cls.from_entries((a, b) for a, b in pairs)

    def ids(self, doc: Doc) -> numpy.ndarray:
        """Each token's bit mask."""
        get = self.get
        return numpy.fromiter((get(t.text, 0) for t in doc), dtype="int32", count=len(doc))


@serialize_attr.register(NameTable)
def _serialize_table(_: NameTable, value: NameTable, name: str, model: Embedding) -> bytes:
    text = "\n".join(f"{word}\t{mask}" for word, mask in sorted(value.items()))
    return zlib.compress(text.encode("utf8"), 9)


@deserialize_attr.register(NameTable)
def _deserialize_table(_: NameTable, value: bytes, name: str, model: Embedding) -> NameTable:
    table = NameTable()
    text = zlib.decompress(value).decode("utf8")
    for line in text.split("\n") if text else ():
        word, mask = line.rsplit("\t", 1)
        table[word] = int(mask)
    return table


def name_list_vectors(width: int, name_lists: str | None) -> Embedding:
    """A zero-initialised vector per name-list bit mask, for every token."""
    return Model(
        "kg_name_lists",
        _vectors_forward,
        init=_vectors_init,
        dims={"nO": width},
        params={"E": None},
        attrs={"table": NameTable(), "name_lists": name_lists},
    )


def _vectors_init(model: Embedding, X: object = None, Y: object = None) -> None:
    path = model.attrs["name_lists"]
    if path:
        model.attrs["table"] = NameTable.from_file(path)
    model.set_param("E", zero_init(model.ops, (N_FEATURES, model.get_dim("nO"))))


def _vectors_forward(
    model: Embedding, docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Backprop]:
    table: NameTable = model.attrs["table"]
    vectors = cast(Floats2d, model.get_param("E"))
    per_doc = [table.ids(doc) for doc in docs] or [numpy.zeros(0, dtype="int32")]
    ids = model.ops.asarray1i(cast(Ints1d, numpy.concatenate(per_doc)))
    lengths = model.ops.asarray1i([len(doc) for doc in docs])
    output = model.ops.unflatten(vectors[ids], lengths)

    def backprop(d_output: list[Floats2d]) -> list[Doc]:
        d_vectors = model.ops.alloc2f(*vectors.shape)
        model.ops.scatter_add(d_vectors, ids, model.ops.flatten(d_output))
        model.inc_grad("E", d_vectors)
        return []

    return output, backprop


@registry.architectures("kg.NameListEmbed.v1")  # type: ignore[untyped-decorator]
def name_list_embed(
    width: int,
    attrs: list[str | int],
    rows: list[int],
    include_static_vectors: bool,
    name_lists: str | None = None,
) -> Embedding:
    """MultiHashEmbed (same arguments) plus the name-list vectors of ``name_lists``."""
    hashed = MultiHashEmbed(width, attrs, rows, include_static_vectors)
    return Model(
        "kg_name_list_embed",
        _sum_forward,
        init=_sum_init,
        layers=[hashed, name_list_vectors(width, name_lists)],
        dims={"nO": width},
    )


def _sum_init(model: Embedding, X: object = None, Y: object = None) -> None:
    for layer in model.layers:
        layer.initialize(X=X)


def _sum_forward(
    model: Embedding, docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Backprop]:
    hashed, names = model.layers
    hashed_out, hashed_back = hashed(docs, is_train)
    names_out, names_back = names(docs, is_train)

    def backprop(d_output: list[Floats2d]) -> list[Doc]:
        names_back(d_output)
        hashed_back(d_output)
        return []

    return [a + b for a, b in zip(hashed_out, names_out, strict=True)], backprop
