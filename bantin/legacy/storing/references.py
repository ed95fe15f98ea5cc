"""Wagtail's reference index (which page uses which image) for many objects at once.

The rows are those of ``ReferenceIndex.create_or_update_for_object``, found by the same
extraction; what that method reads and writes one object at a time (three statements each)
is read and written here for all the objects of one model in three. Runs inside the
caller's transaction, as that method must. The extraction and the path hash are Wagtail's own
(private) helpers; tests/test_newpage.py checks the rows against the public method's.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import ReferenceIndex

EXISTING = (
    "id",
    "object_id",
    "content_type_id",
    "to_content_type",
    "to_object_id",
    "model_path",
    "content_path",
)


def content_types_of(model):
    """The model's content type and its parents', most specific first."""
    return [
        ContentType.objects.get_for_model(each, for_concrete_model=False)
        for each in [model, *model._meta.get_parent_list()]
    ]


def existing_references(base_content_type, objects):
    """{object id (str): {reference: (content_type_id, row id)}} as stored now."""
    found = {str(obj.pk): {} for obj in objects}
    rows = ReferenceIndex.objects.filter(
        base_content_type=base_content_type, object_id__in=list(found)
    ).values_list(*EXISTING)
    for row_id, object_id, content_type_id, *reference in rows:
        found[object_id][tuple(reference)] = (content_type_id, row_id)
    return found


def index_references(model, objects):
    """The reference index of ``objects``, all instances of ``model``, brought up to date."""
    if not objects:
        return
    content_types = content_types_of(model)
    content_type, base_content_type = content_types[0], content_types[-1]
    known_ids = {each.id for each in content_types}
    stored = existing_references(base_content_type, objects)
    new_rows, removed = [], []
    for obj in objects:
        references = set(ReferenceIndex._extract_references_from_object(obj))
        existing = stored[str(obj.pk)]
        new_rows.extend(
            reference_row(content_type, base_content_type, obj, reference)
            for reference in references - set(existing)
        )
        removed.extend(
            row_id
            for reference, (content_type_id, row_id) in existing.items()
            if reference not in references and content_type_id in known_ids
        )
    ignore = {"ignore_conflicts": True} if connection.features.supports_ignore_conflicts else {}
    ReferenceIndex.objects.bulk_create(new_rows, **ignore)
    if removed:
        ReferenceIndex.objects.filter(id__in=removed).delete()


def reference_row(content_type, base_content_type, obj, reference):
    to_content_type_id, to_object_id, model_path, content_path = reference
    return ReferenceIndex(
        content_type=content_type,
        base_content_type=base_content_type,
        object_id=obj.pk,
        to_content_type_id=to_content_type_id,
        to_object_id=to_object_id,
        model_path=model_path,
        content_path=content_path,
        content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
    )
