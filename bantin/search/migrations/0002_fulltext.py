from django.db import migrations

from bantin.search.backends import index_for


def create_fulltext(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        index_for(schema_editor.connection.vendor).create_schema(cursor)


def drop_fulltext(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        index_for(schema_editor.connection.vendor).drop_schema(cursor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_fulltext, drop_fulltext)]
