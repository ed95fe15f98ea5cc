"""/api/lanh-dao: the site's "Lãnh đạo" as JSON (who holds each post now);
/api/lanh-dao/<slug>: one person with the timeline of their posts and the articles naming
them; /api/lanh-dao/bai-viet/<id>: the people field of one live article (as in the export)."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from bantin.news.models import ArticlePage
from bantin.people.export import article_people
from bantin.people.leaders import current_holders, person_record
from bantin.people.models import LeadersPage, Person

NO_SITE = {"error": "Không có trang cho tên miền này."}


def leaders_page(site):
    return LeadersPage.objects.live().descendant_of(site.root_page).first()


def respond(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


@require_GET
def leaders_api(request):
    site = Site.find_for_request(request)
    if site is None:
        return respond(NO_SITE, 404)
    page = leaders_page(site)
    bodies = current_holders(site, page)
    return respond(
        {
            "bodies": [
                {
                    "name": body.name,
                    "posts": [
                        {
                            "post": holder.post,
                            "name": holder.person.name,
                            "since": holder.date.isoformat() if holder.date else None,
                            "pinned": holder.pinned,
                            "url": getattr(holder.person, "url", None),
                        }
                        for holder in body.holders
                    ],
                }
                for body in bodies
            ]
        }
    )


@require_GET
def person_api(request, slug):
    site = Site.find_for_request(request)
    if site is None:
        return respond(NO_SITE, 404)
    person = Person.objects.filter(site=site, slug=slug, hidden=False).first()
    if person is None:
        return respond({"error": "Không có người này."}, 404)
    return respond(person_record(person, leaders_page(site), request))


@require_GET
def article_people_api(request, page_id):
    site = Site.find_for_request(request)
    if site is None:
        return respond(NO_SITE, 404)
    article = ArticlePage.objects.live().descendant_of(site.root_page).filter(pk=page_id).first()
    if article is None:
        return respond({"error": "Không có bài viết này."}, 404)
    people = article_people(site, [article.pk]).get(article.pk, [])
    return respond({"url": article.get_full_url(request), "people": people})
