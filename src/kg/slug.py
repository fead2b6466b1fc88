"""Slugs for stable IRIs."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, *, limit: int = 80) -> str:
    """`Várhelyi, Olivér` -> `varhelyi-oliver`: ASCII, lowercase, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")
