"""A worker process for the AI matching tests: drains AI batches from the test DB.

python -m tests.matching.ai_worker '{"db": "test_carbon", "threads": 5,
                                     "settings": {"AI_MATCHING_URL": "…"}}'
"""

import json
import os
import sys


def main() -> int:
    config = json.loads(sys.argv[1])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.test")
    import django

    django.setup()
    from django.conf import settings

    settings.DATABASES["default"]["NAME"] = config["db"]
    settings.DATABASES["default"]["CONN_MAX_AGE"] = 0
    for name, value in config["settings"].items():
        setattr(settings, name, value)
    from matching.ai.workers import ai_batches_drain

    ai_batches_drain(threads=config.get("threads", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
