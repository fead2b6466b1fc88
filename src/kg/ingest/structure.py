"""Document type, metadata and passages (with their speakers) from the clean text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..dates import find_dutch_dates, parse_dutch_date
from .records import Agent, DocType, DocumentMeta, Passage, PassageKind

NAME = r"[A-ZÀ-Ý][\w.'’-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-ZÀ-Ý][\w.'’-]*)*"
KAMERVRAGEN = re.compile(
    r"Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<askers>.+?)\s+aan\s+de\s+(?P<to>.+?)"
    r"(?:\s+over\s+(?P<title>.+?))?\s*\(ingezonden\s+(?P<date>[^)]+)\)",
    re.S,
)
KAMERVRAGEN_ANSWER = re.compile(
    r"Antwoord\s+van\s+(?:de\s+)?(?P<role>[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)"
    r"\s+(?P<name>" + NAME + r")\s*(?:\((?P<dept>[^)]+)\))?.*?\(ontvangen\s+(?P<date>[^)]+)\)",
    re.S,
)
ASKER = re.compile(r"(?P<name>" + NAME + r")\s*\((?P<party>[^)]+)\)")
MINISTER_ROLE = re.compile(
    r"(?P<role>(?:[Mm]inister(?:-president)?|[Ss]taatssecretaris|[Vv]iceminister-president)"
    r"(?:\s+(?:van|voor)\s+(?:[A-Z][\w-]*(?:,?\s+(?:en\s+)?)?)+)?)"
)
FLEMISH_QUESTION = re.compile(
    r"SCHRIFTELIJKE\s+VRAAG\s+nr\.?\s*(?P<number>\d+)\s+van\s+(?P<asker>[A-ZÀ-Ý' .-]+?)\s+"
    r"datum:\s*(?P<date>\d{1,2}\s+\w+\s+\d{4})\s+aan\s+(?P<to>[A-ZÀ-Ý' .-]+?)"
    r"(?:[ \t]*\n|\s+(?=(?:VICE-?)?MINISTER|VLAAMS\s+MINISTER))"
    r"(?P<role>[A-ZÀ-Ý][A-ZÀ-Ý ,.&-]+)\n",
)
FLEMISH_ANSWER = re.compile(
    r"(?:(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý' .-]+)\n(?P<role>[A-ZÀ-Ý][A-ZÀ-Ý ,.&-]+)\n+)?"
    r"ANTWOORD\s+op\s+vraag\s+nr\.?\s*(?P<number>\d+)\s+van\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})"
    r"(?:\s+van\s+(?P<asker>[A-ZÀ-Ý][A-ZÀ-Ý' .-]+))?"
)
NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S", re.M)
VRAAG_ANTWOORD = re.compile(r"^(?P<kind>Vraag|Antwoord)\s+(?P<number>\d+)\s*:?\s*$", re.M)
KAMERSTUK_HEAD = re.compile(r"\A(?P<dossier>\d{2}\s\d{3}(?:-[\w]+)?)\s+(?P<title>[^\n]+)\n+"
                            r"Nr\.\s*(?P<nr>\d+)\s+(?P<kind>[^\n]+)")
KAMERSTUK_REF = re.compile(
    r"Kamerstuk(?:ken)?\s+(?P<dossier>\d{2}\s\d{3}(?:-[\w]+)?),?\s+nr\.\s*(?P<nr>\d+)"
)
ZAAK_REF = re.compile(r"\b20\d\d[ZD]\d{5}(?:/20\d\d[ZD]\d{5})?\b")
LETTER_DATE = re.compile(r"^(?:Den Haag|Brussel|Datum)[,:]?\s+(?P<date>[^\n]+)$", re.M)
ADDRESSEE = re.compile(r"^Aan\s+de\s+(?P<to>Voorzitter\s+van\s+de\s+[^\n]+?)\s*$", re.M)
SALUTATION = re.compile(r"^Geachte\s+[Vv]oorzitter\s*,?\s*$", re.M)
SIGNATURE = re.compile(
    r"^(?P<role>De\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)[^\n]*?),\s*\n+"
    r"(?P<name>[^\n\[]+?)\s*$", re.M
)
FLEMISH_CUES = re.compile(r"Vlaams\w*|Vlaanderen|minister-president", re.I)
DUTCH_CUES = re.compile(r"\bkabinet\b|Tweede Kamer|Kamerstuk|uw Kamer|Staten-Generaal")

TWEEDE_KAMER_CHAIR = Agent(role="Voorzitter van de Tweede Kamer der Staten-Generaal",
                           jurisdiction="nederland")


@dataclass(frozen=True)
class Structure:
    meta: DocumentMeta
    passages: tuple[Passage, ...]


def parse_structure(text: str) -> Structure:
    """Classify the document and split it into passages that know their speaker.

    text (str): clean text (kg.ingest.clean), body only.
    RETURNS (Structure): metadata and passages in text order.
    """
    for parser in (_kamervragen, _flemish_question, _kamerbrief):
        structure = parser(text)
        if structure is not None:
            return structure
    body = _paragraphs(text, 0, len(text), PassageKind.BODY, None)
    return Structure(DocumentMeta(title=_first_line(text)), tuple(body))


def normal_case(name: str) -> str:
    """`JORIS NACHTERGAELE` -> `Joris Nachtergaele`; names in mixed case stay as they are."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    return "-".join(" ".join(word.capitalize() for word in part.split(" "))
                    for part in name.split("-"))


def normal_role(role: str) -> str:
    """The first office of a role line, in normal case.

    `MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER ...` -> `Minister-president
    van de Vlaamse Regering`.
    """
    first = " ".join(role.split()).split(",")[0].strip()
    if first.isupper():
        words = first.lower().split()
        first = " ".join(w if w in {"van", "de", "der", "voor", "en"} or i == 0 else w.capitalize()
                         for i, w in enumerate(words))
    return first[:1].upper() + first[1:]


def _kamervragen(text: str) -> Structure | None:
    head = KAMERVRAGEN.search(text[:2000])
    if head is None:
        return None
    asked = parse_dutch_date(head["date"])
    askers = tuple(Agent(name=m["name"], party=m["party"], role="Tweede Kamerlid",
                         jurisdiction="nederland") for m in ASKER.finditer(head["askers"]))
    addressees = tuple(Agent(role=_role_phrase(m["role"]), jurisdiction="nederland")
                       for m in MINISTER_ROLE.finditer(head["to"]))
    answer = KAMERVRAGEN_ANSWER.search(text[:3000])
    answered = parse_dutch_date(answer["date"]) if answer else None
    answerer = None
    if answer:
        dept = answer["dept"]
        role = f"Minister van {dept}" if dept and answer["role"].lower() == "minister" else None
        answerer = Agent(name=answer["name"], role=role or _capitalise(answer["role"]),
                         jurisdiction="nederland")
        if len(addressees) == 1 and addressees[0].role == answerer.role:
            addressees = (replace(addressees[0], name=answerer.name),)
    header_end = (answer or head).end()
    header_end = text.find("\n", header_end) if "\n" in text[header_end:] else len(text)
    passages = [Passage(PassageKind.HEADER, 0, header_end)]
    asker = askers[0] if len(askers) == 1 else (Agent(name=" en ".join(
        a.name for a in askers if a.name), role="Tweede Kamerleden",
        jurisdiction="nederland") if askers else None)
    marks = list(VRAAG_ANTWOORD.finditer(text, header_end))
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        kind = PassageKind.QUESTION if mark["kind"] == "Vraag" else PassageKind.ANSWER
        speaker = asker if kind is PassageKind.QUESTION else answerer
        passages.append(Passage(kind, mark.start(), _rstrip(text, end),
                                int(mark["number"]), speaker))
    if not marks:
        passages += _paragraphs(text, header_end, len(text), PassageKind.QUESTION, asker)
    doc_type = DocType.KAMERVRAGEN if answer else DocType.KAMERVRAGEN_UNANSWERED
    meta = DocumentMeta(
        doc_type=doc_type, title=_oneline(head["title"]), date=answered or asked,
        number=None, references=_references(text), askers=askers, addressees=addressees,
        signatories=(answerer,) if answerer else (), date_asked=asked, date_answered=answered,
    )
    return Structure(meta, tuple(passages))


def _flemish_question(text: str) -> Structure | None:
    header = FLEMISH_QUESTION.search(text[:3000])
    answer_head = FLEMISH_ANSWER.search(text)
    numbered = list(NUMBERED.finditer(text))
    restarts = [m for i, m in enumerate(numbered) if i and m.group(1) == "1"]
    flemish = len(FLEMISH_CUES.findall(text)) > len(DUTCH_CUES.findall(text))
    if header is None and answer_head is None and not (flemish and numbered):
        return None
    asker_name = (header and header["asker"]) or (answer_head and answer_head["asker"])
    asker = Agent(name=normal_case(asker_name), role="Vlaams Parlementslid",
                  jurisdiction="vlaanderen") if asker_name else None
    minister_name = (header and header["to"]) or (answer_head and answer_head["name"])
    minister_role = (header and header["role"]) or (answer_head and answer_head["role"])
    role = normal_role(minister_role) if minister_role else _addressed_role(text)
    minister = Agent(name=normal_case(minister_name) if minister_name else None,
                     role=role, jurisdiction="vlaanderen")
    number = (header and header["number"]) or (answer_head and answer_head["number"])
    asked = parse_dutch_date((header and header["date"]) or (answer_head and answer_head["date"])
                             or "")
    if answer_head is not None:
        answer_start = answer_head.start()
        first_answer = NUMBERED.search(text, answer_head.end())
        answers_from = first_answer.start() if first_answer else answer_head.end()
    elif restarts:
        answer_start = answers_from = restarts[0].start()
    else:
        answer_start = answers_from = len(text)
    question_from = header.end() if header else 0
    question_from += len(text[question_from:]) - len(text[question_from:].lstrip())
    first_question = NUMBERED.search(text, question_from, answer_start)
    title_end = text.find("\n", question_from) if header else text.find("\n")
    passages = [Passage(PassageKind.HEADER, 0, header.end())] if header else []
    passages.append(Passage(PassageKind.TITLE, question_from, _rstrip(text, title_end)))
    preamble_end = first_question.start() if first_question else answer_start
    passages += _paragraphs(text, title_end, preamble_end, PassageKind.PREAMBLE, asker)
    passages += _numbered(text, preamble_end, answer_start, PassageKind.QUESTION, asker)
    if answer_head is not None:
        passages.append(Passage(PassageKind.HEADER, answer_start, _rstrip(text, answers_from)))
    passages += _numbered(text, answers_from, len(text), PassageKind.ANSWER, minister)
    answered = answers_from < len(text)
    meta = DocumentMeta(
        doc_type=DocType.WRITTEN_QUESTION_ANSWERED if answered else DocType.WRITTEN_QUESTION,
        title=_oneline(text[question_from:title_end]), date=asked, number=number,
        references=_references(text), askers=(asker,) if asker else (),
        addressees=(minister,), signatories=(minister,) if answered else (), date_asked=asked,
    )
    return Structure(meta, tuple(p for p in passages if p.end > p.start))


def _kamerbrief(text: str) -> Structure | None:
    head = KAMERSTUK_HEAD.search(text)
    salutation = SALUTATION.search(text)
    addressee_match = ADDRESSEE.search(text[:2000])
    signatures = list(SIGNATURE.finditer(text))
    is_letter = (head and "BRIEF" in head["kind"].upper()) or salutation or addressee_match
    if not is_letter and not signatures:
        return None
    signatories = tuple(Agent(name=_clean_name(m["name"]), role=m["role"][3:].strip(),
                              jurisdiction="nederland") for m in signatures)
    date_match = LETTER_DATE.search(text[:2000])
    letter_date = parse_dutch_date(date_match["date"]) if date_match else None
    if addressee_match:
        addressee = Agent(role=" ".join(addressee_match["to"].split()), jurisdiction="nederland")
    else:
        addressee = TWEEDE_KAMER_CHAIR
    body_start = max((m.end() for m in (head, date_match, addressee_match, salutation) if m),
                     default=0)
    body_start = text.find("\n", body_start) if "\n" in text[body_start:] else body_start
    body_end = signatures[0].start() if signatures else len(text)
    author = signatories[0] if signatories else None
    passages = [Passage(PassageKind.HEADER, 0, _rstrip(text, body_start))] if body_start else []
    passages += _paragraphs(text, body_start, body_end, PassageKind.BODY, author)
    for match, agent in zip(signatures, signatories, strict=True):
        passages.append(Passage(PassageKind.SIGNATURE, match.start(), match.end(), None, agent))
    number = f"{head['dossier']}, nr. {head['nr']}" if head else None
    meta = DocumentMeta(
        doc_type=DocType.KAMERBRIEF, title=_oneline(head["title"]) if head else None,
        date=letter_date, number=number, references=_references(text, exclude=number),
        addressees=(addressee,), signatories=signatories,
    )
    return Structure(meta, tuple(p for p in passages if p.end > p.start))


def _numbered(text: str, start: int, end: int, kind: PassageKind,
              speaker: Agent | None) -> list[Passage]:
    marks = [m for m in NUMBERED.finditer(text, start, end)]
    passages = []
    for index, mark in enumerate(marks):
        stop = marks[index + 1].start() if index + 1 < len(marks) else end
        passages.append(Passage(kind, mark.start(), _rstrip(text, stop), int(mark.group(1)),
                                speaker))
    return passages


def _paragraphs(text: str, start: int, end: int, kind: PassageKind,
                speaker: Agent | None) -> list[Passage]:
    passages = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[start:end]):
        if match.group().strip():
            passages.append(Passage(kind, start + match.start(), start + match.end(), None,
                                    speaker))
    return passages


def _addressed_role(text: str) -> str | None:
    match = re.search(r"\bde\s+(viceminister-president|minister-president|"
                      r"[Vv]laams\s+minister\s+van\s+[A-Z][\w ,]+?)(?=[\s?,.])", text)
    return match.group(1) if match else None


def _references(text: str, exclude: str | None = None) -> tuple[str, ...]:
    found = [m.group() for m in ZAAK_REF.finditer(text)]
    found += [f"{m['dossier']}, nr. {m['nr']}" for m in KAMERSTUK_REF.finditer(text)]
    found += [f"schriftelijke vraag {m.group(1)}" for m in re.finditer(
        r"schriftelijke\s+vraag\s+(?:nr\.\s*)?(\d+)", text)]
    return tuple(dict.fromkeys(r for r in found if r != exclude))


def latest_date(text: str) -> date | None:
    """The latest full date the text mentions: a lower bound for an undated document."""
    return max((found for _, _, found in find_dutch_dates(text)), default=None)


def _clean_name(name: str) -> str:
    return " ".join(name.split()).strip(" ,")


def _role_phrase(role: str) -> str:
    """A role as matched in an enumeration (`Minister van X en `) without the joining word."""
    return _capitalise(re.sub(r"(?:,|\s+en)?\s*$", "", role))


def _capitalise(role: str) -> str:
    return role[:1].upper() + role[1:]


def _oneline(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def _first_line(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0]
    return line or None


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


