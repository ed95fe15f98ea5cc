"""/api/tam-ngung: the site's planned stops, those not over yet."""

from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.downtime.records import downtime_records


@require_GET
def downtime_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Không có trang cho tên miền này."}, status=404)
    now = timezone.localtime().isoformat()
    coming = [record for record in downtime_records(site) if record["ends"] > now]
    return JsonResponse({"results": coming}, json_dumps_params={"ensure_ascii": False})
