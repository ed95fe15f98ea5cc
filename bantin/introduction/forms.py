from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from bantin.introduction.orgchart import ChartError, build_tree


class IntroductionForm(WagtailAdminPageForm):
    """Refuses a chart that cannot be drawn (an unknown parent, a name twice, a loop), and a
    map without the words that stand for it."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("boundary_map") and not (cleaned.get("boundary_map_text") or "").strip():
            self.add_error(
                "boundary_map_text", "Hãy mô tả bản đồ bằng lời cho người không xem được ảnh."
            )
        units = self.formsets.get("units")
        if units is None:
            return cleaned
        rows = [
            form.cleaned_data
            for form in units.forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        try:
            build_tree(
                rows, name=lambda row: row.get("name"), parent=lambda row: row.get("parent_name")
            )
        except ChartError as error:
            raise ValidationError(f"Cơ cấu tổ chức: {error}") from error
        return cleaned
