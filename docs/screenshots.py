"""Take the README's pictures of the dashboard: ``docs/dashboard.png`` (1440x1000) and
``docs/dashboard-phone.png`` (390x844), with Debian's Chromium driven by Playwright.

    python docs/screenshots.py --db events.duckdb          # a store of your own
    python docs/screenshots.py --articles 120               # a generated multi-country corpus

Without ``--db`` it codes ``--articles`` articles of ``benchmarks/corpus.py`` into a temporary store.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _generated(n: int, *, seed: int) -> list[dict[str, str]]:
    spec = importlib.util.spec_from_file_location("eventwire_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return [{"text": text, "published": day.isoformat()} for text, day in mod.corpus_texts(n, seed=seed)]


def shoot(url: str, out: Path, *, path: str = "/") -> None:
    """Save the desktop and the phone picture of ``url + path`` into ``out``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for name, viewport, scale in (("dashboard.png", {"width": 1440, "height": 1000}, 1),
                                          ("dashboard-phone.png", {"width": 390, "height": 844}, 1)):
                page = browser.new_page(viewport=viewport, device_scale_factor=scale)
                page.goto(url + path)
                page.wait_for_function("document.body.dataset.loading === 'false'", timeout=60_000)
                page.screenshot(path=str(out / name))
                page.close()
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing eventwire store (default: a generated one)")
    parser.add_argument("--articles", type=int, default=120, help="generated articles without --db (120)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--path", default="/", help="the page and its filters, e.g. '/?country=SYR'")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)

    from eventwire.serve.api import create_app, serve_in_thread

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "events.duckdb"
        with serve_in_thread(create_app(db=db)) as url:
            if args.db is None:
                r = httpx.post(f"{url}/v1/articles", json={"articles": _generated(args.articles, seed=args.seed)},
                               timeout=1200)
                r.raise_for_status()
            shoot(url, args.out, path=args.path)
    print(f"wrote {args.out / 'dashboard.png'} and {args.out / 'dashboard-phone.png'}")


if __name__ == "__main__":
    main()
