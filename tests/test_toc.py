"""Tables of contents of long pages: made from the headings the page renders, with stable,
unique ids and "Back to top" links, in both languages; short pages get none."""

import re

import pytest

from home.templatetags.toc_tags import with_toc

from .helpers import main_content


def sections(count, heading="<h2{attrs}>{text}</h2>"):
    return "".join(
        heading.format(attrs="", text=f"Section {number}") + f"<p>Text {number}</p>"
        for number in range(1, count + 1)
    )


def test_four_sections_or_fewer_get_no_table_of_contents():
    html = sections(4)
    assert with_toc(html) == html


def test_five_sections_get_a_table_of_contents_and_back_links():
    html = str(with_toc(sections(5)))
    toc = re.search(r'<nav class="toc" id="toc" aria-labelledby="toc-title">(.*?)</nav>', html)
    assert toc
    assert re.findall(r'href="#([^"]+)"', toc.group(1)) == [f"section-{n}" for n in range(1, 6)]
    for number in range(1, 6):
        assert f'<h2 id="section-{number}">Section {number}</h2>' in html
    assert html.count('class="back-to-top"') == 5


def test_ids_are_kept_unique_and_stable():
    html = (
        '<h2 id="milestones-title">Étapes clés</h2>'
        "<h2>Les congés</h2><h2>Les congés</h2>"
        '<h2 class="step__title">Visa &amp; titre de séjour</h2>'
        "<h2><em>main</em></h2>"
        '<p id="les-conges">already taken</p>'
    )
    first = str(with_toc(html))
    assert first == str(with_toc(html))  # the same ids every time
    ids = re.findall(r'<h2 id="([^"]+)"', first)
    assert ids == [
        "milestones-title",
        "les-conges-2",
        "les-conges-3",
        "visa-titre-de-sejour",
        "main-2",
    ]
    assert len(set(re.findall(r'id="([^"]+)"', first))) == len(re.findall(r'id="([^"]+)"', first))
    # Labels are plain text, escaped once.
    assert '<a href="#visa-titre-de-sejour">Visa &amp; titre de séjour</a>' in first
    assert '<a href="#main-2">main</a>' in first


def test_heading_text_is_escaped_in_the_contents():
    html = str(with_toc(sections(4) + "<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>"))
    assert "<script>" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "title", "back"),
    [
        ("/fr/hr-excellence-in-research/", "Sommaire", "Haut de page"),
        ("/en/hr-excellence-in-research/", "Contents", "Back to top"),
    ],
)
def test_the_hr_excellence_page_has_its_contents(client, url, title, back):
    response = client.get(url)
    assert response.status_code == 200
    html = main_content(response.content.decode())
    toc = re.search(r'<nav class="toc"[^>]*>(.*?)</nav>', html, re.S)
    assert toc and f">{title}</h2>" in toc.group(1)
    anchors = re.findall(r'href="#([^"]+)"', toc.group(1))
    assert len(anchors) > 4
    assert "milestones-title" in anchors and "action-plan-title" in anchors
    for anchor in anchors:
        assert html.count(f'id="{anchor}"') == 1
    assert f'<a href="#main">{back}</a>' in html


@pytest.mark.django_db
def test_a_guide_with_many_steps_has_its_contents(client):
    from guides.models import WelcomeGuidePage

    guide = max(
        WelcomeGuidePage.objects.live().filter(locale__language_code="en"),
        key=lambda page: len(page.steps),
    )
    html = main_content(client.get(guide.url).content.decode())
    headings = len(re.findall(r"<h2[\s>]", html)) - ('class="toc"' in html)
    assert ('class="toc"' in html) == (headings > 4)
