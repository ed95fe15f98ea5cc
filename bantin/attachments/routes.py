"""The download route of a page's attachments and the response that sends one."""

from django.http import FileResponse, Http404
from wagtail.contrib.routable_page.models import path


def download_response(attachment):
    """The file as a download: Content-Disposition attachment with its original name, the
    content type of its kind (checked on upload), and no sniffing by the browser."""
    kind = attachment.kind
    if kind is None:
        raise Http404("Không có tệp này")
    try:
        handle = attachment.file.storage.open(attachment.file.name, "rb")
    except FileNotFoundError as missing:
        raise Http404("Không tìm thấy tệp") from missing
    filename = str(attachment).replace("/", "-").replace("\\", "-")
    if not filename.lower().endswith(f".{attachment.extension}"):
        filename = f"{filename}.{attachment.extension}"
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=kind.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, max-age=3600"
    return response


class AttachmentRoutesMixin:
    """For a RoutablePageMixin page: /tep/<id>/ sends one of its attachments. Wagtail routes
    only to live pages and applies the page's view restrictions before this runs."""

    attachments_relation = "attachments"

    @path("tep/<int:pk>/", name="attachment")
    def attachment_download(self, request, pk):
        attachment = getattr(self, self.attachments_relation).filter(pk=pk).first()
        if attachment is None:
            raise Http404("Không có tệp này")
        return download_response(attachment)
