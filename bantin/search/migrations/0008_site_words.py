from django.db import migrations

from bantin.search import sitewords


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            sitewords.create(cursor)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            sitewords.drop(cursor)


class Migration(migrations.Migration):
    dependencies = [("search", "0007_recent_index")]

    operations = [migrations.RunPython(create, drop)]
