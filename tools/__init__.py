"""Development tools that are not part of the running platform."""
