"""The section an HTML page files its article under: the breadcrumb, the page's name in
`<title>`, the menu item marked current, the "back to" link, the title of the box around the
headline. Checked against what the page shows, as every field (htmlpage.py)."""

import re

from bantin.legacy.reading.htmldoc import text_of
from bantin.legacy.reading.htmlfields import (
    SITE_MARK,
    Found,
    candidates,
    in_site_header,
    marks,
)
from bantin.vietnamese import find_datetime, fold

HOME_WORDS = {"trang chu", "home", "trang nhat"}
CRUMB_SEPARATOR = re.compile(r"\s*[»›>|/]\s*")
TITLE_SEPARATOR = re.compile(r"\s+[-|–—:]+\s+")
CURRENT_WORDS = {"active", "current", "selected"}
BACK_WORDS = {"quay lai", "tro ve", "tro lai", "quay ve", "back", "go back"}
NAV_WORDS = {"nav", "navi", "navbar", "navigation", "menu", "mainmenu"}
BOX_TITLE_MARK = re.compile(r"title|header|folder|category|chuyenmuc|chuyen-muc", re.I)
MAX_LABEL_WORDS = 5
AUTHOR_MARK = re.compile(r"author|byline|tac-?gia|nguoi-?viet", re.IGNORECASE)
LABEL_LEVELS = 6  # levels above the headline searched for the title of its box
MAX_SECTION = 80


def find_section(document, rule, title):
    """The section: the last breadcrumb that is neither the home page nor the page itself
    (its title, or the page name its <title> opens with)."""
    itself = {fold(title or ""), fold(page_name(document))}
    for pairs in candidates(document, "section", rule):
        if rule is None:
            pairs = [(crumb, el) for text, el in pairs for crumb in crumbs_of(el, text)]
        names = [
            (text, element)
            for text, element in pairs
            if fold(text) not in HOME_WORDS
            and fold(text) not in itself
            and len(text) <= MAX_SECTION
        ]
        if names:
            text, element = names[-1]
            return Found(text, [element])
    return Found()


def crumbs(text):
    """The parts of a breadcrumb printed as one text: "Trang chủ » Tin tức » Y tế"."""
    return [part for part in CRUMB_SEPARATOR.split(text) if part]


def crumbs_of(element, text):
    """A breadcrumb's parts: split at its separators, else its children's texts when it
    prints them with none ("<span>Trang chủ</span> <span>Giới thiệu</span>")."""
    parts = crumbs(text)
    if len(parts) == 1 and element.tag != "a" and len(element) > 1:
        children = [text_of(child) for child in element if isinstance(child.tag, str)]
        parts = [part for child in children if child for part in crumbs(child)]
    return parts


def head_parts(document):
    """The parts of <title>: "Headline - Section - Site" gives three."""
    head = document.find(".//title")
    text = text_of(head) if head is not None else ""
    return [part.strip() for part in TITLE_SEPARATOR.split(text) if part.strip()]


def page_name(document):
    """The page's own name as its <title> opens ("Chức năng nhiệm vụ - Sở ..."), when the
    <title> names the site after it."""
    parts = head_parts(document)
    return parts[0] if len(parts) > 1 else ""


def head_section(document):
    """(headline, section) of a <title> "Headline - Section - Site" (Liferay's asset
    publisher and many CMSs write it so), when the page also shows the section in an
    element of its own (the title of the box that holds the article, a menu entry); the
    section holds only once the headline is known to be the article's title."""
    parts = head_parts(document)
    if len(parts) < 3:
        return None
    section = parts[1]
    if len(section) > MAX_SECTION or fold(section) in HOME_WORDS:
        return None
    wanted = fold(section)
    site = document.find(".//meta[@property='og:site_name']")
    if site is not None and fold(site.get("content") or "") == wanted:
        return None
    for text in document.xpath("//body//text()"):
        if len(text) < 2 * len(section) and fold(text.strip()) == wanted:
            holder = text.getparent()
            if SITE_MARK.search(" ".join(marks(holder))) or in_site_header(holder):
                return None  # the site's (or its unit's) name, not a section
            return parts[0], section
    return None


def section_from_head(head, title):
    if head is None or not title or fold(head[0]) != fold(title):
        return None
    return head[1]


def current_trail(document):
    """The menu entries a navigation bar marks as where the page sits (class active,
    current or selected on the entry, or aria-current), outermost first: "Giới thiệu"
    then its child "Chức năng nhiệm vụ"."""
    trail = []
    for item in document.iter("li"):
        if CURRENT_WORDS.isdisjoint(marks(item)) and item.get("aria-current") is None:
            continue
        if not in_navigation(item):
            continue
        link = item.find(".//a")
        text = text_of(link) if link is not None else ""
        if text and len(text) <= MAX_SECTION and fold(text) not in HOME_WORDS:
            trail.append(text)
    return trail


def in_navigation(element):
    return any(
        a.tag == "nav" or a.get("role") == "navigation" or not NAV_WORDS.isdisjoint(marks(a))
        for a in element.iterancestors()
    )


def back_section(document):
    """The menu entry the page's back link ("Quay lại", "Trở về") leads to: the list of
    the section the article was opened from, named by the navigation, not by a box of
    other articles that happens to share its name."""
    targets = {
        link_target(link)
        for link in document.iter("a")
        if fold(text_of(link)).strip(" .«‹<-") in BACK_WORDS and link_target(link)
    }
    if not targets:
        return None
    for link in document.iter("a"):
        text = text_of(link)
        if (
            link_target(link) in targets
            and text
            and fold(text).strip(" .«‹<-") not in BACK_WORDS
            and fold(text) not in HOME_WORDS
            and len(text) <= MAX_SECTION
            and in_navigation(link)
        ):
            return text
    return None


def link_target(link):
    href = (link.get("href") or "").strip()
    return "" if href.startswith(("#", "javascript:")) else href.rstrip("/")


def box_section(title_elements):
    """The section a page shows with the headline when no breadcrumb names it: the link
    set right after the headline ("<a href='/tin-noi-bat'>Tin nổi bật</a>"), else the
    title of the box that holds the article (a cell or row marked title, header or folder
    before it: SharePoint's "FolderTitle", a "tr-title")."""
    if not title_elements or title_elements[0].tag == "meta":
        return None
    headline = title_elements[0]
    for sibling in list(headline.itersiblings())[:2]:
        links = sibling.findall(".//a") if isinstance(sibling.tag, str) else []
        if len(links) == 1 and text_of(links[0]) == text_of(sibling) and not is_author(links[0]):
            label = section_label(text_of(sibling))
            if label:
                return label
    node = headline
    for _ in range(LABEL_LEVELS):
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            for element in sibling.iter():
                marked = f"{element.get('class') or ''} {element.get('id') or ''}"
                if isinstance(element.tag, str) and BOX_TITLE_MARK.search(marked):
                    label = section_label(text_of(element))
                    if label:
                        return label
        node = node.getparent()
        if node is None:
            return None
    return None


def is_author(link):
    """A link to the writer's page ("/tac-gia/...", rel=author, class author): a byline."""
    named = " ".join(
        f"{node.get('class') or ''} {node.get('rel') or ''} {node.get('href') or ''}"
        for node in (link, *link.iterancestors("span", "div", "p"))
    )
    return AUTHOR_MARK.search(named) is not None


def section_label(text):
    """A text that can name a section: short, not the home page, not a date."""
    if not text or len(text) > MAX_SECTION or len(text.split()) > MAX_LABEL_WORDS:
        return None
    if fold(text) in HOME_WORDS or find_datetime(text) is not None:
        return None
    return text


def trail_section(trail, document, title):
    """The most specific entry of the menu trail that is not the page itself."""
    itself = {fold(title or ""), fold(page_name(document))}
    names = [name for name in trail if fold(name) not in itself]
    return names[-1] if names else None
