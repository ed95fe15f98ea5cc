from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "bantin.enquiries"
    label = "enquiries"
    verbose_name = "Hỏi đáp, phản ánh kiến nghị"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.enquiries import signals  # noqa: F401
        from bantin.enquiries.records import enquiry_records
        from bantin.opendata.export import register

        register("enquiry", enquiry_records)
