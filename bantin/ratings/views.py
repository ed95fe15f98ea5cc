"""POST /_danh-gia/: a reader's 1-5 rating of a page, from the form under every page.

Pages are kept whole by the page cache and carry no CSRF token, so this view takes none: it
changes nothing that belongs to anyone, keeps no trace of the sender, and is limited per
address (bantin.ratelimit): 20 ratings an hour, one a page a day."""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page, Site

from bantin import ratelimit
from bantin.ratings.models import PageRating

PER_HOUR = 20
HOUR, DAY = 3600, 24 * 3600


def _page(site, value):
    if site is None or not str(value).isdigit():
        return None
    return (
        Page.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)
        .filter(pk=int(value))
        .only("title", "url_path", "path", "depth")
        .first()
    )


@csrf_exempt
@never_cache
@require_POST
def rate(request):
    site = Site.find_for_request(request)
    page = _page(site, request.POST.get("trang", ""))
    score = request.POST.get("diem", "")
    if page is None or score not in {"1", "2", "3", "4", "5"}:
        return HttpResponseBadRequest(
            "Đánh giá không hợp lệ: hãy chọn một mức từ 1 đến 5 ở cuối trang rồi gửi lại."
        )
    context = {"rated_page": page, "page_url": page.get_url(request)}
    per_page = f"rating-page-{page.pk}"
    if ratelimit.is_limited(request, "rating", PER_HOUR) or ratelimit.is_limited(
        request, per_page, 1
    ):
        return render(request, "ratings/thanks.html", {**context, "already": True}, status=429)
    ratelimit.count(request, "rating", HOUR)
    ratelimit.count(request, per_page, DAY)
    PageRating.objects.create(site=site, page=page, score=int(score), day=timezone.localdate())
    return render(request, "ratings/thanks.html", context)
