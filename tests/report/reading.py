"""Reading the HTML a notebook would show: its visible text, its links, and how its cells are aligned."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    """What an HTML fragment shows and holds."""

    text: str = ""
    links: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # the style of every th and td
    tags: set[str] = field(default_factory=set)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.page.tags.add(tag)
        if tag == "a":
            self.page.links.append(found.get("href") or "")
        if tag in ("td", "th"):
            self.page.cells.append(found.get("style") or "")
        for name in found:
            assert not name.startswith("on"), f"an event handler attribute: {name}"
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def read(html: str) -> Page:
    """Return what ``html`` shows (text with the tags taken out), its link targets and its cells' styles."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader.page.text = " ".join("".join(reader.parts).split())
    return reader.page
