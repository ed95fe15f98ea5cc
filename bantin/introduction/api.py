"""/api/gioi-thieu: the site's organisation chart (units with their parents) and leaders."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.introduction.records import leader_records, unit_records


@require_GET
def introduction_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Không có trang cho tên miền này."}, status=404)
    return JsonResponse(
        {"units": list(unit_records(site)), "leaders": list(leader_records(site))},
        json_dumps_params={"ensure_ascii": False},
    )
