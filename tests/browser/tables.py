"""What every data table of the public pages must do, checked by `check_page`."""

from playwright.sync_api import expect

PHONE_MAX_WIDTH = 640  # the stylesheet's 40rem, at the default font size


def check_tables(page, width):
    """On a phone, every table's rows are stacked as cards: nothing scrolls sideways, each cell
    shows its own column's heading, and the table keeps its roles for screen readers."""
    if width > PHONE_MAX_WIDTH:
        return
    for wrapper in page.locator(".table-wrapper").all():
        caption = wrapper.locator("caption").inner_text()
        assert wrapper.evaluate("element => element.scrollWidth <= element.clientWidth"), caption
        # The headings stay in the table for screen readers, out of sight.
        assert wrapper.locator("thead").bounding_box()["height"] <= 1, caption
        mismatched = wrapper.evaluate(
            """wrapper => {
                const headings = [...wrapper.querySelectorAll("thead th")].map(th => th.innerText);
                return [...wrapper.querySelectorAll("tbody td")]
                    .map(cell => [headings[cell.cellIndex],
                                  getComputedStyle(cell, "::before").content])
                    // `"When" / ""`: the label, with an empty text alternative.
                    .filter(([heading, label]) => label !== `${JSON.stringify(heading)} / ""`);
            }"""
        )
        assert mismatched == [], caption
        table = page.get_by_role("table", name=caption)
        assert table.get_by_role("cell").count() == wrapper.locator("td").count(), caption
        # Screen readers give each cell its heading from the table: the label is not read twice.
        cell = table.get_by_role("cell").first
        expect(cell).to_have_accessible_name(cell.inner_text().strip())
        assert table.get_by_role("columnheader").count() >= wrapper.locator("thead th").count()
