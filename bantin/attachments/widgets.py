from django import forms


class StoredFileInput(forms.ClearableFileInput):
    """The file input of an attachment: it names the stored file without linking to it.

    Attached files have no public address (storage.PrivateStorage.url refuses), so Django's
    own widget, which asks for one, broke the edit screen of every page with an attachment.
    """

    template_name = "attachments/widgets/stored_file_input.html"

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None))
