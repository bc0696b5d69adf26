"""Punctuation the recognisers, the document model and the reader share: one definition each.

Plain strings, no imports: every module can use them (and build its own pattern from them).
"""

from __future__ import annotations

#: Characters that end a sentence (full-width and ASCII).
SENTENCE_ENDS = "。！？!?；;"
#: Closing quotes and brackets that stay with the sentence end before them (。” ends after ”).
CLOSING_MARKS = "”’」』）)"
#: What joins the two ends of a range (至, 到, dashes, a double hyphen and tildes), longest first.
RANGE_SEPARATORS = ("——", "--", "－－", "至", "到", "～", "~", "—", "－", "-", "–")
