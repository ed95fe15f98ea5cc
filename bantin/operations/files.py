"""The main SQLite database readable by its owner only (see bantin.sqlitefiles.owner_only)."""

from bantin.sqlitefiles import owner_only


def owner_only_database(sender, connection, **kwargs):
    """connection_created: on the embedded default, each new connection (cheap: three chmod)."""
    if connection.vendor == "sqlite":
        name = str(connection.settings_dict["NAME"])
        if name and ":memory:" not in name and "mode=memory" not in name:
            owner_only(name)
