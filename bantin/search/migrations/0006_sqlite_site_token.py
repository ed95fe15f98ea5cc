"""SQLite only: each full-text row's section columns get its site's token (backends.site_token),
which a search of one site now matches with the words. PostgreSQL has nothing to change."""

from django.db import migrations


def add_site_tokens(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    token = "' zzsite' || (SELECT site_id FROM search_searchentry e WHERE e.page_id = f.rowid)"
    schema_editor.execute(
        f"UPDATE search_fts AS f SET f_section = coalesce(f_section, '') || {token}, "
        f"e_section = coalesce(e_section, '') || {token} "
        "WHERE rowid IN (SELECT page_id FROM search_searchentry)"
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0005_site_abbreviations")]

    operations = [migrations.RunPython(add_site_tokens, migrations.RunPython.noop)]
