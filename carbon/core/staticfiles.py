"""Static files for DEBUG-off runs: hashed, compressed, served by whitenoise."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Rewrites CSS references only: the vendored minified JS names source maps
    that are not shipped, which would fail `collectstatic`."""

    patterns = tuple(
        (glob, rules)
        for glob, rules in CompressedManifestStaticFilesStorage.patterns
        if glob == "*.css"
    )
