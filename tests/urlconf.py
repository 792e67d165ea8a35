"""Walking the URL conf, for the tests that check every view (methods, capabilities)."""

from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver


def url_patterns_walk(
    skipped_prefixes: tuple[str, ...], resolver=None, prefix="", namespace=""
) -> Iterator[tuple[str, str, URLPattern]]:
    """(namespaced name or route, route, pattern) of every URL pattern whose route
    does not start with one of `skipped_prefixes`."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(skipped_prefixes):
            continue
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from url_patterns_walk(skipped_prefixes, entry, route, inner)
        elif isinstance(entry, URLPattern):
            yield f"{namespace}{entry.name}" if entry.name else route, route, entry
