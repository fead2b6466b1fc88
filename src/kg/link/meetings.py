"""Meetings named after the body that holds them or the topic they are about: `45ste zitting
van de VN-Mensenrechtenraad`, `Algemeen Overleg over de Raad Buitenlandse Zaken`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .targets import NAME, NER_LABELS, UNKNOWN, Candidate, Target

# A session of a body, or a Dutch parliamentary meeting about a subject, followed by an
# article; the name ends where the gazetteer name right after it ends.
MEETING = re.compile(
    r"\b(?:\d+(?:ste|de|e)\s+(?:zitting|sessie|vergadering)\s+van"
    r"|(?:Algemeen|Schriftelijk)\s+Overleg\s+over|Commissiedebat\s+over|Notaoverleg\s+over"
    r"|Wetgevingsoverleg\s+over)\s+(?:de|het)\s+$")


def meeting_names(text: str, chosen: list[Candidate]) -> Iterator[Candidate]:
    """A meeting phrase and the gazetteer name that completes it, as one EVENT entity that
    keeps the name inside."""
    for name in chosen:
        if name.rank != NAME:
            continue
        head = MEETING.search(text, max(0, name.start - 80), name.start)
        if head is not None:
            title = text[head.start():name.end]
            yield Candidate(head.start(), name.end, NER_LABELS["EVENT"],
                            Target.named(title, "EVENT"), UNKNOWN, container=True)
