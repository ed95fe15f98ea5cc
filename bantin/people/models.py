"""Officials named in articles: a person per site, each mention of them with a post, the
editors' corrections kept as rules, and the "Lãnh đạo" page.

A mention is written again each time its article is published or imported (storing.py); a
person and the rules survive that. Which person a mention belongs to is decided by the rules
(``Correction``: a name, optionally with one post, goes to a given person) and, failing one,
by the name: one person per name per site.
"""

from django.db import models
from django.http import Http404
from django.shortcuts import render
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, Site

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models import ArticlePage
from bantin.news.models.slugs import AsciiSlugMixin


class Person(models.Model):
    """One official of a site, whatever articles name them.

    ``key`` is the name's key (``person_key``) for the person the machine made, the key
    followed by "#n" for one an editor split off: two people of the same name."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    name = models.CharField("Họ tên", max_length=200)
    name_key = models.CharField(max_length=200, db_index=True)
    key = models.CharField(max_length=220)
    slug = models.SlugField(max_length=120, allow_unicode=False)
    hidden = models.BooleanField(
        "Ẩn khỏi trang Lãnh đạo", default=False, help_text="Người này không hiện trên trang."
    )

    class Meta:
        verbose_name = "Người được nêu tên"
        verbose_name_plural = "Người được nêu tên"
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["site", "key"], name="people_person_site_key"),
            models.UniqueConstraint(fields=["site", "slug"], name="people_person_site_slug"),
        ]

    def __str__(self):
        return self.name


class Mention(models.Model):
    """A post given to a person in one article, as written there; ``date`` is the article's
    date (local), the date the person is known to have held the post."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")
    name = models.CharField("Tên như bài viết", max_length=200)
    name_key = models.CharField(max_length=200)
    post = models.CharField("Chức vụ như bài viết", max_length=500)
    post_key = models.CharField(max_length=500, db_index=True)
    role = models.CharField("Chức danh", max_length=200)
    body = models.CharField("Cơ quan, tổ chức", max_length=400, blank=True)
    former = models.BooleanField("Chức vụ cũ", default=False)
    appointed = models.BooleanField("Được bầu, bổ nhiệm", default=False)
    date = models.DateField("Ngày bài viết", null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "Lần được nêu"
        verbose_name_plural = "Lần được nêu"
        ordering = ["article_id", "order"]
        indexes = [models.Index(fields=["site", "name_key"])]

    def __str__(self):
        return f"{self.name}, {self.post}"


class Correction(models.Model):
    """An editor's decision, kept across re-imports: mentions of ``name_key`` (with
    ``post_key``, or with any post when it is blank) belong to ``person``. A rule with a post
    wins over one without."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    name_key = models.CharField(max_length=200)
    post_key = models.CharField(max_length=500, blank=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="corrections")
    made_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Sửa của biên tập viên"
        verbose_name_plural = "Sửa của biên tập viên"
        constraints = [
            models.UniqueConstraint(
                fields=["site", "name_key", "post_key"], name="people_correction_unique"
            )
        ]

    def __str__(self):
        return f"{self.name_key} / {self.post_key or '*'} → {self.person}"


class PostChoice(models.Model):
    """An editor's choice for one post of the "Lãnh đạo" page: its holder pinned, or the post
    hidden."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    post_key = models.CharField(max_length=500)
    post = models.CharField("Chức vụ", max_length=500)
    holder = models.ForeignKey(
        Person,
        verbose_name="Người giữ chức (ghim)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden = models.BooleanField("Ẩn chức vụ này", default=False)

    class Meta:
        verbose_name = "Chức vụ trên trang Lãnh đạo"
        verbose_name_plural = "Chức vụ trên trang Lãnh đạo"
        constraints = [
            models.UniqueConstraint(fields=["site", "post_key"], name="people_postchoice_unique")
        ]

    def __str__(self):
        return self.post


class LeadersPage(ReaderAddressMixin, AsciiSlugMixin, RoutablePageMixin, Page):
    """The "Lãnh đạo" page: first the leaders entered by hand on the site's introduction page,
    then, built from the articles, who holds each post now (the latest
    dated mention, or the holder an editor pinned), and a page per person with the timeline of
    their posts and the articles naming them (/lanh-dao/<slug>/)."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Lãnh đạo (theo tin bài)"
        verbose_name_plural = "Lãnh đạo (theo tin bài)"

    def person_url(self, person, request=None):
        return self.get_url(request) + self.reverse_subpage("person", args=(person.slug,))

    @path("")
    def leaders(self, request):
        from bantin.people.leaders import current_holders, entered_leaders

        site = self.get_site()
        context = {"holders": current_holders(site, self), "entered": entered_leaders(site, self)}
        return self.render(request, context_overrides=context)

    @path("<slug:slug>/", name="person")
    def person(self, request, slug):
        from bantin.people.leaders import timeline

        site = self.get_site()
        person = Person.objects.filter(site=site, slug=slug, hidden=False).first()
        if person is None:
            raise Http404("Không có người này.")
        context = {**self.get_context(request), "person": person, **timeline(person)}
        return render(request, "people/person_page.html", context)
