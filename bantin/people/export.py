"""The ``people`` field of each exported article: ``[{"name": ..., "positions": [...]}]``,
one entry per person (as the editors' corrections make them), names as the article writes
them, posts as written, in the order first named."""

from bantin.people.models import Mention


def article_people(site, article_ids=None):
    """{article id: people field} for every article of ``site`` naming someone (or only
    those of ``article_ids``)."""
    found = {}
    mentions = Mention.objects.filter(site=site)
    if article_ids is not None:
        mentions = mentions.filter(article_id__in=article_ids)
    rows = mentions.order_by("article_id", "order").values_list(
        "article_id", "person_id", "name", "post"
    )
    for article_id, person_id, name, post in rows.iterator(chunk_size=2000):
        persons = found.setdefault(article_id, {})
        entry = persons.setdefault(person_id, {"name": name, "positions": []})
        if post not in entry["positions"]:
            entry["positions"].append(post)
    return {article_id: list(persons.values()) for article_id, persons in found.items()}
