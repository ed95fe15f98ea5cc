"""A published enquiry as a plain record, for `bantin export` and the JSON API alike: the
question as staff made it public, the answer and its public files. Nothing about who sent it
(name, phone, email, contact address, the address of the matter) and nothing unpublished."""

from wagtail.rich_text import expand_db_html

from bantin.enquiries.models import Enquiry


def enquiry_record(enquiry, request=None):
    page = enquiry.page
    url = page.get_full_url(request) + page.reverse_subpage("answer", args=[enquiry.pk])
    return {
        "url": url,
        "type": enquiry.get_kind_display(),
        "title": enquiry.shown_title,
        "question": enquiry.shown_question,
        "area": enquiry.place_area or None,
        "received": enquiry.received_at.date().isoformat(),
        "answered": enquiry.answered_at.isoformat() if enquiry.answered_at else None,
        "published": enquiry.published_at.isoformat() if enquiry.published_at else None,
        "answered_by": enquiry.assigned_unit or None,
        "answer_html": expand_db_html(enquiry.answer),
        "files": [
            {
                "name": file.name,
                "format": file.kind.label if file.kind else None,
                "size": file.size,
                "url": f"{url}tep/{file.pk}/",
            }
            for file in enquiry.public_files()
        ],
    }


def published_of(site):
    return (
        Enquiry.objects.filter(status=Enquiry.PUBLISHED, page__live=True)
        .filter(page__path__startswith=site.root_page.path)
        .select_related("page")
        .prefetch_related("files")
    )


def enquiry_records(site, include_drafts=False):
    """Published enquiries only, whatever include_drafts says: the others are private."""
    for enquiry in published_of(site).order_by("published_at", "pk"):
        yield enquiry_record(enquiry)
