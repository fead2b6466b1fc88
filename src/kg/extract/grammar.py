"""Dutch clause grammar over a Universal Dependencies parse: roles, negation, modality, questions.

Everything here reads the parse of one sentence; nothing knows about entities or rules. The
labels are those of UD Dutch (Alpino / LassySmall), which the shipped model is trained on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from spacy.lookups import Table, load_lookups
from spacy.tokens import Span, Token

from ..dates import MONTHS
from .records import Modality

NEGATORS = {"niet", "nooit", "geenszins", "allerminst", "nimmer", "evenmin"}
NEGATIVE_DETERMINERS = {"geen"}
NEGATIVE_GOVERNORS = {"weigeren", "nalaten", "afzien", "voorkomen", "verhinderen", "aarzelen",
                      "schromen"}  # fmt: skip
"""Verbs that negate their `te` complement, unless negated themselves (`zal niet aarzelen om
sancties op te leggen`, `liet niet na te veroordelen`)."""
NOT_ONLY = {"alleen", "enkel", "slechts", "uitsluitend", "louter"}
"""`niet alleen X, maar ook Y` negates nothing."""
FUTURE_AUXILIARIES = {"zal", "zullen", "zult", "zul"}
CONDITIONAL_AUXILIARIES = {"zou", "zouden", "kan", "kunnen", "kon", "konden", "kunt"}
PROPOSAL_AUXILIARIES = {"moet", "moeten", "moest", "moesten", "wil", "willen", "wilt", "mag",
                        "mogen", "dient", "dienen"}  # fmt: skip
PLANNING_WORDS = {"overwegen", "plan", "plannen", "voornemen", "voornemens", "bereid",
                  "streven", "proberen", "voorstellen", "voorstel", "pleiten", "beogen",
                  "hopen", "wens", "intentie", "bedoeling", "van plan", "inzetten", "eisen",
                  "vragen", "verzoeken", "oproepen", "aandringen"}  # fmt: skip
PLANNING_MODIFIERS = {"bereid", "voornemens", "plan", "voornemen", "bedoeling"}
CONDITION_MARKERS = {"als", "indien", "wanneer", "mits", "tenzij", "ingeval", "zodra"}
REPORTING_VERBS = {"zeggen", "verklaren", "stellen", "aangeven", "benadrukken", "melden",
                   "meedelen", "weten", "optekenen", "onderstrepen", "herhalen", "beweren",
                   "aankondigen", "verkondigen", "waarschuwen", "laten"}  # fmt: skip
EMBEDDING = {"xcomp", "ccomp", "advcl", "csubj", "conj", "parataxis", "acl"}
DEFINITE_DETERMINERS = {"de", "het", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "mijn",
                        "onze", "ons", "uw", "diens", "wiens"}
DEMONSTRATIVES = {"deze", "die", "dit", "dat"}
"""Not `dezelfde`: `Canada heeft dezelfde sancties ingesteld` is an act of its own."""
STRANDED_AUXILIARIES = {"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "willen",
                       "mogen"}
NOT_NOMINAL = {"ADP", "SCONJ", "CCONJ", "ADV", "PART", "DET", "AUX"}
TIME_NOUNS = {"week", "maand", "jaar", "dag", "weekend", "ochtend", "middag", "avond", "nacht",
              "eeuw", "zomer", "winter", "lente", "voorjaar", "herfst", "najaar", "maandag",
              "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}  # fmt: skip
"""Words the parser sometimes takes for a subject (`Vorige week demonstreerden ...`)."""
RELATIVE_PRONOUNS = {"die", "dat", "welke", "wie", "wat"}
SPEAKERS_POSSESSIVES = {"mijn", "ons", "onze"}
EXTENDED_MODIFIER = 6
NOT_OF_THE_CLAUSE = {"van", "over"}
"""A nominal trigger in a `van` or `over` phrase is not what its clause's subject does or
undergoes (`heeft kennis genomen van de resolutie`, `sprak over de sancties`)."""
OBJECT_CONTROL = {"oproepen", "vragen", "verzoeken", "aansporen", "aanmoedigen", "dwingen",
                  "manen", "sommeren", "toestaan", "verbieden", "helpen", "uitnodigen",
                  "adviseren", "aanraden", "overhalen"}  # fmt: skip
"""Verbs whose object does what their `om … te` clause says (`riep de bevolking op om te
demonstreren`: the population demonstrates)."""

ATTITUDE_VERBS = {"steunen", "ondersteunen", "veroordelen", "verwelkomen", "toejuichen",
                  "betreuren", "bekritiseren", "onderschrijven", "verwerpen", "afwijzen",
                  "erkennen", "inzetten", "pleiten", "bepleiten", "aansluiten", "oproepen",
                  "aandringen", "eisen", "vragen", "waarderen", "bespreken",
                  "hard_maken", "stemmen", "blokkeren", "tegenhouden",
                  "kennis_nemen"}  # fmt: skip
WISHING_VERBS = {"steunen", "ondersteunen", "inzetten", "pleiten", "bepleiten", "oproepen",
                 "aandringen", "eisen", "vragen", "verzoeken", "voorstellen", "hard_maken"}
"""Attitude verbs that ask for a happening: `pleit voor sancties` proposes sanctions."""
PROPOSING_VERBS = {"pleiten", "bepleiten", "aandringen", "eisen", "voorstellen", "hard_maken"}
"""Those that ask for something not there yet even when they name it definitely (`pleit voor
het zestiende sanctiepakket`), unlike `steunt de verklaring`."""
EFFORT_ADVERBS = {"hard", "sterk"}
"""`zich hard/sterk maken voor`: to push for (read as the verb `hard_maken`)."""
ATTITUDE_PREPOSITIONS = {"voor", "bij", "tot", "om", "op", "van"}
"""Verbs of an attitude towards a happening named by their object: the subject of `Het kabinet
steunt de verklaring` or `zet zich in voor het sanctiepakket` is not its author."""


@cache
def _lookup_table() -> Table:
    return load_lookups("nl", ["lemma_lookup"]).get_table("lemma_lookup")


def lemmas(token: Token) -> list[str]:
    """The lower-case form, the model's lemma (Alpino-style `aan_nemen` joined) and the lemma
    of spaCy's Dutch lookup table: a word counts as a lemma when any of them is it, so one
    wrong lemma (`overweegt` for `overweegt`) does not hide a word. A separable verb's lemma
    whose particle is nowhere in the sentence counts without it (`nam … aan` lemmatised
    `deel_nemen`: `nemen`)."""
    lemma = token.lemma_.lower()
    particle, _, verb = lemma.rpartition("_")
    if particle and verb and token.pos_ in {"VERB", "AUX"} and not any(
            w.lower_.startswith(particle.replace("_", "")) for w in token.sent):
        lemma = verb
    forms = {token.lower_, lemma.replace("_", "")}
    looked_up = _lookup_table().get(token.lower_)
    if isinstance(looked_up, str):
        forms.add(looked_up.lower())
    return sorted(forms)


def is_question(sentence: Span) -> bool:
    """A direct question: the sentence ends in a question mark (quotes and notes aside)."""
    return sentence.text.rstrip(" \n\t»”’\"')0123456789").endswith("?")


def verbs_of(token: Token) -> list[Token]:
    """The verb group of a predicate: the token and its auxiliaries and copula, and the
    auxiliary the parser made its head when a long middle field separates them (`heeft de EU,
    in reactie op …, sancties aangenomen` parsed with `heeft` as root, tagged AUX or VERB)."""
    group = [token, *(c for c in token.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    if _stranded_auxiliary(token):
        group.append(token.head)
    return group


def _stranded_auxiliary(token: Token) -> bool:
    head = token.head
    return (token.pos_ == "VERB" and token.dep_ in {"advcl", "xcomp", "ccomp"}
            and head.pos_ in {"AUX", "VERB"} and head.i < token.i
            and head.lemma_.lower() in STRANDED_AUXILIARIES
            and bool(set(token.morph.get("VerbForm", [])) & {"Part", "Inf"})
            and not any(c.dep_ in {"mark", "nsubj", "nsubj:pass"} for c in token.children))


def governing_verb(token: Token) -> Token:
    """The nearest verbal ancestor of a token (the token itself if it is a predicate), or the
    root of its sentence, which heads the main clause whatever its tag."""
    current = token
    while not (current.pos_ in {"VERB", "AUX"} or current.head == current
               or any(c.dep_ == "cop" for c in current.children)):
        current = current.head
    return current


def logical_subject(predicate: Token) -> list[Token]:
    """Who does it: nsubj, the `door` phrase of a passive, or the subject it shares with the
    clause it is embedded in (control, coordination, `is van plan / bereid om … te`)."""
    subjects = _subjects(predicate)
    if subjects:
        return [antecedent(s) for s in (subjects if _copular(predicate) else subjects[:1])]
    if is_passive(predicate):
        return prepositional(predicate, "door")
    controlled = predicate.dep_ in {"xcomp", "conj", "advcl", "acl"} or _infinitival(predicate)
    if controlled and predicate.head != predicate:
        controller = governing_verb(predicate.head)
        objects = [c for c in controller.children if c.dep_ in {"obj", "iobj"} and _is_word(c)]
        if _to_infinitive(predicate) and objects and set(verb_lemmas(controller)) & OBJECT_CONTROL:
            return [antecedent(objects[0])]  # `riep de bevolking op om te demonstreren`
        return logical_subject(predicate.head)
    return []


def logical_object(predicate: Token) -> list[Token]:
    """What it is done to: obj, the subject of a passive, the noun a participle modifies."""
    objects = [c for c in predicate.children
               if ((c.dep_ == "obj" and not _has_preposition(c)) or _bare_obl(c)) and _is_word(c)]
    if objects:
        return [antecedent(o) for o in objects]
    subjects = _subjects(predicate)
    if len(subjects) > 1 and not is_passive(predicate) and not _copular(predicate):
        return subjects[1:]
    if is_passive(predicate):
        return [antecedent(c) for c in predicate.children if c.dep_ in {"nsubj:pass", "nsubj"}]
    if predicate.dep_ in {"amod", "acl"} and predicate.head != predicate:
        return [predicate.head]
    return []


def _bare_obl(token: Token) -> bool:
    """An `obl` that no preposition introduces and that names no time: the parser's reading
    of an object (`verwelkomt dit rapport`; `arresteerde tientallen demonstranten` with
    `tientallen` taken for a preposition)."""
    if token.dep_ != "obl":
        return False
    cases = [c for c in token.children if c.dep_ == "case"]
    if cases:
        return all(c.pos_ in {"NOUN", "NUM"} for c in cases)
    return token.pos_ in {"NOUN", "PROPN"} and not _names_time(token)


def _names_time(noun: Token) -> bool:
    """A time noun, a month or a numeral in the phrase (`vorige week`, `eind augustus`)."""
    return any(t.lemma_.lower() in TIME_NOUNS or t.lower_ in MONTHS or t.like_num
               for t in noun.subtree)


def _has_preposition(token: Token) -> bool:
    """A phrase the parser labelled obj although a preposition introduces it (`veroordeelt
    het geweld tegen demonstranten` with `demonstranten` as the object): no object."""
    return any(c.dep_ == "case" and c.pos_ == "ADP" for c in token.children)


def _subjects(predicate: Token) -> list[Token]:
    """The subject dependents of a verb group, leftmost first. The parser sometimes labels
    both nominals of `Rutte ontmoette Zelensky` nsubj: outside copular clauses (where they
    are coordinated subjects) the first is then the subject (Dutch main clauses put the
    subject first far more often than the object) and the others are read as objects. A
    subject the parser hung under a time phrase of the verb (`Nederland heeft zich de
    afgelopen weken hard gemaakt` with `weken` as its head) counts as well, and so does the
    name under an article the parser made the subject."""
    hosts = list(verbs_of(predicate))
    hosts += [c for word in hosts for c in word.children
              if c.dep_ == "obl" and c.lemma_.lower() in TIME_NOUNS]
    subjects = (_name_under_article(c) for word in hosts for c in word.children
                if c.dep_ in {"nsubj", "csubj"} and _is_word(c))
    return sorted((c for c in subjects
                   if (c.pos_ not in NOT_NOMINAL or is_relative_pronoun(c))
                   and c.lemma_.lower() not in TIME_NOUNS),
                  key=lambda c: c.i)


def _name_under_article(token: Token) -> Token:
    """The noun of a name the parser hung under its article (`De Mensenrechtenraad van de
    Verenigde Naties` with `De` as subject and `Mensenrechtenraad` as its `flat`)."""
    if token.pos_ != "DET":
        return token
    return next((c for c in token.children
                 if c.dep_ in {"flat", "flat:name", "compound"} and c.pos_ in {"NOUN", "PROPN"}),
                token)


def _is_word(token: Token) -> bool:
    """A word, or whitespace or punctuation that the parser made the head of words (it
    sometimes gives a paragraph break the subject label and hangs the subject under it)."""
    return not (token.is_space or token.is_punct) or any(_is_word(c) for c in token.children)


def _copular(predicate: Token) -> bool:
    return any(c.dep_ == "cop" for c in predicate.children)


def is_passive(predicate: Token) -> bool:
    return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in predicate.children)


def prepositional(token: Token, preposition: str) -> list[Token]:
    """Heads of the phrases under `token` introduced by `preposition` (obl / nmod)."""
    found = []
    for child in token.children:
        cases = [c for c in child.children if c.dep_ in {"case", "mark"}]
        if any(c.lower_ == preposition for c in cases) and child.dep_ not in {"case", "det"}:
            found.append(antecedent(child))
        elif child.dep_ == "compound:prt" and child.lower_ == preposition:
            found += [o for o in child.children if o.dep_ in {"obj", "obl", "nmod"}]
        elif (child.lower_ == f"waar{preposition}" and token.dep_ == "acl:relcl"
              and token.head != token):
            found.append(token.head)  # `de coalitie, waarvan Nederland deel uitmaakt`
    return found


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for (`een resolutie die ...` -> resolutie)."""
    return token.head.head if is_relative_pronoun(token) else token


def is_relative_pronoun(token: Token) -> bool:
    """`die`, `dat`, `welke` … in a relative clause, whatever its tag (`die` as DET)."""
    clause = token.head
    return (token.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "acl:relcl"
            and clause.head != clause)


def find_role(function: str, trigger: Token, required: Sequence[Token],
              reflexive: Sequence[Token] = ()) -> list[Token]:
    """The head tokens that fill a grammatical function of the trigger, conjuncts included.

    Functions: subject, object, iobj, pp:<preposition> (on the trigger, its required words, or
    the verb governing a nominal trigger; for a noun also under its `van` phrase, since the
    parser often attaches `aan Y` in `de oproep van X aan Y` to X, and after the last of
    coordinated nouns), clause-subject and
    clause-object (of the verb a nominal or predicative trigger belongs to), possessor
    (`Borrells bezoek`; `zijn bezoek` -> the clause subject), head (the word the trigger
    modifies), within (the trigger word itself).
    """
    heads: list[Token]
    if function == "subject":
        heads = logical_subject(trigger)
    elif function == "object":
        heads = [o for o in logical_object(trigger) if o not in reflexive]
    elif function == "iobj":
        heads = [c for c in trigger.children if c.dep_ == "iobj"]
    elif function in {"clause-subject", "clause-object"}:
        verb = governing_verb(trigger.head) if trigger.head != trigger else None
        read = logical_subject if function == "clause-subject" else logical_object
        aside = any(c.dep_ == "case" and c.lower_ in NOT_OF_THE_CLAUSE for c in trigger.children)
        heads = read(verb) if verb is not None and verb != trigger and not aside else []
    elif function == "head":
        heads = [trigger.head] if trigger.head != trigger else []
    elif function == "within":
        heads = [trigger]
    elif function == "possessor":
        heads = possessor(trigger)
    else:
        preposition = function.removeprefix("pp:")
        places = [trigger, *required]
        if (trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"obj", "nsubj", "nsubj:pass"}
                and preposition != "door"):
            places.append(trigger.head)  # not the verb's passive agent: `werd door X veroordeeld`
        if trigger.pos_ in {"ADJ", "VERB"} and trigger.dep_ == "xcomp":
            places.append(trigger.head)  # `blijft bezorgd over X`: the phrase hangs on the verb
        heads = [h for place in places for h in prepositional(place, preposition)]
        if not heads and trigger.pos_ in {"NOUN", "PROPN"} and preposition != "van":
            heads = [h for child in prepositional(trigger, "van") if child.dep_ == "nmod"
                     for h in prepositional(child, preposition)]
        if not heads and trigger.pos_ in {"NOUN", "PROPN"}:
            heads = _shared_phrases(trigger, preposition)
    return list(dict.fromkeys(_with_conjuncts(heads)))


def _shared_phrases(noun: Token, preposition: str) -> list[Token]:
    """The `preposition` phrases after the last of coordinated nouns, which modify them all
    (`een spoeddebat en een resolutie in de VN-Mensenrechtenraad`), wherever the parser
    attached them."""
    first = noun.head if noun.dep_ == "conj" else noun
    coordinated = [first, *(c for c in first.children if c.dep_ == "conj")]
    if len(coordinated) < 2:
        return []
    last = max(c.i for c in coordinated)
    return [h for other in coordinated if other != noun
            for h in prepositional(other, preposition) if h.i > last]


def about_happening(trigger: Token, required: Sequence[Token],
                    verbs: frozenset[str] | set[str] = ATTITUDE_VERBS) -> bool:
    """Whether a nominal trigger is what the verb of its clause takes an attitude towards (see
    ATTITUDE_VERBS, or the narrower `verbs`; its object or `voor`/`bij`/`tot`/`om`/`op`
    phrase, not `in een verklaring`), unless the rule itself requires that verb."""
    while trigger.head != trigger and (trigger.dep_ == "conj" or (
            trigger.dep_ == "nmod" and trigger.head.pos_ == "NOUN")):
        trigger = trigger.head  # `pleit voor een debat en een resolutie`, `blokkeerde de
        # verlenging van de sancties`
    verb = governing_verb(trigger.head) if trigger.head != trigger else None
    towards = trigger.dep_ in {"obj", "nsubj:pass"} or any(
        c.dep_ == "case" and c.lower_ in ATTITUDE_PREPOSITIONS for c in trigger.children) or (
        verb is not None and trigger.dep_ == "nsubj" and trigger in logical_object(verb))
    return (towards and verb is not None and verb != trigger and verb not in required
            and bool(set(_attitude_lemmas(verb)) & verbs))


def _attitude_lemmas(verb: Token) -> list[str]:
    """verb_lemmas(), and `hard_maken` for `zich hard maken (voor)`, `kennis_nemen` for
    `kennis nemen van`."""
    found = verb_lemmas(verb)
    if "maken" in found and any(c.lower_ in EFFORT_ADVERBS for c in verb.children):
        found.append("hard_maken")
    if "nemen" in found and any(c.lower_ == "kennis" for c in verb.children):
        found.append("kennis_nemen")
    return found


def possessor(noun: Token) -> list[Token]:
    """Whose it is: a possessive noun, the speaker's own possessive (`ons lidmaatschap`, read
    like `wij`), or for another possessive pronoun the subject of its clause."""
    owners = [c for c in noun.children if c.dep_ == "nmod:poss"]
    if any(o.lower_ in SPEAKERS_POSSESSIVES for o in owners):
        return owners
    if any(o.pos_ == "PRON" for o in owners):
        verb = governing_verb(noun.head) if noun.head != noun else None
        return logical_subject(verb) if verb is not None else []
    return owners


def _with_conjuncts(heads: Iterable[Token]) -> Iterator[Token]:
    """Heads and the nouns coordinated with them (not coordinated clauses)."""
    for head in heads:
        yield head
        yield from (c for c in head.children
                    if c.dep_ == "conj" and (c.pos_ != "VERB" or determined(c)))


def clause_chain(trigger: Token) -> list[Token]:
    """The trigger's predicate and the predicates it is embedded under, innermost first."""
    chain = [governing_verb(trigger)]
    while chain[-1].dep_ in EMBEDDING and chain[-1].head != chain[-1]:
        head = governing_verb(chain[-1].head)
        if head in chain:
            break
        chain.append(head)
    return chain


def is_negated(trigger: Token, ignore: Iterable[Token] = ()) -> bool:
    """Negated by `niet`/`nooit` on its verb group, `geen` on a nominal trigger, or a negated or
    negative verb (`weigeren`) that it is the infinitival complement of."""
    skip = set(ignore)
    if has_negative_determiner(trigger, skip):
        return True
    predicate = governing_verb(trigger)
    while True:
        if _negated_locally(predicate, skip):
            return True
        if not (predicate.dep_ in {"xcomp", "acl"} or _infinitival(predicate)) or (
                predicate.head == predicate):
            return False
        predicate = governing_verb(predicate.head)
        if set(verb_lemmas(predicate)) & NEGATIVE_GOVERNORS and predicate not in skip:
            return not _negated_locally(predicate, skip)


def has_negative_determiner(noun: Token, skip: Iterable[Token] = ()) -> bool:
    """`geen sancties`: the noun itself is negated."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        c.lower_ in NEGATIVE_DETERMINERS and c not in skip for c in noun.children)


def _negated_locally(predicate: Token, skip: set[Token]) -> bool:
    for word in verbs_of(predicate):
        for child in word.children:
            if child in skip:
                continue
            if (child.lower_ in NEGATORS and child.dep_ in {"advmod", "det", "amod", "obl"}
                    and not _not_only(child)):
                return True
            if child.lower_ in NEGATIVE_DETERMINERS and word == predicate and child.dep_ == "det":
                return True
    return False


def _not_only(negator: Token) -> bool:
    """`niet alleen` / `niet enkel`: the start of `niet alleen X, maar ook Y`."""
    following = negator.nbor(1) if negator.i + 1 < len(negator.doc) else None
    return negator.lower_ == "niet" and following is not None and following.lower_ in NOT_ONLY


def modality(trigger: Token, ignore: Iterable[Token] = ()) -> Modality:
    """Asserted, or future (`zal`), conditional (`zou`, `kan`, `indien`), proposed (`moet`,
    `overweegt`, `is van plan`, `is bereid`) from the auxiliaries and governing words."""
    skip = set(ignore)
    chain = clause_chain(trigger)
    for depth, predicate in enumerate(chain):
        words = {w.lower_ for w in verbs_of(predicate) if w not in skip and w != predicate}
        marks = {c.lower_ for c in predicate.children
                 if c.dep_ != "case" and c.pos_ in {"SCONJ", "ADP", "ADV"}} | _conditions(predicate)
        if (depth and _plans(predicate)) or _planned_here(predicate):
            return Modality.PROPOSED
        if marks & CONDITION_MARKERS:
            return Modality.CONDITIONAL
        if words & FUTURE_AUXILIARIES:
            return Modality.FUTURE
        if words & CONDITIONAL_AUXILIARIES:
            return Modality.CONDITIONAL
        if words & PROPOSAL_AUXILIARIES or _purpose(predicate):
            return Modality.PROPOSED
        if not (predicate.dep_ in {"xcomp", "conj", "acl"} or _infinitival(predicate)):
            break
    return Modality.ASSERTED


def _purpose(predicate: Token) -> bool:
    """An adverbial `om … te` clause beside an object says what is aimed at, not what happened
    (`nam een resolutie aan om sancties op te leggen`); without one it is often the verb's
    complement (`zal niet aarzelen om …`), read as such."""
    return (predicate.dep_ == "advcl" and _to_infinitive(predicate)
            and any(c.lower_ == "om" and c.dep_ == "mark" for c in predicate.children)
            and any(c.dep_ == "obj" for c in predicate.head.children))


def _conditions(predicate: Token) -> set[str]:
    """The conjunctions of the adverbial clauses of a predicate (`Als Rusland zich niet
    terugtrekt, zal de EU sancties opleggen`); not of a bare noun (`als bemiddelaar`)."""
    return {m.lower_ for c in predicate.children if c.dep_ == "advcl" and _clausal(c)
            for m in c.children if m.dep_ == "mark"}


def _clausal(head: Token) -> bool:
    """A clause: headed by a verb, or with a subject or copula of its own."""
    return head.pos_ in {"VERB", "AUX"} or any(
        c.dep_ in {"nsubj", "nsubj:pass", "cop"} for c in head.children)


def _infinitival(predicate: Token) -> bool:
    """An `om … te` / `te` clause: its subject and plans are those of the clause above."""
    return predicate.dep_ in {"ccomp", "advcl"} and _to_infinitive(predicate)


def _to_infinitive(predicate: Token) -> bool:
    """A `te` infinitive, whatever the parser's label (`om te demonstreren` as xcomp too)."""
    return any(c.lower_ == "te" for c in predicate.children)


def _planned_here(predicate: Token) -> bool:
    """`is bereid … te steunen`, `is van plan … op te leggen` parsed with the infinitive as
    the head and the planning word as its dependent."""
    children = list(predicate.children)
    return _to_infinitive(predicate) and any(
        set(lemmas(word)) & PLANNING_MODIFIERS for c in children
        if c.dep_ in {"advmod", "amod", "obl", "xcomp"} for word in c.subtree)


def _plans(predicate: Token) -> bool:
    words = set(verb_lemmas(predicate)).union(*(lemmas(c) for c in predicate.children
                                                if c.dep_ in {"obj", "nmod", "obl"}))
    return bool(words & PLANNING_WORDS)


def verb_lemmas(verb: Token) -> list[str]:
    """lemmas(), and for a separable verb split in the clause also with its particle
    (`riep ... op` -> oproepen, `gaf ... aan` -> aangeven)."""
    found = lemmas(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    return found + [p + lemma for p in particles for lemma in found]


def reporter(trigger: Token) -> Token | None:
    """The reporting predicate a clause is the content of (`Rusland liet weten dat ...`)."""
    chain = clause_chain(trigger)
    for inner, outer in zip(chain, chain[1:], strict=False):
        if inner.dep_ == "ccomp" and set(verb_lemmas(outer)) & REPORTING_VERBS:
            return outer
    return None


def is_definite(noun: Token) -> bool:
    """Whether a noun phrase refers to something specific: a definite, demonstrative or
    possessive determiner (attached to it, or right before it where the tagger took the noun
    for a verb: `Dit spoeddebat zal …`; or before a participle phrase with `door`: `de door
    de CNE afgekondigde uitslag`), a numeral, or a possessor."""
    return after_determiner(noun) or _after_extended_modifier(noun) or any(
        c.dep_ in {"det", "nmod:poss", "nummod"} and (
            c.lower_ in DEFINITE_DETERMINERS or c.dep_ != "det" or c.pos_ == "NUM")
        for c in noun.children)


def has_demonstrative(noun: Token) -> bool:
    """A noun with a demonstrative determiner (`deze resolutie`, `dit spoeddebat`)."""
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children) or (
        noun.i > 0 and noun.doc[noun.i - 1].lower_ in DEMONSTRATIVES and after_determiner(noun))


def _after_extended_modifier(noun: Token) -> bool:
    """`de door de CNE afgekondigde uitslag`: a participle or adjective right before the noun,
    and within EXTENDED_MODIFIER words before that a definite determiner followed by `door`
    (the parser seldom hangs such a determiner on the noun)."""
    doc = noun.doc
    before = doc[noun.i - 1] if noun.i > 0 else None
    if before is None or before.pos_ not in {"ADJ", "VERB"}:  # `afgekondigde` may be tagged
        return False  # as a finite past form
    for i in range(noun.i - 2, max(noun.i - 2 - EXTENDED_MODIFIER, 0), -1):
        word = doc[i]
        if word.is_punct or "Fin" in word.morph.get("VerbForm", []):
            return False
        if word.lower_ == "door" and doc[i - 1].lower_ in DEFINITE_DETERMINERS:
            return True
    return False


def has_subject(token: Token) -> bool:
    """A word with a subject and no copula is a verb, whatever its tag (`die de straat op
    gingen` with `gingen` tagged as a noun); `Dit was een protest` keeps its noun."""
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"nsubj", "nsubj:pass"}) and "cop" not in deps


def determined(token: Token) -> bool:
    """A word with a determiner (attached to it, or a definite one right before it) is a
    noun, whatever its tag (`het Wit-Russische optreden` with `optreden` tagged as a verb)."""
    return after_determiner(token) or any(c.dep_ == "det" for c in token.children)


def parts_of_speech(token: Token) -> list[str]:
    """What a rule's `pos` matches: the token's tag, and VERB for a word with a subject and no
    copula (`De situatie verontrust mij` with `verontrust` tagged as a noun)."""
    return [token.pos_, "VERB"] if token.pos_ != "VERB" and has_subject(token) else [token.pos_]


def after_determiner(token: Token) -> bool:
    """Right after a definite, demonstrative or possessive determiner (attached to it, or a
    determiner at all; not the conjunction `dat`): a noun, whatever its tag."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.lower_ in DEFINITE_DETERMINERS
            and before.dep_ != "mark" and (before.head == token or before.dep_ == "det"))


def is_past(predicate: Token) -> bool:
    """Past tense or perfect (`publiceerde`, `heeft aangenomen`, `zijn aangehouden`)."""
    for word in verbs_of(predicate):
        if "Past" in word.morph.get("Tense", []):
            return True
        auxiliary = word.dep_ in {"aux", "aux:pass"} or (word != predicate and word.dep_ != "cop")
        if auxiliary and word.lemma_.lower() in {"hebben", "zijn"}:
            return True
    return False
