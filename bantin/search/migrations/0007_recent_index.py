"""PostgreSQL only: a GIN index of the folded vectors of the newest rows alone (a partial
index, `WHERE page_id >= N`), which a province's search reads first (bantin.search.recent). It is
made here when the table is already large; `manage.py search_recent` moves N forward later.
Outside a transaction, so that it is built CONCURRENTLY. SQLite has nothing to change."""

from django.db import migrations


def create(apps, schema_editor):
    from bantin.search import recent

    recent.move(schema_editor.connection)


def drop(apps, schema_editor):
    from bantin.search import recent

    recent.drop(schema_editor.connection)


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("search", "0006_sqlite_site_token")]
    operations = [migrations.RunPython(create, drop)]
