"""Result excerpts mark the visitor's words as the index matches them, and escape the text."""

from search.excerpts import EXCERPT_WORDS, excerpt


def test_marks_words_without_accents_and_in_plural():
    text = "Les congés annuels et le télétravail des ingénieurs."
    assert excerpt(text, "conge teletravail ingenieur", "fr") == (
        "Les <mark>congés</mark> annuels et le <mark>télétravail</mark> des "
        "<mark>ingénieurs</mark>."
    )


def test_marks_english_stems():
    text = "Nurseries welcome the children of researchers."
    assert excerpt(text, "nursery research", "en") == (
        "<mark>Nurseries</mark> welcome the children of <mark>researchers</mark>."
    )


def test_only_the_word_is_marked_not_its_punctuation_or_elided_article():
    text = "Aide à l'hébergement (logements, visas)."
    assert excerpt(text, "hebergement logement visa", "fr") == (
        "Aide à l&#x27;<mark>hébergement</mark> (<mark>logements</mark>, <mark>visas</mark>)."
    )


def test_short_words_are_not_marked():
    assert "<mark>" not in excerpt("Le visa de talent", "de le", "fr")


def test_window_starts_near_the_first_match():
    words = [f"mot{i}" for i in range(200)]
    words[150] = "logement"
    html = excerpt(" ".join(words), "logements", "fr")
    assert html.startswith("… mot142 ")
    assert "<mark>logement</mark>" in html
    assert html.endswith(" …")
    assert len(html.split()) == EXCERPT_WORDS + 2


def test_text_is_escaped():
    html = excerpt('Un <script>alert("x")</script> visa', "visa", "fr")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.endswith("<mark>visa</mark>")


def test_no_match_gives_the_beginning():
    assert excerpt("Bienvenue en France.", "xylophone", "fr") == "Bienvenue en France."
