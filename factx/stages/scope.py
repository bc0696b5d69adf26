"""Stage: scope."""
from factx.candidate import Candidate
from factx.document import Document


def scope_numbers(doc: Document, found: list[Candidate]) -> None:
    pass
