"""The search page and its JSON twin; both work without JavaScript and answer odd input."""

import datetime

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from wagtail.models import Site

from bantin.news.archive import parse_picked_date
from bantin.news.models import ArticlePage
from bantin.search.abbreviations import expander_for
from bantin.search.backends import Filters
from bantin.search.engine import QueryTooLong, parse_query, search
from bantin.search.snippets import highlight, snippet
from bantin.search.suggest import suggest
from bantin.vietnamese import TIMEZONE
from bantin.wards.gathering import chosen_sites

PAGE_SIZE = 10
API_LIMIT = 50


class Hit:
    def __init__(self, article, section, query, request):
        terms = set(query.folded) | set(query.typed)
        self.article = article
        self.section = section
        self.url = article.get_url(request)
        self.full_url = article.get_full_url(request)
        self.title = highlight(article.title, terms)
        self.snippet = snippet(f"{article.lead}\n{article.body_text}", terms)
        self.published_at = article.published_at
        self.ward = None  # the ward's site, for a hit from a ward the site's search takes in

    def as_json(self):
        return {
            "url": self.full_url,
            "title": self.article.title,
            "site": self.ward.site_name if self.ward else None,
            "section": self.section.title,
            "published": self.published_at.astimezone(TIMEZONE).isoformat(),
            "snippet": str(self.snippet),
        }


def day_start(value, next_day=False):
    picked = parse_picked_date(value or "")
    if picked is None:
        return None
    day = datetime.date(*picked) + datetime.timedelta(days=1 if next_day else 0)
    return datetime.datetime.combine(day, datetime.time(), TIMEZONE)


def read_filters(request, site, wards=()):
    """The form's filters; ``wards``: the sites whose articles the site's search takes in
    with its own, in one ranking (a province and the wards it chose)."""
    section = request.GET.get("chuyen-muc", "")
    return Filters(
        site_id=site.pk,
        section_id=int(section) if section.isdigit() else None,
        start=day_start(request.GET.get("tu")),
        end=day_start(request.GET.get("den"), next_day=True),
        also=tuple(ward.pk for ward in wards),
    )


def load_hits(page_ids, query, request, wards=()):
    """The hits in rank order; one from a ward's site says which ward it is from."""
    articles = ArticlePage.objects.filter(pk__in=page_ids).select_related("locale")
    by_id = {article.pk: article for article in articles}
    sections = {}
    hits = []
    for page_id in page_ids:
        article = by_id.get(page_id)
        if article is None:
            continue
        parent_path = article.path[: -article.steplen]
        if parent_path not in sections:
            sections[parent_path] = article.get_parent()
        hit = Hit(article, sections[parent_path], query, request)
        hit.ward = next((w for w in wards if article.path.startswith(w.root_page.path)), None)
        hits.append(hit)
    return hits


def article_texts(page_ids):
    """Titles and leads of the articles, where "did you mean" reads the site's spelling."""
    rows = ArticlePage.objects.filter(pk__in=page_ids).values_list("title", "lead")
    return [f"{title}\n{lead}" for title, lead in rows]


def did_you_mean(text, query, results, filters):
    """Asked only when some word was not found as typed: a normal search pays nothing."""
    marks_wrong = query.accented and not results.exact_found
    if results.matched_all and not marks_wrong:
        return None
    return suggest(text, filters, article_texts, marks_wrong=marks_wrong)


def run_search(request, site, limit):
    text = request.GET.get("q", "").strip()
    page_number = request.GET.get("page", "1")
    page_number = int(page_number) if page_number.isdigit() and int(page_number) > 0 else 1
    query = parse_query(text, expander_for(site.pk))
    wards = chosen_sites(site, "ward_search_sites", request)
    filters = read_filters(request, site, wards)
    results = search(query, filters, offset=(page_number - 1) * limit, limit=limit)
    results.suggestion = did_you_mean(text, query, results, filters) if query else None
    hits = load_hits(results.page_ids, results.query, request, wards)
    return text, page_number, results, hits


def search_page(request):
    from bantin.news.models.listing import sections_of

    site = Site.find_for_request(request)
    context = {"q": request.GET.get("q", "")[:200], "error": None, "hits": [], "total": 0}
    context["sections"] = sections_of(request, site.root_page)
    context["filters"] = {
        "section": request.GET.get("chuyen-muc", ""),
        "start": request.GET.get("tu", ""),
        "end": request.GET.get("den", ""),
    }
    try:
        text, page_number, results, hits = run_search(request, site, PAGE_SIZE)
    except QueryTooLong as error:
        context["error"] = str(error)
        return render(request, "search/results.html", context, status=400)
    paginator = Paginator(range(results.total), PAGE_SIZE)
    context.update(
        q=text,
        hits=hits,
        total=results.total,
        more_than=results.more_than,
        matched_all=results.matched_all,
        suggestion=results.suggestion,
        page_obj=paginator.get_page(page_number),
    )
    return render(request, "search/results.html", context)


def search_api(request):
    site = Site.find_for_request(request)
    try:
        limit = min(int(request.GET.get("limit", PAGE_SIZE)), API_LIMIT)
    except ValueError:
        limit = PAGE_SIZE
    try:
        _, _, results, hits = run_search(request, site, max(limit, 1))
    except QueryTooLong as error:
        return JsonResponse({"error": str(error), "results": [], "total": 0}, status=400)
    return JsonResponse(
        {
            "results": [hit.as_json() for hit in hits],
            "total": results.total,
            "suggestion": results.suggestion,
        },
        json_dumps_params={"ensure_ascii": False},
    )
