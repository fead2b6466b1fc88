"""Passed to ``spacy train --code``: registers kg's spaCy callbacks (the tokenizer tuning of
``kg.nlp.tokenizer``) and trains with numpy's BLAS, which is about 3x faster than thinc's
generic BLIS kernels for the matrix products on the reference machine."""

from thinc.api import NumpyOps, set_current_ops

import kg.nlp.name_lists  # noqa: F401  (registers kg.NameListEmbed.v1)
import kg.nlp.tokenizer  # noqa: F401  (registers kg.customize_tokenizer.v1)

set_current_ops(NumpyOps(use_blis=False))
