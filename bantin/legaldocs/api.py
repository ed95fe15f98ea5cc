"""/api/van-ban: the site's documents as JSON, with the list page's filters and search."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.legaldocs.filters import DocumentFilters
from bantin.legaldocs.records import document_record, documents_of

PAGE_SIZE = 20


@require_GET
def documents_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Không có trang cho tên miền này."}, status=404)
    filters = DocumentFilters.from_query(request.GET)
    documents = filters.apply(documents_of(site).order_by("-issued_on", "-pk"))
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": [document_record(document, request) for document in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )
