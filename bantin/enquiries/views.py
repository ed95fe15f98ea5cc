"""The public side: the list of published answers, the form, the status by tracking code.

Pages that hold the form (with the reader's own CSRF token) or an enquiry's status are never
kept by any cache. Pages whose address holds a tracking code are not indexed and send no
referrer; the form page is found by search engines and sends its referrer (a browser sends
"Origin: null" with a form posted from a page without referrer, and the CSRF check refuses it).
"""

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers

from bantin import ratelimit
from bantin.attachments.routes import download_response
from bantin.attachments.storage import private_storage
from bantin.enquiries import holding, notices
from bantin.enquiries.codes import read_code
from bantin.enquiries.forms import EnquiryForm, TrackForm
from bantin.enquiries.models import Enquiry, EnquiryFile, EnquirySettings
from bantin.enquiries.search import search_published
from bantin.news.models.listing import paginate

SEND_LIMIT = 5
SEND_WINDOW = 3600
LOOKUP_LIMIT = 20
LOOKUP_WINDOW = 3600


def private(response, holds_code=False):
    add_never_cache_headers(response)
    if holds_code:
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
    return response


def listing_view(page, request):
    text = " ".join(request.GET.get("q", "").split())[:200]
    kind = request.GET.get("loai", "")
    kind = kind if kind in dict(Enquiry.KINDS) else ""
    enquiries = search_published(page.published(), text, kind)
    return page.render(
        request,
        context_overrides={
            "enquiries": paginate(request, enquiries),
            "query": text,
            "kind": kind,
            "searching": bool(text or kind),
        },
    )


def send_view(page, request):
    settings = EnquirySettings.for_request(request)
    if request.method != "POST":
        form = EnquiryForm(page=page, ask_check=settings.check_question)
        return render_form(page, request, form)
    form = EnquiryForm(request.POST, request.FILES, page=page, ask_check=settings.check_question)
    if form.is_robot:
        return redirect(page.get_url(request))
    scope = f"enquiries:{page.pk}"
    if ratelimit.is_limited(request, scope, SEND_LIMIT):
        return render_form(page, request, form, status=429, limited=True)
    if not form.is_valid():
        held_scope = f"{scope}:held"
        if form.good_uploads and not ratelimit.is_limited(request, held_scope, SEND_LIMIT * 4):
            form.hold_uploads()
            ratelimit.count(request, held_scope, SEND_WINDOW)
        return render_form(page, request, form)
    with transaction.atomic():
        enquiry = Enquiry.receive(page, settings.answer_days, **form.enquiry_fields())
        for item in form.held_files:
            attach_held(enquiry, item)
        for upload in form.good_uploads:
            attach_upload(enquiry, upload)
    ratelimit.count(request, scope, SEND_WINDOW)
    notices.received(enquiry, settings, request)
    return redirect(page.route_url("sent", enquiry.code, request=request))


def attach_upload(enquiry, upload):
    file = EnquiryFile(enquiry=enquiry, name=upload.name[:255], size=upload.size)
    file.file.save(upload.name, upload, save=False)
    file.save()
    return file


def attach_held(enquiry, item):
    with private_storage.open(item["path"], "rb") as handle:
        file = EnquiryFile(enquiry=enquiry, name=item["name"], size=item["size"])
        file.file.save(item["name"], handle, save=False)
    file.save()
    holding.release(item)
    return file


def render_form(page, request, form, status=200, **extra):
    response = page.render(
        request,
        template="enquiries/send.html",
        context_overrides={"form": form, **extra},
    )
    response.status_code = status
    return private(response)


def track_view(page, request):
    if "ma" not in request.GET:
        return render_track(page, request, TrackForm())
    form = TrackForm(request.GET)
    if not form.is_valid():
        return render_track(page, request, form)
    code = read_code(form.cleaned_data["ma"])
    if code is None:
        form.add_error(
            "ma",
            f"Mã “{form.cleaned_data['ma']}” không đúng dạng: mã gồm 10 chữ và số, ví dụ "
            "K7RMX-4PQ2H (không có chữ O, I, L, U và số 0, 1).",
        )
        return render_track(page, request, form)
    scope = f"enquiry-lookups:{page.pk}"
    if ratelimit.is_limited(request, scope, LOOKUP_LIMIT):
        return render_track(page, request, form, status=429, limited=True)
    if not page.enquiries.filter(code=code).exists():
        ratelimit.count(request, scope, LOOKUP_WINDOW)
        form.add_error(
            "ma",
            f"Không tìm thấy câu hỏi, phản ánh nào có mã {code[:5]}-{code[5:]} trên trang này. "
            "Hãy kiểm tra lại từng ký tự.",
        )
        return render_track(page, request, form)
    return redirect(page.route_url("status", code, request=request))


def render_track(page, request, form, status=200, **extra):
    holds_code = "ma" in request.GET
    response = page.render(
        request,
        template="enquiries/track.html",
        context_overrides={"form": form, "holds_code": holds_code, **extra},
    )
    response.status_code = status
    return private(response, holds_code)


def status_view(page, request, code, just_sent=False):
    scope = f"enquiry-lookups:{page.pk}"
    found = read_code(code)
    enquiry = page.enquiries.filter(code=found).first() if found else None
    if enquiry is None:
        if ratelimit.is_limited(request, scope, LOOKUP_LIMIT):
            return render_track(page, request, TrackForm(), status=429, limited=True)
        ratelimit.count(request, scope, LOOKUP_WINDOW)
        raise Http404("Không có mã tra cứu này")
    if found != code:
        return redirect(page.route_url("sent" if just_sent else "status", found, request=request))
    settings = EnquirySettings.for_request(request)
    response = page.render(
        request,
        template="enquiries/status.html",
        context_overrides={
            "enquiry": enquiry,
            "deadline": enquiry.deadline(reminder_days=settings.reminder_days),
            "just_sent": just_sent,
        },
    )
    return private(response, holds_code=True)


def published_or_404(page, pk):
    enquiry = page.published().filter(pk=pk).prefetch_related("files").first()
    if enquiry is None:
        raise Http404("Không có câu hỏi này")
    return enquiry


def answer_view(page, request, pk):
    enquiry = published_or_404(page, pk)
    return page.render(
        request,
        template="enquiries/answer.html",
        context_overrides={"enquiry": enquiry, "files": enquiry.public_files()},
    )


def public_file_view(page, request, pk, file_pk):
    enquiry = published_or_404(page, pk)
    file = next((f for f in enquiry.public_files() if f.pk == file_pk), None)
    if file is None:
        raise Http404("Không có tệp này")
    return download_response(file)
