"""Alphabetical order of district and topic names as readers of each language expect it.

Python compares code points, which puts "Łagiewniki" after "Zwierzyniec" and
Ukrainian "і", "ї", "є", "ґ" after "я"; PostgreSQL's collations depend on
the server's installed locales and SQLite has none. The two alphabets the
office publishes in besides English are short enough to spell out.
"""

import unicodedata

ALPHABETS = {
    "pl": "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
}
_RANKS = {
    language: {letter: rank for rank, letter in enumerate(alphabet)}
    for language, alphabet in ALPHABETS.items()
}
# Apostrophes in Ukrainian names ("Прондникʼ") do not count in the order.
_IGNORED = {"'", "ʼ", "’"}
# A space or hyphen sorts before any letter: "Nowa Huta" before "Nowak".
_SEPARATOR_RANK = -1
_OTHER_OFFSET = 1000


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    # Ł has no decomposition: it is a letter of its own, not L with an accent.
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.replace("ł", "l")


def collation_key(text: str, language_code: str) -> tuple:
    """A sort key putting `text` in the alphabetical order of `language_code`.

    Args:
        text: a name, e.g. "Łagiewniki-Borek Fałęcki".
        language_code: "pl", "uk", "en" (a region such as "pl-PL" is ignored).

    Returns:
        A tuple to sort by; ties are broken by the text itself.
    """
    folded = text.casefold()
    ranks = _RANKS.get(language_code.split("-")[0].lower())
    if ranks is None:
        # English and any other Latin-script language: accents do not change the order.
        ranks = _RANKS["pl"]
        folded = _without_accents(folded)
    key = []
    for char in folded:
        if char in _IGNORED:
            continue
        if char in ranks:
            key.append(ranks[char])
        elif not char.isalnum():
            key.append(_SEPARATOR_RANK)
        else:
            key.append(_OTHER_OFFSET + ord(char))
    return tuple(key), text
