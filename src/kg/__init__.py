"""kg: knowledge graphs from Dutch parliamentary documents.

    >>> import kg
    >>> report = kg.build([Path("data/corpus")], Path("out"))
"""

from importlib.metadata import PackageNotFoundError, version

from .api import BuildReport, build
from .errors import KgError
from .ingest.document import load_document

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = ["BuildReport", "KgError", "__version__", "build", "load_document"]
