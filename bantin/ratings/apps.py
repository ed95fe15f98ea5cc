from django.apps import AppConfig


class RatingsConfig(AppConfig):
    name = "bantin.ratings"
    label = "ratings"
    verbose_name = "Đánh giá mức độ hài lòng"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.opendata.export import register
        from bantin.ratings.records import rating_records

        register("page_rating", rating_records)
