"""Writes of the sites app, split by subdomain. Import from the submodules or here."""

from sites.services.sites import SITE_EDITABLE_FIELDS, site_create, site_update

__all__ = ["SITE_EDITABLE_FIELDS", "site_create", "site_update"]
