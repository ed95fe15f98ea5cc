"""Building documents in tests without the admin."""

import datetime

from django.core.files.base import ContentFile

from bantin.attachments.samplefiles import sample_file
from bantin.legaldocs.models import DocumentAttachment, LegalDocumentPage
from bantin.legaldocs.sample import ensure_library
from bantin.vietnamese import slugify


def attachment_of(kind="pdf", name=None, title="", text="Van ban"):
    content = sample_file(kind, text)
    name = name or f"van-ban.{kind}"
    attachment = DocumentAttachment(title=title, name=name, size=len(content))
    attachment.file.save(name, ContentFile(content), save=False)
    return attachment


def publish_document(
    site,
    number="1374-QĐ/TU",
    title="Quyết định ban hành Quy chế làm việc",
    doc_type="quyet-dinh",
    issuer="Tỉnh ủy Bình An",
    issued_on=datetime.date(2026, 1, 12),
    attachments=("pdf",),
    live=True,
    **fields,
):
    """A document in the site's library (made when missing), published unless live=False;
    `attachments` are the kinds of the small real files it gets."""
    library = ensure_library(site)
    document = LegalDocumentPage(
        title=title,
        slug=slugify(number),
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        issued_on=issued_on,
        **fields,
    )
    document.attachments = [attachment_of(kind) for kind in attachments]
    library.add_child(instance=document)
    revision = document.save_revision()
    if live:
        revision.publish()
    else:
        document.unpublish()
    return LegalDocumentPage.objects.get(pk=document.pk)
