"""The "Lãnh đạo" page's contents: who holds each post now, and one person's timeline.

The holder of a post is the person of its latest dated mention in a live article, unless an
editor pinned another (``PostChoice.holder``) or hid the post. Former posts ("nguyên ...")
name no holder, and a post with no body ("Đại tá", "Chủ tịch") is too vague to list.
"""

from dataclasses import dataclass, field

from bantin.people.models import Mention, Person, PostChoice


@dataclass
class Holder:
    post: str
    post_key: str
    body: str
    person: Person
    date: object
    pinned: bool = False


@dataclass
class Body:
    name: str
    holders: list = field(default_factory=list)


def live_mentions(site):
    return Mention.objects.filter(site=site, article__live=True)


def current_holders(site, page=None):
    """[Body] in alphabetical order, each with its posts' holders; ``page`` (the
    LeadersPage) gives each person a ``url``."""
    if site is None:
        return []
    choices = {c.post_key: c for c in PostChoice.objects.filter(site=site).select_related("holder")}
    latest = {}
    mentions = (
        live_mentions(site)
        .filter(former=False, person__hidden=False)
        .exclude(body="")
        .select_related("person")
        .order_by("-date", "-article_id", "order")
    )
    for mention in mentions:
        if mention.post_key not in latest:
            latest[mention.post_key] = Holder(
                mention.post, mention.post_key, mention.body, mention.person, mention.date
            )
    for key, choice in choices.items():
        if choice.hidden:
            latest.pop(key, None)
        elif choice.holder is not None and not choice.holder.hidden:
            held = latest.get(key)
            latest[key] = Holder(
                choice.post,
                key,
                held.body if held else "",
                choice.holder,
                held.date if held and held.person.pk == choice.holder.pk else None,
                pinned=True,
            )
    bodies = {}
    for holder in sorted(latest.values(), key=lambda h: (h.body.casefold(), h.post.casefold())):
        if page is not None:
            holder.person.url = page.person_url(holder.person)
        bodies.setdefault(holder.body.casefold(), Body(holder.body)).holders.append(holder)
    return list(bodies.values())


@dataclass
class Held:
    post: str
    first: object
    last: object
    former: bool


def timeline(person):
    """``posts``: each post of the person with the first and last dates it was named
    (oldest first); ``articles``: the live articles naming them, newest first."""
    mentions = list(
        person.mentions.filter(article__live=True)
        .select_related("article")
        .order_by("date", "article_id", "order")
    )
    posts = {}
    for mention in mentions:
        held = posts.get(mention.post_key)
        if held is None:
            posts[mention.post_key] = Held(mention.post, mention.date, mention.date, mention.former)
        else:
            held.last = mention.date or held.last
    articles = {}
    for mention in reversed(mentions):
        articles.setdefault(mention.article_id, mention.article)
    return {"posts": list(posts.values()), "articles": list(articles.values())}


def person_record(person, page=None, request=None):
    """A person as plain data for the JSON API."""
    data = timeline(person)
    return {
        "name": person.name,
        "url": page.person_url(person, request) if page is not None else None,
        "positions": [
            {
                "post": held.post,
                "first": held.first.isoformat() if held.first else None,
                "last": held.last.isoformat() if held.last else None,
                "former": held.former,
            }
            for held in data["posts"]
        ],
        "articles": [
            {"title": article.title, "url": article.get_full_url(request)}
            for article in data["articles"]
        ],
    }


@dataclass
class EnteredLeader:
    """A leader the site's editors entered by hand on the introduction page: the authority
    for the post it names, shown before what the articles say."""

    name: str
    position: str
    phone: str
    email: str
    person: Person | None  # the same name in the articles, for the link to their timeline


def entered_leaders(site, page=None):
    """The leaders of the site's live introduction page, each joined to the person the
    articles name with the same name's key (``person_key``), when there is one."""
    from bantin.introduction.models import Leader
    from bantin.vietnamese.officials import person_key

    if site is None:
        return []
    leaders = list(
        Leader.objects.filter(page__live=True, page__path__startswith=site.root_page.path)
        .order_by("page__path", "sort_order")
        .only("name", "position", "phone", "email")
    )
    keys = {person_key(leader.name) for leader in leaders}
    people = {
        person.name_key: person
        for person in Person.objects.filter(site=site, name_key__in=keys, hidden=False)
    }
    entered = []
    for leader in leaders:
        person = people.get(person_key(leader.name))
        if person is not None and page is not None:
            person.url = page.person_url(person)
        entered.append(
            EnteredLeader(leader.name, leader.position, leader.phone, leader.email, person)
        )
    return entered
