"""The Content-Security-Policy as Chromium enforces it: inline code injected into a page is
refused and reported (the report is what every browser test's `new_page` watches for)."""

import pytest

pytestmark = pytest.mark.browser


def test_injected_inline_script_and_style_are_refused(browser, server_url):
    context = browser.new_context()
    messages = []
    context.on("console", lambda message: messages.append(message.text))
    page = context.new_page()
    page.goto(server_url + "/fr/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
            const style = document.createElement("style");
            style.textContent = "body { background: red }";
            document.head.append(style);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.injected") is None
    assert (
        page.evaluate("() => getComputedStyle(document.body).backgroundColor") != "rgb(255, 0, 0)"
    )
    refusals = [text for text in messages if "Content Security Policy" in text]
    assert any("script" in text for text in refusals), messages
    assert any("style" in text for text in refusals), messages
    context.close()
