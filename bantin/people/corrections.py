"""Which person a mention belongs to, and the editors' merges and splits.

The machine gives every name of a site one person. Editors correct it in two ways, each kept
as ``Correction`` rules keyed by the name's and the post's keys, so that the next import of
the same articles lands where the editor put it:

- merge: two records are one person (a name written two ways, a woman named with and without
  her middle name): the merged names go, with any post, to the person kept;
- split: two people share a name: the posts picked go to a new person of that name.
"""

from django.db import transaction

from bantin.people.models import Correction, Mention, Person, PostChoice
from bantin.vietnamese import slugify


class Resolver:
    """Finds or makes the person of each mention of one site, with a few queries for all."""

    def __init__(self, site, name_keys):
        self.site = site
        self.rules = {
            (rule.name_key, rule.post_key): rule.person
            for rule in Correction.objects.filter(site=site, name_key__in=name_keys).select_related(
                "person"
            )
        }
        self.persons = {
            person.key: person for person in Person.objects.filter(site=site, key__in=name_keys)
        }
        self.new = []
        self._slugs = None

    def person(self, name, key, pkey):
        person = self.rules.get((key, pkey)) or self.rules.get((key, "")) or self.persons.get(key)
        if person is None:
            person = Person(
                site=self.site,
                name=name[:200],
                name_key=key[:200],
                key=key[:200],
                slug=self.free_slug(name),
            )
            self.persons[key] = person
            self.new.append(person)
        return person

    def save_new(self):
        Person.objects.bulk_create(self.new)
        self.new = []

    def free_slug(self, name):
        if self._slugs is None:
            self._slugs = set(Person.objects.filter(site=self.site).values_list("slug", flat=True))
        slug = free_slug(name, self._slugs)
        self._slugs.add(slug)
        return slug


def free_slug(name, taken):
    base = slugify(name, max_length=100) or "nguoi"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def taken_slugs(site):
    return set(Person.objects.filter(site=site).values_list("slug", flat=True))


@transaction.atomic
def merge(persons, into, name=None):
    """``persons`` become ``into`` (the one kept, optionally renamed): their mentions, rules
    and pinned posts move to it, and each merged name goes to it from now on."""
    for person in persons:
        if person.pk == into.pk:
            continue
        Correction.objects.filter(person=person).update(person=into)
        for name_key in set(person.mentions.values_list("name_key", flat=True)) | {person.name_key}:
            if person.key == person.name_key or name_key != person.name_key:
                Correction.objects.update_or_create(
                    site=into.site, name_key=name_key, post_key="", defaults={"person": into}
                )
        person.mentions.update(person=into)
        PostChoice.objects.filter(holder=person).update(holder=into)
        person.delete()
    if name and name.strip():
        into.name = " ".join(name.split())[:200]
        into.save(update_fields=["name"])
    return into


@transaction.atomic
def split(person, post_keys, name=None):
    """The mentions of ``person`` with these posts go to a new person of the same name (or
    ``name``); the rules say so for the next import. Returns the new person."""
    chosen = list(person.mentions.filter(post_key__in=post_keys))
    if not chosen:
        return None
    name = " ".join((name or person.name).split())[:200]
    keys = set(Person.objects.filter(site=person.site).values_list("key", flat=True))
    number = 2
    while f"{person.name_key}#{number}" in keys:
        number += 1
    new = Person.objects.create(
        site=person.site,
        name=name,
        name_key=person.name_key,
        key=f"{person.name_key}#{number}",
        slug=free_slug(name, taken_slugs(person.site)),
    )
    for name_key, post_key in {(m.name_key, m.post_key) for m in chosen}:
        Correction.objects.update_or_create(
            site=person.site, name_key=name_key, post_key=post_key, defaults={"person": new}
        )
    Mention.objects.filter(pk__in=[m.pk for m in chosen]).update(person=new)
    return new
