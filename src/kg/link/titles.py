"""Words around person names: titles that introduce them, particles inside them."""

from __future__ import annotations

# Words that introduce a person's name (lowercase); offices in the gazetteer do so as well.
TITLES = frozenset({
    "minister", "premier", "president", "commissaris", "eurocommissaris", "staatssecretaris",
    "secretaris-generaal", "kanselier", "bondskanselier", "ambassadeur", "gezant",
    "rapporteur", "oppositieleider", "oppositiekandidaat", "mw.", "mevr.", "mevrouw", "dhr.",
    "heer", "lid", "kamerlid", "collega", "ambtsgenoot", "ambtgenoot", "koning", "koningin",
    "paus", "voorzitter", "vertegenwoordiger", "minister-president", "vicepremier", "generaal",
})  # fmt: skip
PARTICLES = frozenset({"van", "de", "der", "den", "ter", "von", "le", "la", "al", "bin"})
