"""A draft as a plain record for `bantin export` and the JSON API: its published comments
carry the commenter's name and organisation only, never an email or a phone number."""

from wagtail.rich_text import expand_db_html

from bantin.consultation.models import DraftComment, DraftPage


def draft_record(draft, request=None):
    comments = [c for c in draft.comments.all() if c.status == DraftComment.PUBLISHED]
    return {
        "url": draft.get_full_url(request) if draft.live else None,
        "title": draft.title,
        "drafting_body": draft.drafting_body,
        "summary": draft.summary,
        "deadline": draft.deadline.isoformat(),
        "open": draft.is_open,
        "attachments": [
            {
                "name": str(attachment),
                "format": attachment.kind.label if attachment.kind else None,
                "size": attachment.size,
            }
            for attachment in draft.attachments.all()
        ],
        "report_html": expand_db_html(draft.report) if draft.report else None,
        "comments": [
            {
                "name": comment.name,
                "organisation": comment.organisation or None,
                "submitted": comment.submitted_at.isoformat(),
                "body": comment.body,
            }
            for comment in sorted(comments, key=lambda c: c.submitted_at)
        ],
    }


def drafts_of(site, include_drafts=False):
    drafts = DraftPage.objects.descendant_of(site.root_page)
    if not include_drafts:
        drafts = drafts.live()
    return drafts.prefetch_related("attachments", "comments").order_by("-deadline", "pk")


def draft_records(site, include_drafts=False):
    for draft in drafts_of(site, include_drafts):
        yield draft_record(draft)
