"""Titles and texts of generated pages, combined from word lists, in pl, en and uk.

Polish and Ukrainian phrases are written in several grammatical cases, so the
generated text inflects as residents' and editors' text does ("budżet
obywatelski", "budżetu obywatelskiego", "budżetowi obywatelskiemu"...) and
the search has to find every form from any other. Deterministic: the same
page number always gives the same text.
"""

import random

# Noun phrases: nominative, genitive, dative, accusative, instrumental, locative.
PL_PHRASES = [
    (
        "budżet obywatelski",
        "budżetu obywatelskiego",
        "budżetowi obywatelskiemu",
        "budżet obywatelski",
        "budżetem obywatelskim",
        "budżecie obywatelskim",
    ),
    (
        "zielone podwórko",
        "zielonego podwórka",
        "zielonemu podwórku",
        "zielone podwórko",
        "zielonym podwórkiem",
        "zielonym podwórku",
    ),
    (
        "ścieżka rowerowa",
        "ścieżki rowerowej",
        "ścieżce rowerowej",
        "ścieżkę rowerową",
        "ścieżką rowerową",
        "ścieżce rowerowej",
    ),
    (
        "park kieszonkowy",
        "parku kieszonkowego",
        "parkowi kieszonkowemu",
        "park kieszonkowy",
        "parkiem kieszonkowym",
        "parku kieszonkowym",
    ),
    ("plac zabaw", "placu zabaw", "placowi zabaw", "plac zabaw", "placem zabaw", "placu zabaw"),
    (
        "biblioteka sąsiedzka",
        "biblioteki sąsiedzkiej",
        "bibliotece sąsiedzkiej",
        "bibliotekę sąsiedzką",
        "biblioteką sąsiedzką",
        "bibliotece sąsiedzkiej",
    ),
    (
        "ogród społeczny",
        "ogrodu społecznego",
        "ogrodowi społecznemu",
        "ogród społeczny",
        "ogrodem społecznym",
        "ogrodzie społecznym",
    ),
    (
        "przejście dla pieszych",
        "przejścia dla pieszych",
        "przejściu dla pieszych",
        "przejście dla pieszych",
        "przejściem dla pieszych",
        "przejściu dla pieszych",
    ),
    (
        "stojak na rowery",
        "stojaka na rowery",
        "stojakowi na rowery",
        "stojak na rowery",
        "stojakiem na rowery",
        "stojaku na rowery",
    ),
    (
        "ławka w cieniu",
        "ławki w cieniu",
        "ławce w cieniu",
        "ławkę w cieniu",
        "ławką w cieniu",
        "ławce w cieniu",
    ),
    (
        "konsultacje społeczne",
        "konsultacji społecznych",
        "konsultacjom społecznym",
        "konsultacje społeczne",
        "konsultacjami społecznymi",
        "konsultacjach społecznych",
    ),
    (
        "szkoła podstawowa",
        "szkoły podstawowej",
        "szkole podstawowej",
        "szkołę podstawową",
        "szkołą podstawową",
        "szkole podstawowej",
    ),
    (
        "dom kultury",
        "domu kultury",
        "domowi kultury",
        "dom kultury",
        "domem kultury",
        "domu kultury",
    ),
    (
        "przystanek tramwajowy",
        "przystanku tramwajowego",
        "przystankowi tramwajowemu",
        "przystanek tramwajowy",
        "przystankiem tramwajowym",
        "przystanku tramwajowym",
    ),
    (
        "rada dzielnicy",
        "rady dzielnicy",
        "radzie dzielnicy",
        "radę dzielnicy",
        "radą dzielnicy",
        "radzie dzielnicy",
    ),
    (
        "zieleń miejska",
        "zieleni miejskiej",
        "zieleni miejskiej",
        "zieleń miejską",
        "zielenią miejską",
        "zieleni miejskiej",
    ),
    (
        "boisko osiedlowe",
        "boiska osiedlowego",
        "boisku osiedlowemu",
        "boisko osiedlowe",
        "boiskiem osiedlowym",
        "boisku osiedlowym",
    ),
    (
        "drzewo owocowe",
        "drzewa owocowego",
        "drzewu owocowemu",
        "drzewo owocowe",
        "drzewem owocowym",
        "drzewie owocowym",
    ),
    (
        "parking rowerowy",
        "parkingu rowerowego",
        "parkingowi rowerowemu",
        "parking rowerowy",
        "parkingiem rowerowym",
        "parkingu rowerowym",
    ),
    (
        "fontanna miejska",
        "fontanny miejskiej",
        "fontannie miejskiej",
        "fontannę miejską",
        "fontanną miejską",
        "fontannie miejskiej",
    ),
]
NOM, GEN, DAT, ACC, INS, LOC = range(6)

# Districts: nominative, genitive, locative.
PL_PLACES = [
    ("Podgórze", "Podgórza", "Podgórzu"),
    ("Nowa Huta", "Nowej Huty", "Nowej Hucie"),
    ("Płaszów", "Płaszowa", "Płaszowie"),
    ("Krowodrza", "Krowodrzy", "Krowodrzy"),
    ("Bronowice", "Bronowic", "Bronowicach"),
    ("Dębniki", "Dębników", "Dębnikach"),
    ("Prądnik Biały", "Prądnika Białego", "Prądniku Białym"),
    ("Czyżyny", "Czyżyn", "Czyżynach"),
    ("Bieżanów", "Bieżanowa", "Bieżanowie"),
    ("Zwierzyniec", "Zwierzyńca", "Zwierzyńcu"),
    ("Łagiewniki", "Łagiewnik", "Łagiewnikach"),
    ("Mistrzejowice", "Mistrzejowic", "Mistrzejowicach"),
]

PL_TITLES = [
    "{p[0]} w {d[2]}",
    "Konsultacje: {p[0]} dla {d[1]}",
    "Nowy pomysł na {p[3]} w {d[2]}",
    "{d[0]}: głosujemy nad {p[4]}",
    "Spotkanie o {p[5]} w {d[2]}",
    "Pieniądze dla {d[1]} na {p[3]}",
]
PL_SENTENCES = [
    "Mieszkańcy {d[1]} rozmawiali o {p[5]} podczas spotkania z radą dzielnicy.",
    "Urząd przyznał dodatkowe pieniądze {p[2]} w {d[2]}.",
    "Zapraszamy na spacer badawczy w sprawie {p[1]}.",
    "Chcemy razem z sąsiadami zaprojektować {p[3]} przy ulicy Długiej.",
    "Projekt zgłosiła grupa sąsiedzka zajmująca się {p[4]}.",
    "Wnioski z konsultacji trafią do wydziału, który opiekuje się {p[4]}.",
    "W ankiecie pytaliśmy, czego brakuje na {p[5]} i kto z niego korzysta.",
    "Prace zaczną się wiosną, a {p[0]} będzie gotowy przed wakacjami.",
    "Dzieci ze szkół {d[1]} narysowały swoje pomysły na {p[3]}.",
    "Na stronie opublikowaliśmy mapę i harmonogram prac w {d[2]}.",
    "Każdy może zgłosić uwagi do projektu do końca miesiąca.",
    "Rowerzyści pytali o bezpieczne dojazdy do szkół i przystanków.",
]

EN_PHRASES = [
    "participatory budget",
    "green courtyard",
    "cycle path",
    "pocket park",
    "playground",
    "neighbourhood library",
    "community garden",
    "pedestrian crossing",
    "bicycle stands",
    "shaded benches",
    "public consultation",
    "primary school",
    "community centre",
    "tram stop",
    "district council",
    "street trees",
    "sports pitch",
    "fruit trees",
    "bicycle parking",
    "city fountain",
]
EN_TITLES = [
    "{p} in {d}",
    "Consultation: a {p} for {d}",
    "New ideas for the {p} in {d}",
    "{d}: residents vote on {p}s",
    "Meeting about the {p} in {d}",
]
EN_SENTENCES = [
    "Residents of {d} discussed the {p} with the district council.",
    "The city granted more money to {p}s in {d}.",
    "Join the walk to see where the {p} could go.",
    "Neighbours want to design the {p} together.",
    "Children from local schools drew their ideas for the {p}.",
    "Works start in spring and should finish before the summer holidays.",
    "Anyone can comment on the plans until the end of the month.",
    "Cyclists asked for safe routes to schools and stops.",
]

# Ukrainian: nominative, genitive, locative.
UK_PHRASES = [
    ("громадський бюджет", "громадського бюджету", "громадському бюджеті"),
    ("зелене подвір'я", "зеленого подвір'я", "зеленому подвір'ї"),
    ("велосипедна доріжка", "велосипедної доріжки", "велосипедній доріжці"),
    ("кишеньковий парк", "кишенькового парку", "кишеньковому парку"),
    ("дитячий майданчик", "дитячого майданчика", "дитячому майданчику"),
    ("сусідська бібліотека", "сусідської бібліотеки", "сусідській бібліотеці"),
    ("громадський город", "громадського городу", "громадському городі"),
    ("пішохідний перехід", "пішохідного переходу", "пішохідному переході"),
    ("будинок культури", "будинку культури", "будинку культури"),
    ("трамвайна зупинка", "трамвайної зупинки", "трамвайній зупинці"),
    ("рада району", "ради району", "раді району"),
    ("міська зелень", "міської зелені", "міській зелені"),
]
UK_PLACES = [
    ("Подґуже", "Подґужа", "Подґужі"),
    ("Нова Гута", "Нової Гути", "Новій Гуті"),
    ("Плашув", "Плашува", "Плашуві"),
    ("Кроводжа", "Кроводжі", "Кроводжі"),
    ("Броновіце", "Броновіц", "Броновіцах"),
    ("Дембники", "Дембників", "Дембниках"),
]
UK_TITLES = [
    "{p[0]} у {d[2]}",
    "Консультації: {p[0]} для {d[1]}",
    "Нові ідеї щодо {p[1]} у {d[2]}",
    "Зустріч про {p[0]} у {d[2]}",
]
UK_SENTENCES = [
    "Мешканці {d[1]} обговорили питання {p[1]} з радою району.",
    "Місто виділило додаткові кошти на {p[0]} у {d[2]}.",
    "Запрошуємо на прогулянку, щоб побачити місце для {p[1]}.",
    "Сусіди хочуть разом спроєктувати {p[0]}.",
    "Діти з місцевих шкіл намалювали свої ідеї щодо {p[1]}.",
    "Роботи почнуться навесні та завершаться до літніх канікул.",
    "Кожен може подати зауваження до кінця місяця.",
]

SENTENCES_PER_PAGE = (5, 9)
LANGUAGE_SEEDS = {"pl": 1, "en": 2, "uk": 3}


def page_text(number: int, language: str) -> tuple[str, str, str]:
    """(title, lead, body) of generated page number `number` in `language`."""
    rng = random.Random(number * 7919 + LANGUAGE_SEEDS.get(language, 0))  # noqa: S311 - test data
    if language == "pl":
        phrases, places, titles, sentences = PL_PHRASES, PL_PLACES, PL_TITLES, PL_SENTENCES
    elif language == "uk":
        phrases, places, titles, sentences = UK_PHRASES, UK_PLACES, UK_TITLES, UK_SENTENCES
    else:
        phrases, places, titles, sentences = (
            EN_PHRASES,
            [p[0] for p in PL_PLACES],
            EN_TITLES,
            EN_SENTENCES,
        )

    def fill(template: str) -> str:
        text = template.format(p=rng.choice(phrases), d=rng.choice(places))
        return text[0].upper() + text[1:]

    title = fill(rng.choice(titles))
    count = rng.randint(*SENTENCES_PER_PAGE)
    chosen = [fill(rng.choice(sentences)) for _ in range(count)]
    return title, chosen[0], " ".join(chosen[1:])
