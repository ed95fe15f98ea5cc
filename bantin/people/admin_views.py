"""The editors' screens for correcting the machine: the list of people named in a site's
articles, merging records that are one person, splitting a record that is two, pinning a
post's holder or hiding a post or a person from the "Lãnh đạo" page.

Whoever may edit a site's home page (its editors, reviewers and admins) may correct its
people; every change is kept as a rule (corrections.py) that the next import follows.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from bantin.multisite.access import chosen_site
from bantin.people import corrections
from bantin.people.models import Person, PostChoice
from bantin.vietnamese import fold

PER_PAGE = 50


def editable_person(request, person_id):
    person = get_object_or_404(Person.objects.select_related("site__root_page"), pk=person_id)
    if not person.site.root_page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return person


def person_list(request):
    sites, site = chosen_site(request)
    query = request.GET.get("q", "").strip()
    persons = (
        Person.objects.filter(site=site)
        .annotate(mention_count=Count("mentions"))
        .order_by("name", "pk")
    )
    if query:
        folded = fold(query)
        persons = [p for p in persons if folded in fold(p.name)]
    page = Paginator(persons, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "people/admin/person_list.html",
        {"sites": sites, "site": site, "query": query, "persons": page},
    )


def merge_view(request):
    """GET: the records picked on the list, to choose the one kept and its name; POST: merge."""
    ids = request.POST.getlist("person") or request.GET.getlist("person")
    persons = [editable_person(request, pk) for pk in ids if pk.isdigit()]
    back = reverse("bantin_people_list")
    if len(persons) < 2 or len({p.site_id for p in persons}) > 1:
        messages.error(request, "Hãy chọn ít nhất hai người của cùng một trang để gộp.")
        return redirect(back)
    if request.method == "POST" and request.POST.get("into"):
        into = next((p for p in persons if str(p.pk) == request.POST["into"]), None)
        if into is None:
            messages.error(request, "Người được giữ lại phải là một trong những người đã chọn.")
            return redirect(back)
        name = request.POST.get("name", "").strip()
        corrections.merge(persons, into, name=name or None)
        messages.success(
            request, f"Đã gộp {len(persons)} hồ sơ thành “{into.name}”. Lần nhập sau vẫn giữ."
        )
        return redirect("bantin_people_person", into.pk)
    return render(request, "people/admin/merge.html", {"persons": persons})


def person_view(request, person_id):
    person = editable_person(request, person_id)
    posts = {}
    for mention in person.mentions.select_related("article").order_by("-date", "order"):
        posts.setdefault(mention.post_key, {"post": mention.post, "key": mention.post_key})
        posts[mention.post_key].setdefault("mentions", []).append(mention)
    choices = {
        c.post_key: c for c in PostChoice.objects.filter(site=person.site, post_key__in=posts)
    }
    for key, post in posts.items():
        choice = choices.get(key)
        post["pinned"] = bool(choice and choice.holder_id == person.pk)
        post["hidden"] = bool(choice and choice.hidden)
    return render(
        request,
        "people/admin/person.html",
        {"person": person, "posts": list(posts.values())},
    )


@require_POST
def split_view(request, person_id):
    person = editable_person(request, person_id)
    keys = request.POST.getlist("post")
    if not keys:
        messages.error(request, "Hãy chọn ít nhất một chức vụ để tách sang người khác.")
        return redirect("bantin_people_person", person.pk)
    if set(keys) >= set(person.mentions.values_list("post_key", flat=True)):
        messages.error(request, "Không thể tách hết mọi chức vụ: hãy để lại ít nhất một.")
        return redirect("bantin_people_person", person.pk)
    new = corrections.split(person, keys, name=request.POST.get("name", "").strip() or None)
    if new is None:
        messages.error(request, "Không còn chức vụ nào đã chọn: danh sách đã thay đổi.")
        return redirect("bantin_people_person", person.pk)
    messages.success(request, f"Đã tách {len(keys)} chức vụ sang một người khác tên “{new.name}”.")
    return redirect("bantin_people_person", new.pk)


@require_POST
def post_choice_view(request, person_id):
    """Pin this person as the post's holder, hide the post, or undo either."""
    person = editable_person(request, person_id)
    key, action = request.POST.get("post", ""), request.POST.get("action", "")
    mention = person.mentions.filter(post_key=key).first()
    if mention is None or action not in ("pin", "hide", "reset"):
        messages.error(request, "Không rõ chức vụ hoặc việc cần làm.")
        return redirect("bantin_people_person", person.pk)
    if action == "reset":
        PostChoice.objects.filter(site=person.site, post_key=key).delete()
        messages.success(request, f"“{mention.post}” lại theo tin bài mới nhất.")
    else:
        PostChoice.objects.update_or_create(
            site=person.site,
            post_key=key,
            defaults={
                "post": mention.post,
                "holder": person if action == "pin" else None,
                "hidden": action == "hide",
            },
        )
        done = "ghim người giữ" if action == "pin" else "ẩn"
        messages.success(request, f"Đã {done} chức vụ “{mention.post}” trên trang Lãnh đạo.")
    return redirect("bantin_people_person", person.pk)


@require_POST
def hide_view(request, person_id):
    person = editable_person(request, person_id)
    person.hidden = request.POST.get("hidden") == "1"
    person.save(update_fields=["hidden"])
    shown = "ẩn khỏi" if person.hidden else "hiện lại trên"
    messages.success(request, f"Đã {shown} trang Lãnh đạo: {person.name}.")
    return redirect("bantin_people_person", person.pk)
