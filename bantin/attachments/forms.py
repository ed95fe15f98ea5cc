from bantin.attachments.models import Attachment
from bantin.news.models.slugs import FreeSlugPageForm


class AttachmentsPageForm(FreeSlugPageForm):
    """A page form whose attachments are stored as soon as the form is saved (as a draft,
    for review or to publish)."""

    def save(self, commit=True):
        page = super().save(commit=False)
        for formset in self.formsets.values():
            if issubclass(formset.model, Attachment):
                for form in formset.forms:
                    if form.instance is not None and form.has_changed():
                        form.instance.keep_upload()
        if commit:
            page.save()
            self.save_m2m()
        return page
