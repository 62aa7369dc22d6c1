"""Names in the alphabetical order of their language, not in code-point order."""

from taxonomies.collation import collation_key


def ordered(names, language_code):
    return sorted(names, key=lambda name: collation_key(name, language_code))


def test_polish_letters_with_diacritics_follow_their_base_letter():
    names = ["Zwierzyniec", "Łagiewniki-Borek Fałęcki", "Krowodrza", "Mistrzejowice", "Lasek"]
    assert ordered(names, "pl") == [
        "Krowodrza",
        "Lasek",
        "Łagiewniki-Borek Fałęcki",
        "Mistrzejowice",
        "Zwierzyniec",
    ]


def test_polish_order_of_n_and_z_variants():
    assert ordered(["Bieżanów", "Bieńczyce", "Bienia"], "pl") == ["Bienia", "Bieńczyce", "Bieżanów"]


def test_ukrainian_letters_outside_the_russian_block_are_in_place():
    # Code points put і, ї, є and ґ after я; the Ukrainian alphabet does not.
    names = ["Ялта", "Їжак", "Ірпінь", "Иванків", "Єнакієве", "Ганна", "Ґава", "Дніпро"]
    assert ordered(names, "uk") == [
        "Ганна",
        "Ґава",
        "Дніпро",
        "Єнакієве",
        "Иванків",
        "Ірпінь",
        "Їжак",
        "Ялта",
    ]


def test_a_space_sorts_before_letters_and_case_does_not_matter():
    assert ordered(["Nowak", "nowa Huta", "Nowa"], "pl") == ["Nowa", "nowa Huta", "Nowak"]


def test_english_ignores_accents():
    assert ordered(["Zwierzyniec", "Łagiewniki", "Podgórze", "Lasek"], "en") == [
        "Łagiewniki",
        "Lasek",
        "Podgórze",
        "Zwierzyniec",
    ]
