"""Events and stances from declarative relation rules (data/rules/*.yaml)."""

from .extract import extract
from .records import Actor, Event, Facts, Modality, Polarity, Stance
from .rules import Rule, default_rules, load_rules

__all__ = ["Actor", "Event", "Facts", "Modality", "Polarity", "Rule", "Stance", "default_rules",
           "extract", "load_rules"]
