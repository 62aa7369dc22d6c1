"""The generated illustrations and the PDF of the demo content.

Titles and descriptions are Polish only: images and documents are shared by
every language version (descriptions serve as default alternative text;
pages override them with translated alt text where they show an image).
Each description says what the generated picture really shows; the pictures
carry no text (demo/images.py), so nothing in them is left untranslated.
"""

from ..specs import DocumentSpec, ImageSpec

IMAGES = (
    ImageSpec(
        key="hero",
        title="Decydujmy razem – ilustracja strony głównej",
        description=(
            "Ilustracja: panorama miasta z kolorowych prostokątów na tle zachodzącego słońca"
        ),
        colors=("#1d4e89", "#f2a541"),
        motif="skyline",
    ),
    ImageSpec(
        key="meeting",
        title="Spotkanie z mieszkańcami",
        description=(
            "Ilustracja: kolorowe koła wokół owalnego stołu, symbolizujące spotkanie mieszkańców"
        ),
        colors=("#264653", "#2a9d8f"),
        motif="table",
    ),
    ImageSpec(
        key="consultation",
        title="Konsultacje – uwagi na mapie",
        description=("Ilustracja: plan osiedla z przypiętymi kolorowymi karteczkami"),
        colors=("#f4f1de", "#81b29a"),
        motif="notes",
    ),
    ImageSpec(
        key="park",
        title="Plan Parku Nadwiślańskiego",
        description=("Ilustracja: zielone korony drzew i kręta alejka wzdłuż niebieskiej rzeki"),
        colors=("#a7c957", "#386641"),
        motif="park",
    ),
    ImageSpec(
        key="vote",
        title="Głosowanie w budżecie obywatelskim",
        description="Ilustracja: wykres słupkowy w kolorach miasta",
        colors=("#003f88", "#00509d"),
        motif="chart",
    ),
    ImageSpec(
        key="workshop",
        title="Warsztaty z sąsiadami",
        description=("Ilustracja: różnokolorowe dymki rozmowy"),
        colors=("#ffb703", "#fb8500"),
        motif="bubbles",
    ),
    ImageSpec(
        key="visit",
        title="Wizyta studyjna w Dzielnicy VII Zwierzyniec",
        description=("Ilustracja: łamana linia trasy łącząca dwa żółte punkty"),
        colors=("#5f0f40", "#9a031e"),
        motif="route",
    ),
    ImageSpec(
        key="ambassadors",
        title="Ambasadorzy lokalnej partycypacji",
        description=("Ilustracja: koła połączone liniami w sieć"),
        colors=("#3a0ca3", "#4cc9f0"),
        motif="network",
    ),
    ImageSpec(
        key="cycling",
        title="Trasy rowerowe",
        description="Ilustracja: trzy kolorowe rowery jadące drogą dla rowerów",
        colors=("#8ecae6", "#219ebc"),
        motif="bikes",
    ),
)

DOCUMENTS = (
    DocumentSpec(
        key="budget-schedule",
        title="Harmonogram budżetu obywatelskiego 2027",
        filename="harmonogram-budzetu-obywatelskiego-2027.pdf",
        lines=(
            "Dokument demonstracyjny portalu Biura ds. Partycypacji Społecznej.",
            "",
            "1. Zgłaszanie pomysłów: od 11 stycznia do 31 marca 2027 r.",
            "2. Weryfikacja projektów przez urzędników: kwiecień – czerwiec 2027 r.",
            "3. Odwołania od wyników weryfikacji: do 10 lipca 2027 r.",
            "4. Głosowanie: od 13 do 27 września 2027 r.",
            "5. Ogłoszenie wyników: do 15 października 2027 r.",
            "",
            "Pytania: partycypacja@example.org, tel. +48 12 345 67 89.",
        ),
    ),
)
