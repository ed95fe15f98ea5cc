"""Leaders' work calendar (lịch công tác): one calendar page per site, one page per week
under it holding that week's entries, shown Monday to Sunday.

A week is a page so that it is drafted, reviewed and published like everything else on the
site, and so that a change to it is kept in its revisions.
"""

import datetime

from django.db import models
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page

from bantin.news.addresses import ReaderAddressMixin
from bantin.news.models.slugs import AsciiSlugMixin
from bantin.vietnamese import slugify
from bantin.vietnamese.weeks import week_label, week_start
from bantin.workcalendar.forms import WorkWeekForm


class WorkCalendarPage(ReaderAddressMixin, AsciiSlugMixin, RoutablePageMixin, Page):
    """The calendar, a week at a time: /lich-cong-tac/ is this week,
    /lich-cong-tac/2026/11/23/ the week of that day, and ban-in/ after either prints it."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["workcalendar.WorkWeekPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Lịch công tác"
        verbose_name_plural = "Lịch công tác"

    def week_url(self, monday, request=None, printed=False):
        url = self.get_url(request) + self.reverse_subpage(
            "week", args=(monday.year, monday.month, monday.day)
        )
        return f"{url}ban-in/" if printed else url

    def week_page(self, monday):
        return (
            WorkWeekPage.objects.live()
            .child_of(self)
            .filter(week_start=monday)
            .prefetch_related("entries")
            .first()
        )

    @path("")
    def this_week(self, request):
        return self.show_week(request, today())

    @path("ban-in/", name="this_week_print")
    def this_week_print(self, request):
        return self.show_week(request, today(), printed=True)

    @path("<int:year>/<int:month>/<int:day>/", name="week")
    def week(self, request, year, month, day):
        return self.show_week(request, valid_date(year, month, day), exact=True)

    @path("<int:year>/<int:month>/<int:day>/ban-in/", name="week_print")
    def week_print(self, request, year, month, day):
        return self.show_week(request, valid_date(year, month, day), printed=True, exact=True)

    def show_week(self, request, day, printed=False, exact=False):
        monday = week_start(day)
        if exact and monday != day:
            return redirect(self.week_url(monday, request, printed))
        from bantin.workcalendar.weekview import WeekView

        view = WeekView(self, monday, self.week_page(monday), request)
        template = "workcalendar/week_print.html" if printed else self.get_template(request)
        return render(request, template, {**self.get_context(request), "week": view})


class WorkWeekPage(ReaderAddressMixin, AsciiSlugMixin, Page):
    """One week's entries. Its own address leads to the calendar's page for that week."""

    week_start = models.DateField(
        "Tuần",
        help_text="Chọn một ngày bất kỳ trong tuần: lịch tính từ thứ Hai đến Chủ nhật.",
    )
    note = models.TextField(
        "Ghi chú", blank=True, help_text="Ví dụ: lịch có thể thay đổi, xin xem lại hằng ngày."
    )

    content_panels = [
        FieldPanel("title", heading="Tiêu đề (để trống thì đặt theo tuần)"),
        FieldPanel("week_start"),
        FieldPanel("note"),
        InlinePanel("entries", heading="Các buổi công tác", label="Buổi công tác"),
    ]
    base_form_class = WorkWeekForm
    parent_page_types = ["workcalendar.WorkCalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Lịch công tác tuần"
        verbose_name_plural = "Lịch công tác tuần"

    def full_clean(self, *args, **kwargs):
        if self.week_start:
            self.week_start = week_start(self.week_start)
            if not self.title:
                label = week_label(self.week_start)
                self.title = f"Lịch công tác {label[0].lower()}{label[1:]}"
            if not self.slug:
                self.slug = slugify(f"tuan {self.week_start:%Y %m %d}")
        super().full_clean(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        calendar = self.get_parent().specific
        return redirect(calendar.week_url(self.week_start, request))

    def get_sitemap_urls(self, request=None):
        """The week's address on the calendar, not this page's, which only leads there."""
        calendar = self.get_parent().specific
        monday = self.week_start
        path = calendar.reverse_subpage("week", args=(monday.year, monday.month, monday.day))
        return [
            {"location": calendar.get_full_url(request) + path, "lastmod": self.last_published_at}
        ]

    def serve_preview(self, request, mode_name):
        from bantin.workcalendar.weekview import WeekView

        calendar = self.get_parent().specific
        view = WeekView(calendar, self.week_start, self, request)
        return render(
            request,
            calendar.get_template(request),
            {**calendar.get_context(request), "week": view},
        )


class CalendarEntry(Orderable):
    page = ParentalKey(WorkWeekPage, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField("Ngày")
    start_time = models.TimeField(
        "Giờ bắt đầu", null=True, blank=True, help_text="Để trống nếu cả ngày."
    )
    leaders = models.CharField(
        "Lãnh đạo chủ trì, dự",
        max_length=500,
        help_text="Ví dụ: Chủ tịch UBND phường; Phó Chủ tịch UBND phường phụ trách kinh tế.",
    )
    content = models.TextField("Nội dung công việc")
    place = models.CharField("Địa điểm", max_length=255, blank=True)
    participants = models.TextField("Thành phần tham dự", blank=True)
    preparing_unit = models.CharField("Đơn vị chuẩn bị", max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("day"), FieldPanel("start_time")]),
        FieldPanel("leaders"),
        FieldPanel("content"),
        FieldPanel("place"),
        FieldPanel("participants"),
        FieldPanel("preparing_unit"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Buổi công tác"
        verbose_name_plural = "Buổi công tác"


def today():
    return timezone.localdate()


def valid_date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise Http404("Ngày không hợp lệ") from error
