"""What publishing an article does is registered in one place (bantin/news/publishing.py):
an effect registered later runs once per article published, or once per batch while a batch
of publications is open, and no receiver of an article's publication stands outside it."""

import pytest
from wagtail.signals import page_published

from bantin.news.models import ArticlePage
from bantin.news.publishing import publishing
from bantin.news.signals import article_published
from bantin.news.testing import publish_article


@pytest.fixture
def later_effect():
    """An effect registered after the others, as a new app would, counting its calls."""
    calls = {"one": [], "many": []}
    publishing.register(
        "counted",
        one=lambda page: calls["one"].append(page.pk),
        many=lambda pages: calls["many"].append([page.pk for page in pages]),
    )
    try:
        yield calls
    finally:
        publishing.unregister("counted")


@pytest.mark.django_db
def test_an_effect_added_later_runs_once_for_each_article_published(site, later_effect):
    first = publish_article(site, title="Bài thứ nhất")
    second = publish_article(site, title="Bài thứ hai")

    assert later_effect == {"one": [first.pk, second.pk], "many": []}


@pytest.mark.django_db
def test_while_a_batch_is_open_an_effect_runs_once_for_the_batch(site, later_effect):
    with publishing.in_batches() as batch:
        first = publish_article(site, title="Bài thứ nhất")
        second = publish_article(site, title="Bài thứ hai")
        ArticlePage.objects.get(pk=first.pk).save_revision().publish()
        assert later_effect == {"one": [], "many": []}
        batch.close("batch")

    assert later_effect == {"one": [], "many": [[first.pk, second.pk]]}


@pytest.mark.django_db
def test_a_publication_rolled_back_leaves_the_batch(site, later_effect):
    with publishing.in_batches() as batch:
        kept = publish_article(site, title="Bài được giữ")
        mark = batch.mark()
        publish_article(site, title="Bài bị hủy")
        batch.roll_back(mark)

    assert later_effect == {"one": [], "many": [[kept.pk]]}


@pytest.mark.django_db
def test_a_batch_that_fails_runs_no_batch_effect_for_its_pages(site, later_effect):
    with pytest.raises(RuntimeError), publishing.in_batches():
        publish_article(site, title="Bài của lô hỏng")
        raise RuntimeError("lô hỏng")

    assert later_effect == {"one": [], "many": []}


def test_an_effect_registered_twice_is_refused():
    with pytest.raises(ValueError, match="already registered"):
        publishing.register("search", one=print, many=print)


def test_every_effect_has_both_forms_and_the_known_ones_are_there():
    assert {"settle", "renditions", "search", "page cache"} <= set(publishing.effects)
    for effect in publishing.effects.values():
        assert callable(effect.one) and callable(effect.many)


def test_an_articles_publication_reaches_only_the_registry():
    """A receiver connected to page_published for articles directly would run once per page
    during an import, unseen by the registry: there must be none."""
    receivers = page_published._live_receivers(ArticlePage)
    if isinstance(receivers, tuple):  # Django 5: (sync receivers, async receivers)
        receivers = [receiver for group in receivers for receiver in group]
    ours = [receiver for receiver in receivers if receiver.__module__.startswith("bantin.")]
    assert ours == [article_published]
