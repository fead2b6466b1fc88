"""``kg_unsplit_names``: keep the parser from starting a sentence inside a name.

The shipped model runs its NER before the parser, since the parser's sentence splits are
often wrong inside names (``Sergej | Lavrov``) and spaCy's NER never crosses a sentence
boundary. This component, run between the two, marks every word inside an entity as no
sentence start; the parser respects that, so neither the names nor the parses of the two
halves are cut. Boundaries set before (a blank line, kg.nlp.layout) stay.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "kg_unsplit_names"


@Language.component(FACTORY)
def unsplit_names(doc: Doc) -> Doc:
    """Mark the words inside each entity of ``doc`` as no sentence start (in place)."""
    for entity in doc.ents:
        for token in entity[1:]:
            if token.is_sent_start is None:
                token.is_sent_start = False
    return doc


def guards_names(pipe_names: list[str]) -> bool:
    """Whether a pipeline needs the component: its NER runs before its parser."""
    return ("ner" in pipe_names and "parser" in pipe_names
            and pipe_names.index("ner") < pipe_names.index("parser"))
