"""Wagtail model screens for rows that belong to a site (a `site` foreign key): a user lists,
adds, changes and deletes only the rows of the sites they work on (access.sites_of), and may
only choose those sites in the form. The view set's `site_may` says what the user must be
allowed on the site's home page: "edit" or "publish"."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from bantin.multisite.access import sites_of


class SiteScoped:
    site_may = "edit"

    def own_site_ids(self):
        return [site.pk for site in sites_of(self.request.user, self.site_may)]


class OwnSitesForm(SiteScoped):
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields["site"].queryset = Site.objects.filter(pk__in=self.own_site_ids())
        return form


class OwnSiteObject(SiteScoped):
    def get_object(self, *args, **kwargs):
        row = super().get_object(*args, **kwargs)
        if row.site_id not in self.own_site_ids():
            raise PermissionDenied
        return row


class ScopedIndexView(SiteScoped, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(site_id__in=self.own_site_ids())


class ScopedCreateView(OwnSitesForm, CreateView):
    pass


class ScopedEditView(OwnSitesForm, OwnSiteObject, EditView):
    pass


class ScopedDeleteView(OwnSiteObject, DeleteView):
    pass


class SiteScopedViewSet(ModelViewSet):
    site_may = "edit"
    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(site_may=self.site_may, **kwargs)
