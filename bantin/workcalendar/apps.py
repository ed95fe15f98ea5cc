from django.apps import AppConfig


class WorkCalendarConfig(AppConfig):
    name = "bantin.workcalendar"
    label = "workcalendar"
    verbose_name = "Lịch công tác"

    def ready(self):
        from bantin.opendata.export import register
        from bantin.workcalendar import signals  # noqa: F401
        from bantin.workcalendar.records import entry_records

        register("work_calendar_entry", entry_records)
