"""Production: no defaults for secrets, DEBUG always off."""

import os

os.environ["DEBUG"] = "false"
os.environ.setdefault("LOG_FORMAT", "json")  # one JSON object a line, for collectors

from carbon.settings.base import *
from carbon.settings.base import env

SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
