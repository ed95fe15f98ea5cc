"""Storing read pages in a site: batches, known rows, places, sections, the writer, pages,
images and renditions. Everything that touches the database lives here."""
