"""Wagtail's own "Editors" and "Moderators" groups have rights on the root page and the root
collection, i.e. on every ward's site: they are removed (or, when someone is still in them,
stripped of those rights), with the "Moderators approval" workflow that only they could
approve. Roles here are per site (docs/sites.md)."""

from django.db import migrations

DEFAULT_GROUPS = ("Editors", "Moderators")


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    groups = Group.objects.filter(name__in=DEFAULT_GROUPS)
    GroupPagePermission.objects.filter(group__in=groups, page__depth=1).delete()
    GroupCollectionPermission.objects.filter(group__in=groups, collection__depth=1).delete()
    groups.filter(user__isnull=True).delete()

    orphaned = GroupApprovalTask.objects.filter(groups__isnull=True)
    workflows = Workflow.objects.filter(workflow_tasks__task__in=orphaned)
    WorkflowPage.objects.filter(workflow__in=workflows, page__depth=1).delete()
    workflows.update(active=False)
    orphaned.update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("multisite", "0003_sitemap_page_header_and_wards"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
