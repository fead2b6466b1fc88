"""ontology/kg.ttl: it parses, and declares every kg: term the graph, shapes and queries use."""

from __future__ import annotations

import json
import re

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.graph.namespaces import KG, PREFIXES
from kg.paths import ONTOLOGY_DIR
from seed_graph import seed_graph_dir

ONTOLOGY = Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
DECLARED = {s for s in ONTOLOGY.subjects(RDF.type) if str(s).startswith(str(KG))}


def _kg_terms(graph: Graph) -> set[URIRef]:
    return {term for triple in graph for term in triple
            if isinstance(term, URIRef) and str(term).startswith(str(KG))}


def test_every_kg_term_of_the_seed_graph_is_declared_with_label_and_comment() -> None:
    used = _kg_terms(Graph().parse(seed_graph_dir() / "graph.ttl", format="turtle"))
    assert KG.Document in used and KG.answers in used and KG.Build in used
    assert used - DECLARED == set()
    for term in used:
        assert ONTOLOGY.value(term, RDFS.label) is not None, term
        assert ONTOLOGY.value(term, RDFS.comment) is not None, term


def test_shapes_and_canned_queries_use_only_declared_terms() -> None:
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    assert _kg_terms(shapes) - DECLARED == set()
    for path in sorted((ONTOLOGY_DIR / "queries").glob("*.rq")):
        names = set(re.findall(r"\bkg:([A-Za-z0-9]+)", path.read_text("utf-8")))
        assert {KG[name] for name in names} - DECLARED == set(), path.name


def test_stance_types_are_skos_concepts_each_with_a_direct_property() -> None:
    types = set(ONTOLOGY.subjects(SKOS.inScheme, KG.StanceTypes))
    assert len(types) == 14 and KG.DoesNotRecognize in types
    direct = {o: s for s, o in ONTOLOGY.subject_objects(KG.stanceProperty)}
    assert set(direct) == types - {KG.OtherRelation}
    assert direct[KG.Condemns] == KG.condemns
    assert (KG.holder, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasAttributedTo")) \
        in ONTOLOGY


def test_reuses_standard_vocabularies() -> None:
    parents = {str(o) for o in ONTOLOGY.objects(None, RDFS.subClassOf)} | {
        str(o) for o in ONTOLOGY.objects(None, RDFS.subPropertyOf)}
    for namespace in ("http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/ns/prov#",
                      "https://schema.org/", "http://persistence.uni-leipzig.org/nlp2rdf/"):
        assert any(p.startswith(namespace) for p in parents), namespace
    assert (None, OWL.versionInfo, None) in ONTOLOGY


def test_jsonld_context_declares_kg_prefixes() -> None:
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text("utf-8"))["@context"]
    for prefix, namespace in PREFIXES.items():
        assert context[prefix] == str(namespace)
