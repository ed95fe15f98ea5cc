import datetime

from bantin.news.models.slugs import FreeSlugPageForm
from bantin.vietnamese.weeks import week_label, week_start


class WorkWeekForm(FreeSlugPageForm):
    """A week's form: the title and slug may be left for the week to set; each entry must
    fall in the week, and a calendar has one page per week."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title", "slug"):
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("week_start")
        if not chosen:
            return cleaned
        monday = week_start(chosen)
        sunday = monday + datetime.timedelta(days=6)
        label = week_label(monday)
        entries = self.formsets["entries"]
        entries.is_valid()  # the entries' own fields are cleaned before they are compared
        for form in entries.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            day = form.cleaned_data.get("day")
            if day and not monday <= day <= sunday:
                form.add_error(
                    "day",
                    f"Ngày {day:%d/%m/%Y} không thuộc {label[0].lower()}{label[1:]}: "
                    "hãy sửa ngày, hoặc đưa buổi này sang lịch của tuần đó.",
                )
        parent = self.parent_page
        if parent is not None:
            same = type(self.instance).objects.child_of(parent).filter(week_start=monday)
            other = same.exclude(pk=self.instance.pk).first()
            if other is not None:
                self.add_error(
                    "week_start", f"Đã có lịch của tuần này: “{other.title}”. Hãy sửa lịch đó."
                )
        return cleaned
