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
