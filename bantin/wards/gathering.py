"""A province site and its wards together: the latest news of the ward sites the province
chose (Settings → Thông tin cổng), and their published answers and documents in the
province's search. Only live pages without view restrictions are ever gathered."""

from bantin.multisite.models import portal_settings

NEWS_PER_WARD = 3
RESULTS_PER_KIND = 5


def chosen_sites(site, field, request=None):
    """The ward sites the site chose for `field`, read once per request: the search page asks
    for its wards twice (the articles ranked with its own, the answers and documents)."""
    if site is None:
        return []
    remembered = getattr(request, "_bantin_chosen_sites", None) if request is not None else None
    if remembered is not None and (site.pk, field) in remembered:
        return remembered[(site.pk, field)]
    settings = portal_settings(site, request)
    chosen = list(
        getattr(settings, field)
        .exclude(pk=site.pk)
        .select_related("root_page")
        .order_by("site_name")
    )
    if request is not None:
        if remembered is None:
            remembered = request._bantin_chosen_sites = {}
        remembered[(site.pk, field)] = chosen
    return chosen


def ward_news(site, count=NEWS_PER_WARD, request=None):
    """[(ward site, its newest articles)] for the wards whose news the site shows."""
    from bantin.news.models import ArticlePage

    blocks = []
    for ward in chosen_sites(site, "ward_news_sites", request):
        articles = list(
            ArticlePage.objects.live()
            .public()
            .descendant_of(ward.root_page)
            .order_by("-published_at", "-pk")
            .only("title", "url_path", "path", "depth", "published_at")[:count]
        )
        if articles:
            blocks.append((ward, articles))
    return blocks


def ward_documents(wards, text, count=RESULTS_PER_KIND):
    from bantin.legaldocs.filters import DocumentFilters
    from bantin.legaldocs.models import LegalDocumentPage

    found = []
    for ward in wards:
        documents = LegalDocumentPage.objects.live().public().descendant_of(ward.root_page)
        for document in DocumentFilters(text=text).apply(documents)[:count]:
            found.append((ward, document))
    return found[:count]


def ward_answers(wards, text, count=RESULTS_PER_KIND):
    from bantin.enquiries.models import Enquiry
    from bantin.enquiries.search import search_published

    found = []
    for ward in wards:
        published = Enquiry.objects.filter(
            status=Enquiry.PUBLISHED,
            page__live=True,
            page__path__startswith=ward.root_page.path,
        ).select_related("page")
        for enquiry in search_published(published, text)[:count]:
            found.append((ward, enquiry))
    return found[:count]


def ward_results(site, text, request=None):
    """{"documents": [(ward, document)], "answers": [(ward, enquiry)]} for the search words."""
    text = " ".join((text or "").split())[:200]
    wards = chosen_sites(site, "ward_search_sites", request)
    if not text or not wards:
        return {"documents": [], "answers": []}
    return {"documents": ward_documents(wards, text), "answers": ward_answers(wards, text)}
