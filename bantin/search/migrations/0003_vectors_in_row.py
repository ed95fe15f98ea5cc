from django.db import migrations

from bantin.search.backends import index_for


def keep_vectors_in_row(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        index_for(schema_editor.connection.vendor).keep_vectors_in_row(cursor)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [migrations.RunPython(keep_vectors_in_row, migrations.RunPython.noop)]
