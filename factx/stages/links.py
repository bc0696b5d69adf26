"""Stage: links."""
from factx.candidate import Candidate
from factx.document import Document


def link_numbers(doc: Document, found: list[Candidate]) -> None:
    pass
