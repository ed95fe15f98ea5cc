"""A document as a plain record, for `bantin export` and the JSON API alike."""

from bantin.legaldocs.models import LegalDocumentPage


def document_record(document, request=None):
    replacement = document.replaced_by if document.replaced_by_id else None
    return {
        "url": document.get_full_url(request) if document.live else None,
        "type": document.type_label,
        "number": document.number,
        "title": document.title,
        "issuer": document.issuer,
        "signer": document.signer or None,
        "issued": document.issued_on.isoformat(),
        "effective": document.effective_on.isoformat() if document.effective_on else None,
        "field": document.sector or None,
        "summary": document.summary,
        "status": document.get_status_display(),
        "replaced_by": replacement.number if replacement else None,
        "attachments": [
            {
                "name": str(attachment),
                "format": attachment.kind.label if attachment.kind else None,
                "size": attachment.size,
                "url": f"{document.get_full_url(request)}tep/{attachment.pk}/"
                if document.live
                else None,
            }
            for attachment in document.attachments.all()
        ],
    }


def documents_of(site, include_drafts=False):
    documents = LegalDocumentPage.objects.descendant_of(site.root_page)
    if not include_drafts:
        documents = documents.live()
    return documents.select_related("replaced_by").prefetch_related("attachments")


def document_records(site, include_drafts=False):
    for document in documents_of(site, include_drafts).order_by("issued_on", "pk"):
        yield document_record(document)
