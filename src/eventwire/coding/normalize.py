"""Same-length text normalisation for parsing and matching (typographic quotes, dashes, spaces).

One character in, one character out, so character offsets into the original text stay valid.
"""

from __future__ import annotations

# One character in, one character out: offsets survive normalisation.
_NORMALIZE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def normalize_for_parse(text: str) -> str:
    """Same-length normalisation used for parsing and matching, never for offsets."""
    out = text.translate(_NORMALIZE)
    assert len(out) == len(text)
    return out
