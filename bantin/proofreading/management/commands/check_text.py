import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bantin.multisite.sites import SiteError, resolve_site
from bantin.proofreading.checks import article_typos, site_lexicon


class Command(BaseCommand):
    help = (
        "Soát lỗi chính tả các bài đã có của một trang: mỗi dòng một cảnh báo "
        "(--format jsonl: JSON với url, text, suggestion, kind)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help="tên miền (mặc định: trang chính)")
        parser.add_argument("--format", choices=["text", "jsonl"], default="text")

    def handle(self, *args, site=None, format="text", **options):
        from bantin.news.models import ArticlePage

        try:
            target = resolve_site(site)
        except SiteError as error:
            raise CommandError(str(error)) from error
        lexicon = site_lexicon(target)
        articles = ArticlePage.objects.descendant_of(target.root_page).order_by("path")
        found = 0
        for article in articles.iterator(chunk_size=200):
            url = article.get_full_url() if article.live else self.edit_url(article)
            for warning in article_typos(article, lexicon):
                found += 1
                typo = warning.typo
                if format == "jsonl":
                    record = {
                        "url": url,
                        "text": typo.text,
                        "suggestion": typo.suggestion,
                        "kind": typo.kind,
                        "place": warning.place.code,
                        "title": article.title,
                    }
                    self.stdout.write(json.dumps(record, ensure_ascii=False))
                else:
                    suggestion = f" → “{typo.suggestion}”" if typo.suggestion else ""
                    self.stdout.write(
                        f"{url}\t{warning.place.label}: “{typo.text}”{suggestion} "
                        f"({warning.kind_label})"
                    )
        if format == "text":
            self.stderr.write(
                f"{found} cảnh báo trong {articles.count()} bài của {target.hostname}"
            )

    @staticmethod
    def edit_url(article):
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        return f"{base}/admin/pages/{article.pk}/edit/"
