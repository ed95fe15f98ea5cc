"""The draft page: its comment form while open (each outcome keeps what was written), a
clear notice once the deadline has passed."""

from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers

from bantin.consultation import ratelimit
from bantin.consultation.forms import CommentForm


def draft_view(draft, request):
    if request.method == "POST":
        return receive_comment(draft, request)
    form = CommentForm(draft=draft) if draft.is_open else None
    return render_draft(draft, request, form)


def render_draft(draft, request, form, status=200, **extra):
    response = draft.render(
        request,
        context_overrides={
            "form": form,
            "comments": list(draft.published_comments()),
            "attachments": list(draft.attachments.all()),
            **extra,
        },
    )
    response.status_code = status
    if form is not None or request.method == "POST":
        # The form carries a CSRF token of this reader's own: never kept for others.
        add_never_cache_headers(response)
    return response


def receive_comment(draft, request):
    form = CommentForm(request.POST, draft=draft)
    if not draft.is_open:
        return render_draft(draft, request, None, late_text=request.POST.get("body", ""))
    if form.is_robot:
        return redirect(draft.get_url(request) + draft.reverse_subpage("sent"))
    if not form.is_valid():
        return render_draft(draft, request, form)
    if ratelimit.is_limited(request, draft):
        return render_draft(draft, request, form, status=429, limited=True)
    form.save()
    ratelimit.count(request, draft)
    return redirect(draft.get_url(request) + draft.reverse_subpage("sent"))


def sent_view(draft, request):
    return draft.render(
        request,
        template="consultation/draft_sent.html",
        context_overrides={"attachments": []},
    )
