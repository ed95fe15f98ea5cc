"""Building drafts for comment in tests without the admin."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from bantin.attachments.samplefiles import docx_bytes
from bantin.consultation.models import DraftAttachment, DraftPage
from bantin.consultation.sample import ensure_index
from bantin.vietnamese import slugify


def publish_draft(
    site,
    title="Dự thảo Quy chế quản lý nhà văn hóa",
    days_left=10,
    drafting_body="UBND phường Hoa Sen",
    summary="Quy định việc quản lý, sử dụng nhà văn hóa.",
    **fields,
):
    index = ensure_index(site)
    draft = DraftPage(
        title=title,
        slug=slugify(title),
        deadline=timezone.now() + datetime.timedelta(days=days_left),
        drafting_body=drafting_body,
        summary=summary,
        **fields,
    )
    content = docx_bytes([title])
    attachment = DraftAttachment(name="du-thao.docx", size=len(content))
    attachment.file.save("du-thao.docx", ContentFile(content), save=False)
    draft.attachments = [attachment]
    index.add_child(instance=draft)
    draft.save_revision().publish()
    return DraftPage.objects.get(pk=draft.pk)
