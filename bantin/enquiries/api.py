"""/api/hoi-dap: the site's published questions and answers as JSON, with the list page's
search (q, diacritics optional) and kind (loai=hoi-dap|phan-anh)."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.enquiries.models import Enquiry
from bantin.enquiries.records import enquiry_record, published_of
from bantin.enquiries.search import search_published

PAGE_SIZE = 20


@require_GET
def enquiries_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Không có trang cho tên miền này."}, status=404)
    text = " ".join(request.GET.get("q", "").split())[:200]
    kind = request.GET.get("loai", "")
    kind = kind if kind in dict(Enquiry.KINDS) else ""
    enquiries = search_published(published_of(site), text, kind)
    page = Paginator(enquiries, PAGE_SIZE).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": [enquiry_record(enquiry, request) for enquiry in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )
