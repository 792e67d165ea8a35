"""Production: no defaults for secrets, DEBUG always off."""

import os

os.environ["DEBUG"] = "false"

from carbon.settings.base import *
from carbon.settings.base import env

SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
