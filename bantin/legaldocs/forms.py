from bantin.attachments.forms import AttachmentsPageForm
from bantin.vietnamese.docnumbers import number_key


class LegalDocumentForm(AttachmentsPageForm):
    """A document's admin form: its number may be used once in a library."""

    def clean(self):
        cleaned = super().clean()
        number = cleaned.get("number")
        parent = self.parent_page
        if number and parent is not None and "number" not in self.errors:
            siblings = type(self.instance).objects.child_of(parent).exclude(pk=self.instance.pk)
            duplicate = siblings.filter(number_key=number_key(number)).first()
            if duplicate is not None:
                self.add_error(
                    "number",
                    f"Thư viện đã có văn bản số {duplicate.number}: “{duplicate.title}”.",
                )
        return cleaned
