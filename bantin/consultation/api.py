"""/api/du-thao: the site's drafts, their deadlines and published comments, as JSON."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.consultation.records import draft_record, drafts_of

LIMIT = 50


@require_GET
def drafts_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Không có trang cho tên miền này."}, status=404)
    drafts = [draft_record(draft, request) for draft in drafts_of(site)[:LIMIT]]
    return JsonResponse({"results": drafts}, json_dumps_params={"ensure_ascii": False})
