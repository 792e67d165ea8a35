"""Periodic housekeeping of the platform itself."""

SCHEDULES = [
    {
        "name": "jobs-reap-stale",
        "func": "carbon.jobs.services.jobs_reap_stale",
        "kind": "jobs.reap_stale",
        "minutes": 5,
    },
]
