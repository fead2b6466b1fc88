"""The NER's name-list feature (kg.nlp.name_lists): the table, its storage, the embedding."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc
from spacy.util import registry

from kg.nlp.name_lists import LISTS, NameTable

FIRST, FIRST_PART, FAMILY, FAMILY_PART, PLACE, PLACE_PART = (1 << i for i in range(6))


def test_bits_of_whole_names_and_of_words_of_longer_names() -> None:
    table = NameTable.from_entries([
        ("first_name", "Marieke"), ("family_name", "Marieke"), ("family_name", "van Dongen"),
        ("place", "Sint-Niklaas"), ("place", "Bergen op Zoom"),
    ])
    assert table["Marieke"] == FIRST | FAMILY
    assert table["Dongen"] == FAMILY_PART
    assert "van" not in table and "op" not in table  # lowercase words of longer names
    assert table["Sint-Niklaas"] == PLACE
    assert table["Bergen"] == table["Zoom"] == PLACE_PART
    assert len(LISTS) == 3


def test_unknown_list_and_malformed_file_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown name list 'org'"):
        NameTable.from_entries([("org", "Unicef")])
    bad = tmp_path / "lists.tsv"
    bad.write_text("first_name\tAnneke\nPieter\n", encoding="utf8")
    with pytest.raises(ValueError, match="list<TAB>name"):
        NameTable.from_file(bad)


@pytest.fixture
def lists_file(tmp_path: Path) -> Path:
    path = tmp_path / "lists.tsv"
    path.write_text("first_name\tAnneke\nfamily_name\tWouters\nplace\tHasselt\n",
                    encoding="utf8")
    return path


def embed(name_lists: str | None):  # noqa: ANN201 - a thinc Model
    make = registry.architectures.get("kg.NameListEmbed.v1")
    return make(width=8, attrs=["NORM", "SHAPE"], rows=[50, 20], include_static_vectors=False,
                name_lists=name_lists)


def test_embedding_starts_as_multihashembed_and_learns_the_feature(lists_file: Path) -> None:
    nlp = spacy.blank("nl")
    docs = [nlp("Anneke Wouters woont in Hasselt ."), nlp("Zij werkt in Brussel .")]
    model = embed(str(lists_file))
    model.initialize(X=docs)
    names = model.layers[1]
    assert names.attrs["table"].ids(docs[0]).tolist() == [FIRST, FAMILY, 0, 0, PLACE, 0]
    hashed_only = model.layers[0].predict(docs)
    summed = model.predict(docs)
    assert all(numpy.array_equal(a, b) for a, b in zip(hashed_only, summed, strict=True))

    out, backprop = model.begin_update(docs)
    backprop([numpy.ones_like(y) for y in out])
    grad = names.get_grad("E")
    assert grad[FIRST].sum() == 8 and grad[0].sum() == 8 * 8  # eight tokens in no list
    assert not grad[FIRST_PART].any()


def test_table_is_stored_in_the_model_not_read_again(lists_file: Path) -> None:
    docs = [spacy.blank("nl")("Anneke Wouters")]
    model = embed(str(lists_file))
    model.initialize(X=docs)
    data = model.to_bytes()
    lists_file.unlink()
    loaded = embed(str(lists_file)).from_bytes(data)  # never initialised: no file needed
    assert loaded.layers[1].attrs["table"] == {"Anneke": FIRST, "Wouters": FAMILY,
                                                "Hasselt": PLACE}
    assert all(numpy.array_equal(a, b) for a, b in
               zip(model.predict(docs), loaded.predict(docs), strict=True))


def test_empty_batch_and_empty_doc() -> None:
    nlp = spacy.blank("nl")
    model = embed(None)
    model.initialize(X=[nlp("Gent")])
    assert model.predict([]) == []
    (out,) = model.predict([Doc(nlp.vocab, words=[])])
    assert out.shape == (0, 8)
