"""Parse an article page saved as HTML: a pure function from markup to a LegacyPage.

Order matters: page furniture (menus, related lists, comment forms, footers, counters) is
dropped first, so that no field is read from it; then the fields around the body; then the
body, from the profile's selector or, failing that, the general extractor (generic.py).
"""

import re

from bantin.legacy.reading.conventions import (
    COUNT,
    VIEWS,
    looks_like_byline,
    parse_count,
    review_reasons,
)
from bantin.legacy.reading.decoding import unicode_document
from bantin.legacy.reading.evidence import drop_unshown
from bantin.legacy.reading.finish import finish
from bantin.legacy.reading.generic import DEFAULT_ENGINE, generic_body
from bantin.legacy.reading.htmlbody import body_blocks, is_decorative
from bantin.legacy.reading.htmldoc import contains, drop_hidden, remove, text_of
from bantin.legacy.reading.htmlfields import (
    BLOCKS_INSIDE,
    MIN_LEAD,
    find_byline,
    find_canonical,
    find_date,
    find_lead,
    find_title,
    find_views,
    opening_headline,
)
from bantin.legacy.reading.htmlsection import (
    back_section,
    box_section,
    current_trail,
    find_section,
    head_section,
    page_name,
    section_from_head,
    trail_section,
)
from bantin.legacy.reading.linkeddata import LinkedArticle, linked_article, shown_only
from bantin.legacy.reading.record import LegacyPage, LegacyPageError, Origin
from bantin.legacy.reading.textsignature import (
    BYLINE_LABEL,
    clean_byline,
    is_source_signature,
)
from bantin.vietnamese import fold

FURNITURE_TAGS = {"nav", "footer", "aside"}
FURNITURE_CLASSES = {
    "related", "related-news", "tinlienquan", "tin-lien-quan", "other-news", "tinkhac",
    "tin-khac", "comments", "comment-form", "share", "social", "menu", "footer", "sidebar",
    "counter", "quangcao", "advertisement",
}  # fmt: skip
FURNITURE_IDS = {"comments", "menu", "footer", "sidebar", "counter"}
# Words inside class names ("article-relate", "related_asset", "box-share") that mark lists
# of other articles and share bars wherever they sit, the body included.
FURNITURE_WORDS = {"relate", "related", "tinlienquan", "lienquan", "tinkhac", "share", "social"}
AUTHOR_WORDS = {"author", "byline", "tacgia"}
RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
# The account that posted an article, printed where a writer's name would be.
ACCOUNT = re.compile(r"\b(?:admin|administrator|webmaster|quản trị(?: viên)?)\b", re.I)
MAX_MARKED_BOX = 3000  # longer, a "post-share-wrap" may hold the article itself
CONTAINER_TAGS = {"div", "section", "ul", "ol", "table", "article", "header"}  # not in-text links
MARK_WORD = re.compile(r"[^a-z0-9]+")
SMALL_FORM_CHARS = 500
MAX_LABEL = 200  # a text piece longer than this is no section's label
SITE_VISITS = re.compile(rf"(?:số\s+)?lượt truy cập\s*:?\s*({COUNT})", re.IGNORECASE)
# The lines of a visitor statistics box: "Đang truy cập: 3", "Hôm nay: 185", "Tổng lượt
# truy cập: 541172"; two or more in a short box make it the box, never the article.
COUNTER_LINE = re.compile(
    r"(?:đang truy cập|đang online|trực tuyến|hôm nay|hôm qua|tuần này|tuần trước|tháng này"
    rf"|tháng trước|năm nay|lượt truy cập|tổng truy cập|lượt truy cập|online)\s*:?\s*(?:{COUNT})",
    re.IGNORECASE,
)
MIN_COUNTER_LINES = 2
# A counter box names what it counts: "Hôm nay: 20 ca mắc, hôm qua: 15" in an article does not.
VISITOR = re.compile(r"truy cập|online|trực tuyến|lượt khách|khách|visitor", re.IGNORECASE)
MAX_COUNTER_BOX = 400
LEAD_HEADING_WORDS = 25  # a heading this long is a lead set large, not a subheading
LINK_LINE_WORDS = 6  # a "Xem chi tiết tại đây" line: a few words around a link


def parse_html_page(markup, source="", profiles=None, node_encoding=None, engine=DEFAULT_ENGINE):
    """The finished record of one HTML page given as markup already decoded (or carrying a
    TCVN3 or VIQR page's bytes, with ``node_encoding``); reading goes through read_page."""
    document = unicode_document(markup, source, node_encoding)
    return parse_html_document(document, markup, Origin(name=source), profiles, engine)


def parse_html_document(document, markup, origin, profiles=None, engine=DEFAULT_ENGINE):
    """The finished record of one HTML page from its decoded tree (decoding.py); ``markup``
    is what the tree was made from (profiles may look for marks in it). LegacyPageError
    when nothing usable is there."""
    source = origin.name
    profile = profiles.for_html(document, markup) if profiles else None
    page = LegacyPage(source=source, layout=profile.name if profile else "chung")
    drop_hidden(document)
    shown = document.text_content()  # what a reader saw, before any furniture goes
    linked = shown_linked_article(document, markup)
    page.site_visits = find_site_visits(document)
    page.canonical_url = find_canonical(document)
    body = profile_body(document, profile)
    found = read_fields(document, profile, body, with_rules=True)
    head, trail, back = head_section(document), current_trail(document), back_section(document)
    drop_furniture(document, profile, body)
    drop_counters(document, body)
    found = read_fields(document, None, body, known=found)
    boxed = box_section(found["title"].elements)
    take_out(found, body)
    fill(page, found)
    fill_from_linked_data(page, document, linked)
    if page.section is None:
        page.section = (
            section_from_head(head, page.title)
            or trail_section(trail, document, page.title)
            or back
            or boxed
        )
    if body is None:
        body = generic_body(document, engine)
        page.layout = f"{page.layout}+{engine}" if profile else engine
    if body is None or not text_of(body) and not body.xpath(".//img"):
        if page.title is None:
            raise LegacyPageError(source, "không tìm thấy tiêu đề hay nội dung bài viết")
        page.review_reasons.append("không tìm thấy nội dung bài viết")
        return finish(page, origin)
    drop_repeated_bylines(body, page.byline)
    settle_headline(page, document, body)
    drop_trailing_links(body)
    settle_signature(page, body)
    blocks, page.warnings = body_blocks(body, base_url=page.canonical_url)
    settle_blocks(page, blocks)
    drop_unshown(page, shown, spaced=False)
    page.review_reasons = [
        *page.review_reasons,
        *review_reasons(page, "\n".join(block.text for block in page.blocks)),
    ]
    return finish(page, origin)


def rule(profile, name):
    return profile.rule(name) if profile else None


def profile_body(document, profile):
    body_rule = rule(profile, "body")
    if body_rule is None:
        return None
    found = body_rule.selector(document)
    return found[-1] if found and body_rule.pick == "last" else (found[0] if found else None)


def drop_furniture(document, profile, body):
    """Takes out what is never the article, sparing the body and what holds it: menus,
    related lists, forms, footers, counters, and images declared a few pixels wide."""
    doomed = [element for element in document.iter() if is_furniture(element)]
    for selector in profile.drop_selectors if profile else ():
        doomed.extend(selector(document))
    for element in doomed:
        if body is not None and contains(element, body):
            continue
        remove(element)
    for form in document.iter("form"):
        if is_small_form(form, body):
            remove(form)


def drop_counters(document, body):
    """Takes out visitor statistics boxes ("Đang truy cập: 3 Hôm nay: 185 ... Tổng lượt
    truy cập: 541172"), whatever their class: the largest short element holding two or
    more counter lines (COUNTER_LINE), unless it holds the body."""
    doomed = []
    for text in document.xpath("//body//text()"):
        if COUNTER_LINE.search(text) is None and VISITOR.search(text) is None:
            continue
        box, node = None, text.getparent()
        while node is not None and node.tag not in ("body", "html"):
            shown = text_of(node)
            if len(shown) > MAX_COUNTER_BOX:
                break
            if len(COUNTER_LINE.findall(shown)) >= MIN_COUNTER_LINES and VISITOR.search(shown):
                box = node
            node = node.getparent()
        if box is not None and not (body is not None and contains(box, body)):
            doomed.append(box)
    for box in doomed:
        if box.getparent() is not None:
            remove(box)


def is_furniture(element):
    """One pass over the tree instead of an XPath per mark: this runs on every page."""
    tag = element.tag
    if not isinstance(tag, str):
        return False
    if tag in FURNITURE_TAGS:
        return True
    if tag == "img":
        return is_decorative(element)
    classes = element.get("class")
    if classes and not FURNITURE_CLASSES.isdisjoint(classes.split()):
        return True
    identifier = element.get("id")
    if identifier and identifier in FURNITURE_IDS:
        return True
    return (
        tag in CONTAINER_TAGS
        and bool(classes)
        and not FURNITURE_WORDS.isdisjoint(mark_words(classes))
        and len(text_of(element)) <= MAX_MARKED_BOX
    )


def mark_words(marks):
    """The words of class names: "article-relate related_asset" gives article, relate,
    related, asset."""
    return MARK_WORD.split(marks.lower())


def is_small_form(form, body):
    """A comment or search form; not the form ASP.NET wraps around the whole page."""
    if body is not None and contains(form, body):
        return False
    return bool(form.xpath(".//textarea")) or len(text_of(form)) < SMALL_FORM_CHARS


def read_fields(document, profile, body, with_rules=False, known=None):
    """Fields by the profile's rules (with_rules), else by generic marks for the fields
    still missing in ``known``."""
    known = dict(known or {})

    def wanted(name):
        missing = known.get(name) is None or known[name].value is None
        has_rule = rule(profile, name) is not None
        return missing and (has_rule if with_rules else True)

    if wanted("title"):
        known["title"] = find_title(document, rule(profile, "title"))
    if wanted("date"):
        title_elements = known["title"].elements if "title" in known else []
        title_element = title_elements[0] if title_elements else None
        known["date"] = find_date(document, rule(profile, "date"), body, title_element)
    if wanted("section"):
        title = known["title"].value if "title" in known else None
        known["section"] = find_section(document, rule(profile, "section"), title)
    if wanted("byline"):
        known["byline"] = find_byline(document, rule(profile, "byline"))
    if wanted("views"):
        known["views"] = find_views(document, rule(profile, "views"), body)
    if wanted("lead"):
        known["lead"] = find_lead(document, rule(profile, "lead"))
    return known


def take_out(found, body):
    """Removes the elements fields were read from, so the body does not repeat them."""
    for item in found.values():
        for element in item.elements:
            if body is not None and contains(element, body):
                continue
            if element.xpath(BLOCKS_INSIDE) and text_of(element) != item.value:
                continue
            remove(element)


def shown_linked_article(document, markup):
    """The page's JSON-LD article (linkeddata.py), kept to what the page shows; read before
    the furniture goes, as a breadcrumb or a menu may be where the section is shown."""
    linked = linked_article(markup)
    if linked == LinkedArticle():
        return linked
    shown = document.find("body")
    shown = shown if shown is not None else document
    labels = (text for text in shown.xpath(".//text()") if len(text) <= MAX_LABEL)
    return shown_only(linked, text_of(shown), labels)


def fill_from_linked_data(page, document, linked):
    """The fields no mark in the markup gave, from the page's JSON-LD; its headline also
    stands before a title read only from <title>."""
    head = document.find(".//title")
    if linked.headline and page.title in (None, text_of(head) if head is not None else None):
        page.title = linked.headline
    if page.published is None:
        page.published = linked.published
    if page.byline is None and linked.authors:
        page.byline = linked.authors[0]
    if page.section is None:
        page.section = linked.section


def settle_headline(page, document, body):
    """A title read only from <title> yields to the centred bold lines the body opens with
    when they start with the page's name (opening_headline); they leave the body."""
    head = document.find(".//title")
    head_title = text_of(head) if head is not None else ""
    if not page.title or page.title != head_title:
        return
    found = opening_headline(body, head_title, page_name(document))
    if found.value:
        page.title = found.value
        for element in found.elements:
            remove(element)


def settle_signature(page, body):
    """The writer's name set right at the very end of the text, even as the last item of a
    list, is a signature: it leaves the body, and it is the byline when the page named
    none or only the account that posted the article ("Admin English")."""
    element = last_text_element(body)
    if element is None or not is_right_aligned(element):
        return
    text = text_of(element)
    if not is_signature(text) or ACCOUNT.search(text):
        return
    if page.byline is None or ACCOUNT.search(page.byline):
        page.byline = clean_byline(text)
    remove(element)


def last_text_element(body):
    """The innermost paragraph, item or division holding the body's last text."""
    for element in reversed(list(body.iter("p", "li", "div"))):
        if text_of(element) and not element.xpath(BLOCKS_INSIDE):
            return element if text_of(body).endswith(text_of(element)) else None
    return None


def is_right_aligned(element):
    return (element.get("align") or "").lower() == "right" or bool(
        RIGHT.search(element.get("style") or "")
    )


def drop_repeated_bylines(body, byline):
    """Takes out of the body the author marks (class words author, byline, tacgia) that
    repeat the byline already read, as pages print it both under the headline and at the
    foot: "THUẬN VĂN - LÊ ÁNH" above, "THUẬN VĂN" and "LÊ ÁNH" below."""
    if not byline:
        return
    folded = fold(byline)
    doomed = [
        element
        for element in body.iter()
        if isinstance(element.tag, str)
        and not AUTHOR_WORDS.isdisjoint(mark_words(element.get("class") or ""))
        and text_of(element)
        and fold(text_of(element)) in folded
    ]
    for element in doomed:
        remove(element)


def fill(page, found):
    page.title = found["title"].value
    page.published = found["date"].value
    page.section = found["section"].value
    page.byline = found["byline"].value
    page.views = found["views"].value
    page.lead = found["lead"].value or ""


def find_site_visits(document):
    match = SITE_VISITS.search(text_of(document))
    return parse_count(match.group(1)) if match else None


def settle_blocks(page, blocks):
    """Drops a repeated title, then takes the byline from the end and the lead from the
    start of the body when the page gave them no place of their own."""
    if blocks and page.title and fold(blocks[0].text) == fold(page.title):
        blocks = blocks[1:]
    if page.lead:
        blocks = [block for block in blocks if fold(block.text) != fold(page.lead)]
    blocks, repeated = without_repeats(blocks)
    if page.byline is None and len(blocks) > 1 and is_byline_block(blocks[-1]):
        page.byline = clean_byline(blocks[-1].text)
        blocks = blocks[:-1]
    elif page.byline and len(blocks) > 1 and fold(blocks[-1].text) == fold(page.byline):
        blocks = blocks[:-1]
    elif page.byline and len(blocks) > 1 and is_source_signature(blocks[-1].text):
        blocks = blocks[:-1]  # "Theo <source>" under a signed article: its source
    if (
        not page.lead
        and len(blocks) > 1
        and is_lead_paragraph(blocks[0])
        and fold(blocks[0].text) not in repeated
    ):
        page.lead = blocks[0].text
        blocks = blocks[1:]
    page.blocks = blocks


def without_repeats(blocks):
    """The blocks without the later copies of a paragraph pasted twice or more, and the
    (folded) texts that were repeated: a first paragraph the editor pasted again is the
    body's opening, not a lead set apart."""
    kept, seen, repeated = [], set(), set()
    for block in blocks:
        key = fold(block.text) if block.kind == "paragraph" and len(block.text) > MIN_LEAD else None
        if key is not None and key in seen:
            repeated.add(key)
            continue
        if key is not None:
            seen.add(key)
        kept.append(block)
    return kept, repeated


def is_byline_block(block):
    """A signature closing the body: a name, its label taken off as the text reader does
    ("Tin, ảnh: Thanh Bình", "Vương Hợp – ĐTT."), or a source ("Theo Báo ..."); never a
    counter line nor a line that is a link."""
    if block.kind != "paragraph":
        return False
    return is_source_signature(block.text) or is_signature(block.text)


def is_signature(text):
    """A byline's text once its label is off: the shape of a name (looks_like_byline),
    not a counter ("Tổng lượt truy cập: 541172")."""
    cleaned = clean_byline(text) or ""
    return bool(cleaned) and looks_like_byline(cleaned) and not is_counter(text)


def is_counter(text):
    return bool(COUNTER_LINE.search(text) or SITE_VISITS.search(text) or VIEWS.search(text))


def is_link_line(element):
    """A short line that holds a link and no signature: "Xem chi tiết tại đây"."""
    text = text_of(element)
    return (
        element.find(".//a") is not None
        and len(text.split()) <= LINK_LINE_WORDS
        and not BYLINE_LABEL.match(text)
    )


def drop_trailing_links(body):
    """Takes the short link lines off the end of the body ("Xem chi tiết tại đây"): a
    pointer to elsewhere, never the text nor its signature."""
    element = last_text_element(body)
    while element is not None and element is not body and is_link_line(element):
        remove(element)
        element = last_text_element(body)


def is_lead_paragraph(block):
    """A first paragraph long enough to be a lead: a short line opening the body ("A. Vị
    trí và chức năng") is its first subheading. A heading of a paragraph's length opening
    the body (an <h3> set under the <h2> headline) is the lead too, never a subheading."""
    if block.kind == "heading":
        return len(block.text.split()) >= LEAD_HEADING_WORDS
    return block.kind == "paragraph" and len(block.text) > MIN_LEAD
