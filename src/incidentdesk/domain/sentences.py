"""Paragraphs and sentences of free text, in Japanese (。！？) and English (". " not after Co., e.g., J.)."""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "co",
        "corp",
        "inc",
        "ltd",
        "jr",
        "sr",
        "dept",
        "approx",
        "fig",
        "vol",
        "art",
        "para",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "p",
        "pp",
        "op",
        "govt",
        "min",
    }
)
_JA_END = "。！？!?"
_CLOSERS = "」』）)】〕\"'”’"
_OPEN, _CLOSE = "「『（(【〔", "」』）)】〕"
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")


def first_paragraph(text: str) -> str:
    """The text up to its first blank line (the whole text when it has none), trimmed."""
    return _BLANK_LINE.split(text.strip(), maxsplit=1)[0].strip() if text and text.strip() else ""


def _ends_abbreviation(text: str, dot: int) -> bool:
    """The full stop at `dot` closes an abbreviation (Co., e.g.) or an initial (J. Smith)."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[str]:
    """Sentences in order; joined together they give back the text (whitespace between them kept in front
    of the next one is dropped). A Japanese stop ends a sentence wherever it is; an English one only before
    whitespace and not after an abbreviation, an initial or inside a number (3.5, 1.2.3)."""
    out: list[str] = []
    start, i, n, depth = 0, 0, len(text), 0
    while i < n:
        ch = text[i]
        end = -1
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth:
            pass  # a stop inside 「…。」 or (…) ends the quotation, not the sentence
        elif ch in "。！？":
            end = i + 1
        elif ch in ".!?":
            j = i + 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            if j >= n:
                end = n
            elif text[j].isspace() and not (ch == "." and _ends_abbreviation(text, i)):
                end = j
            else:
                i += 1
                continue
        if end > 0:
            while end < n and text[end] in _CLOSERS:
                end += 1
            piece = text[start:end].strip()
            if piece:
                out.append(piece)
            start = i = end
            continue
        i += 1
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def first_sentence(text: str) -> str:
    found = split_sentences(" ".join(text.split()))
    return found[0] if found else ""
