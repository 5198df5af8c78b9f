"""Segmentation: a Document's blocks -> a ClauseTree.

``segment(document)`` reads the numbering (``numbering.py``) and builds the
clause tree (``tree.py``).  It does not import spaCy: sentences are computed on
demand with :func:`sentences_for` (``sentences.py``).
"""

from __future__ import annotations

from ..document import ClauseTree, Document
from .sentences import sentences_for, split_sentences
from .tree import build_tree


def segment(document: Document) -> ClauseTree:
    """Split ``document`` into a tree of clauses (see ``tree.py``).  Never raises on odd text."""
    return build_tree(document)


__all__ = ["segment", "sentences_for", "split_sentences"]
