"""Helpers of the browser tests: waiting for the dashboard, an offline page, the two screen sizes."""

from __future__ import annotations

from typing import Any

DESKTOP = {"width": 1440, "height": 1000}
PHONE = {"width": 390, "height": 844}


def settled(page: Any) -> None:
    """Wait until the dashboard has drawn every panel for the current URL."""
    page.wait_for_function("document.body.dataset.loading === 'false'", timeout=60_000)


def offline_page(browser: Any, server: str, **context_options: Any) -> tuple[Any, Any, list[str], list[str]]:
    """(context, page, problems, outside): a page that records console errors and warnings and
    blocks, recording them, requests to anywhere but ``server`` (the pages work offline)."""
    context = browser.new_context(**context_options)
    context.set_default_timeout(60_000)
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    outside: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    return context, page, problems, outside
