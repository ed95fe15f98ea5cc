"""The fields around an article's body in an HTML page: title, section, date, byline, views.

A profile's rule is tried first; where a profile names no rule (or none matched), generic
marks that most portals share are tried. A date is only ever read from outside the body and
outside the lists of other articles, which were dropped before this runs.
"""

import re
from dataclasses import dataclass, field

from lxml.cssselect import CSSSelector

from bantin.legacy.reading.conventions import VIEWS, VIEWS_BEFORE, looks_like_byline, parse_count
from bantin.legacy.reading.htmldoc import contains, text_of
from bantin.vietnamese import find_datetime, fold

GENERIC = {
    "title": (
        "meta[property='og:title'], [itemprop=headline]",
        "h1, h2, h3, h4, [class*=title], [class*=Title], [class*=tieude], [class*=tieu-de], "
        "[class*=headline], [id=title], [id*=tieude], [id*=tieu-de], [id*=headline]",
    ),
    "date": (
        "meta[property='article:published_time']",
        "meta[itemprop=datePublished]",
        "[itemprop=datePublished]",
        "time[datetime]",
        "[class*=date], [id*=date], [class*=time], [class*=ngay], [class*=Date], [class*=Time]",
    ),
    "section": (
        "[itemtype*=BreadcrumbList] [itemprop=name]",
        "[class*=breadcrumb] a, [id*=breadcrumb] a, [class*=breadcrumb] li",
        "meta[property='article:section']",
        "[class*=category] a, [class*=chuyenmuc] a, [class*=cat-links] a, a[rel~=category]",
        "[class*=category], [class*=chuyenmuc], [class*=duongdan], [class*=path]",
    ),
    "byline": ("[class*=author], [class*=tacgia], [class*=byline], [itemprop=author]",),
    "lead": ("[class*=sapo], .lead, .article-lead, [class*=summary], [class*=tomtat]",),
    "canonical": ("link[rel=canonical]", "meta[property='og:url']"),
    "summary": ("meta[property='og:description']", "meta[name=description]"),
}
SELECTORS = {name: tuple(map(CSSSelector, texts)) for name, texts in GENERIC.items()}
ATTRIBUTE_OF = {"meta": "content", "link": "href", "time": "datetime"}
NOT_LETTER = re.compile(r"\W+")
CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
MAX_HEADLINE_LINE = 160
MARK_WORD = re.compile(r"[^a-z0-9]+")
BYLINE_PREFIX = re.compile(r"^(?:viết bởi|bởi|tác giả|người viết|by)\s*:?\s*", re.IGNORECASE)
SITE_MARK = re.compile(r"site|logo|brand|banner|slogan", re.IGNORECASE)
PORTLET_MARK = re.compile(r"portlet-title", re.IGNORECASE)  # a Liferay box's heading
MIN_HEADLINE_START = 20  # <title> opening with a text this long: the headline it names
TITLE_MARK = re.compile(r"title|tieude|tieu-de|headline", re.IGNORECASE)
MAX_TITLE = 400
# The box words of what holds no headline: a comment box or dialog, the footer, menus, side
# boxes and visitor counters; a heading inside one names that box ("Gửi bình luận").
BOX_WORDS = {
    "comment", "comments", "binhluan", "modal", "dialog", "footer", "nav", "navbar", "menu",
    "sidebar", "widget", "thongke", "thongketruycap", "counter", "hitcount", "linkweb",
}  # fmt: skip
HEADLINE_WORDS = (4, 60)  # a headline's words, fewest and most
MENU_LINKS = 3  # links in an element that make it a menu, not a headline
PROSE_AFTER = 200  # characters of text, outside links, that follow a headline
PROSE_LEVELS = 3
BANNER_WORDS = {"banner", "masthead", "logo", "brand", "topbar"}  # the site's own header
MAX_BYLINE = 120
MIN_LEAD = 40
MIN_TITLE = 8
HEADING_TAGS = {"h1", "h2", "h3", "h4"}
BLOCK_TAGS = {"div", "p", "table", "ul", "ol", "section", "article", "blockquote", "form"}
BLOCKS_INSIDE = "|".join(f".//{tag}" for tag in sorted(BLOCK_TAGS))
SPACES = re.compile(r"\s+")
MAX_DATE_LINE = 120


@dataclass
class Found:
    """A field's value and the elements it was read from (taken out of the body later)."""

    value: object = None
    elements: list = field(default_factory=list)


def element_value(element, attr=None):
    attr = attr or ATTRIBUTE_OF.get(element.tag)
    if attr:
        return (element.get(attr) or "").strip()
    return text_of(element)


def rule_values(document, rule):
    """(text, element) pairs a profile rule picks, its pattern applied."""
    elements = rule.selector(document)
    if rule.pick == "last":
        elements = elements[-1:]
    pairs = []
    for element in elements:
        text = element_value(element, rule.attr)
        if rule.pattern is not None:
            match = rule.pattern.search(text)
            text = rule.value(match).strip() if match else ""
        if text:
            pairs.append((text, element))
    if rule.pick == "first":
        return pairs[:1]
    return pairs


def own_text(element):
    """A heading's text up to the first block inside it: an unclosed <h1> swallows the
    page that follows it."""
    if element.tag not in HEADING_TAGS or not element.xpath(BLOCKS_INSIDE):
        return element_value(element)
    parts = [element.text or ""]
    for child in element:
        if child.tag in BLOCK_TAGS:
            break
        parts.append(text_of(child))
        parts.append(child.tail or "")
    return SPACES.sub(" ", " ".join(parts)).strip()


def generic_values(document, name):
    for selector in SELECTORS[name]:
        pairs = [(own_text(element), element) for element in selector(document)]
        pairs = [(text, element) for text, element in pairs if text]
        if pairs:
            yield pairs


def candidates(document, name, rule):
    """(text, element) lists to try: the profile rule's alone when there is one, else the
    generic marks in order."""
    if rule is not None:
        return [rule_values(document, rule)]
    return list(generic_values(document, name))


def find_title(document, rule):
    if rule is not None:
        pairs = rule_values(document, rule)
        if pairs and len(pairs[0][0]) <= MAX_TITLE:
            return Found(pairs[0][0], [pairs[0][1]])
        return Found()
    head = document.find(".//title")
    head_text = fold(text_of(head)) if head is not None else ""
    best, best_score = None, 0
    for pairs in generic_values(document, "title"):
        for text, element in pairs:
            score = title_score(text, element, head_text)
            if score > best_score:
                best, best_score = (text, element), score
    if best is not None:
        text, element = best
        return Found(text, [] if element.tag == "meta" else [element])
    if head_text:
        return Found(text_of(head)[:MAX_TITLE])
    return Found()


def title_score(text, element, head_text):
    """How much an element looks like the article's title rather than the site's name:
    it is repeated in <title> (more so when <title> opens with it), is a heading or says
    "title", and is not a logo or the heading of a portlet box ("Hot News")."""
    if not MIN_TITLE <= len(text) <= MAX_TITLE:
        return 0
    marks = " ".join(element.get(name) or "" for name in ("class", "id", "property"))
    score = 1
    folded = fold(text)
    score += 3 if head_text and folded in head_text else 0
    score += 3 if head_text.startswith(folded) and len(text) >= MIN_HEADLINE_START else 0
    score += 2 if element.tag in ("h1", "meta") or element.get("itemprop") == "headline" else 0
    score += 1 if TITLE_MARK.search(marks) else 0
    score -= 4 if SITE_MARK.search(marks) or in_site_header(element) else 0
    score -= 4 if PORTLET_MARK.search(marks) else 0
    if element.tag == "meta":
        return max(score, 0)
    score += 1 if HEADLINE_WORDS[0] <= len(text.split()) <= HEADLINE_WORDS[1] else -1
    score += 2 if heads_prose(element) else 0
    score -= 4 if in_box(element) else 0
    score -= 4 if in_banner(element) else 0
    score -= 4 if len(element.findall(".//a")) >= MENU_LINKS else 0
    return max(score, 0)


def in_box(element):
    """The element, or what holds it, is named for a box that holds no headline
    (BOX_WORDS): a comment dialog, the footer, a menu, a side box or counter."""
    return any(
        not BOX_WORDS.isdisjoint(marks(node)) or node.tag in ("footer", "nav", "aside")
        for node in (element, *element.iterancestors())
    )


def in_banner(element):
    """Inside the site's banner (class or id words banner, masthead, logo...): the site's
    name and its clock, never the article's headline or date."""
    return any(
        not BANNER_WORDS.isdisjoint(marks(node)) for node in (element, *element.iterancestors())
    )


def heads_prose(element):
    """Text outside links, a paragraph's worth, follows the element within the few
    levels that hold it, before the next heading of its rank: the headline stands before
    its article, a box's heading before a list of links (and another box's heading)."""
    rank = heading_rank(element)
    total, node = 0, element
    for _ in range(PROSE_LEVELS):
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if any(heading_rank(h) <= rank for h in sibling.iter(*HEADING_TAGS)):
                return total >= PROSE_AFTER
            total += sum(len(t.strip()) for t in sibling.xpath(".//text()[not(ancestor::a)]"))
        if total >= PROSE_AFTER:
            return True
        node = node.getparent()
        if node is None:
            return False
    return False


def heading_rank(element):
    """1 for <h1> to 4 for <h4>, and 4 for any other element."""
    return int(element.tag[1]) if element.tag in HEADING_TAGS else len(HEADING_TAGS)


def in_site_header(element):
    return any(
        SITE_MARK.search(f"{a.get('class') or ''} {a.get('id') or ''}")
        for a in element.iterancestors()
        if a.tag in ("header", "div")
    )


def opening_headline(body, head_title, name):
    """The headline a page prints as the body's first lines, centred and bold, when no
    heading names the article and the <title> only gives the page's short name: "CHỨC
    NĂNG, NHIỆM VỤ" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" under <title> "Chức năng nhiệm vụ -
    Sở ...". Held only when its first line is that name (the page agreeing with its
    metadata). Found(headline, its elements) or an empty Found."""
    lines = []
    for element in body.iter("p", "div", "h1", "h2", "h3", "h4", "center"):
        if element.xpath(BLOCKS_INSIDE):
            continue
        text = text_of(element)
        if not text:
            continue
        if not (is_centred(element) and is_all_bold(element)) or len(text) > MAX_HEADLINE_LINE:
            break
        lines.append((text, element))
    if not lines or not name or letters(lines[0][0]) != letters(name):
        return Found()
    headline = " ".join(text for text, _ in lines)
    if fold(headline) == fold(head_title or ""):
        return Found()
    return Found(headline, [element for _, element in lines])


def is_centred(element):
    return (
        any(
            (node.get("align") or "").lower() == "center"
            or CENTRED.search(node.get("style") or "")
            or node.tag == "center"
            for node in (element, *element.iterancestors("p", "div", "center"))
        )
        or element.tag in HEADING_TAGS
    )


def is_all_bold(element):
    """All the element's text sits in <b> or <strong> (or it is a heading)."""
    if element.tag in HEADING_TAGS:
        return True
    bold = " ".join(text_of(node) for node in element.iter("b", "strong"))
    return letters(bold) == letters(text_of(element))


def letters(text):
    """Only the letters and digits, folded: "CHỨC NĂNG, NHIỆM VỤ" and "Chức năng nhiệm vụ"
    are the same name."""
    return NOT_LETTER.sub("", fold(text))


def find_date(document, rule, body, title_element=None):
    """The publication date: a full date with its year, outside the body; without a
    profile rule or a date mark, a short line right after the title."""
    tried = candidates(document, "date", rule)
    if rule is None and title_element is not None:
        tried.append(after_title(title_element))
    for pairs in tried:
        for text, element in pairs:
            if body is not None and contains(body, element):
                continue
            if element.tag != "meta" and not with_the_article(element):
                continue
            match = find_datetime(text)
            if match is not None and match.has_year:
                moment = match.to_datetime()
                shown = [] if element.tag == "meta" else [element]
                return Found(moment, shown + shown_dates(document, body, moment, shown))
    return Found()


def with_the_article(element):
    """A date shown where the article's own date stands: not in the site's banner (the
    header clock prints the day the page was saved), a menu, a side box or the footer
    (in_box), nor on an item of a list of other pages (inside a link other than the
    article's permalink, or in a list item that links elsewhere: "VĂN BẢN MỚI")."""
    if in_box(element):
        return False
    if in_banner(element):
        return False
    for node in (element, *element.iterancestors()):
        if node.tag == "a" and "bookmark" not in (node.get("rel") or "").split():
            return False  # a permalink (rel=bookmark) is the article's own
        if node.tag == "li" and node.find(".//a[@href]") is not None:
            return False
    return True


def shown_dates(document, body, moment, known):
    """The short date lines outside the body that print the day already read (from the
    page's metadata or another mark): taken out with it, so that no extractor reads the
    line "Chủ nhật, 13/2/2022, 16:08 (GMT+7)" as the article's first paragraph."""
    found = []
    for element in SELECTORS["date"][-1](document):
        if element in known or element.xpath(BLOCKS_INSIDE):
            continue
        if body is not None and contains(body, element):
            continue
        text = text_of(element)
        match = find_datetime(text) if len(text) <= MAX_DATE_LINE else None
        if match is not None and match.has_year and match.to_datetime().date() == moment.date():
            found.append(element)
    return found


def after_title(title_element, count=3):
    """(text, element) of the few elements following the title: where pages print the date
    ("Đăng ngày 06/04/2021 lúc 07:45") when it carries no class of its own."""
    pairs = []
    for element in title_element.itersiblings():
        if not isinstance(element.tag, str):
            continue
        text = text_of(element)
        if text and len(text) <= MAX_DATE_LINE:
            pairs.append((text, element))
        if len(pairs) >= count or len(text) > MAX_DATE_LINE:
            break
    return pairs


def marks(element):
    """The words of an element's class and id: "navi main-menu" gives navi, main, menu."""
    return set(MARK_WORD.split(f"{element.get('class') or ''} {element.get('id') or ''}".lower()))


def find_byline(document, rule):
    for pairs in candidates(document, "byline", rule):
        for text, element in pairs:
            if rule is None:
                text = BYLINE_PREFIX.sub("", text)
            if len(text) <= MAX_BYLINE and looks_like_byline(text.rstrip(".")):
                return Found(text, [element])
    return Found()


def find_views(document, rule, body):
    """The article's view count: a profile rule, else the first "Lượt xem: 1.234" (or "5
    lần xem", the count first) outside the body, else inside it (some portals print it
    under the text)."""
    if rule is not None:
        for text, element in rule_values(document, rule):
            count = parse_count(text)
            if count is not None:
                return Found(count, [element])
        return Found()
    for text in (outside_text(document, body), text_of(body) if body is not None else ""):
        match = VIEWS.search(text) or VIEWS_BEFORE.search(text)
        if match:
            return Found(parse_count(match.group(1)))
    return Found()


def outside_text(document, body):
    """The page's text without the body's, as one string (labels and numbers often sit in
    separate elements: "<span>Lượt xem:</span> <b>1.234</b>")."""
    inside = set(body.iter()) if body is not None else set()
    parts = []
    for element in document.iter():
        if element not in inside:
            parts.append(element.text or "")
        if element is body or element not in inside:
            parts.append(element.tail or "")
    return " ".join(" ".join(parts).split())


def find_lead(document, rule):
    for pairs in candidates(document, "lead", rule):
        for text, element in pairs:
            if element.tag != "meta" and (rule is not None or len(text) > MIN_LEAD):
                return Found(text, [element])
    if rule is None:
        return summary_paragraph(document)
    return Found()


def summary_paragraph(document):
    """The paragraph the page's own summary (og:description) repeats: a lead set apart by
    the metadata when its markup carries no lead class."""
    summary = find_summary(document)
    if len(summary) <= MIN_LEAD:
        return Found()
    for element in document.iter("p", "div", "h2", "h3", "span", "strong"):
        if element.xpath(BLOCKS_INSIDE):
            continue
        text = text_of(element)
        if text and same_text(summary, text):
            return Found(text, [element])
    return Found()


def same_text(summary, text):
    """The summary is the text, or the text's opening cut short ("...")."""
    summary, text = fold(summary).rstrip(" .…"), fold(text).rstrip(" .…")
    return len(summary) > MIN_LEAD and text.startswith(summary)


def find_summary(document):
    """The page's own summary of the article (og:description, else meta description)."""
    for pairs in generic_values(document, "summary"):
        return pairs[0][0]
    return ""


def find_canonical(document):
    for pairs in generic_values(document, "canonical"):
        for text, _ in pairs:
            if text.startswith(("http://", "https://")):
                return text
    return None
