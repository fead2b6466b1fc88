"""Where kg finds its data, ontology and shipped model."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
PROJECT_DIR = PACKAGE_DIR.parents[1]
DATA_DIR = Path(os.environ.get("KG_DATA_DIR", PROJECT_DIR / "data"))
GAZETTEER_DIR = DATA_DIR / "gazetteer"
ONTOLOGY_DIR = Path(os.environ.get("KG_ONTOLOGY_DIR", PROJECT_DIR / "ontology"))
SHIPPED_MODEL_DIR = PACKAGE_DIR / "models" / "nl_core_kg"
