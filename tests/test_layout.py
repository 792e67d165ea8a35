"""tests/ mirrors the packages: a folder of tests is named after the package it tests,
so the tests of `reporting/registry/` are in `tests/reporting/registry/`. Tests that
cross every app by kind (a real browser, the HTTP contract, faults, dev tools) have
their own folders."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CROSS_CUTTING = {"browser", "contract", "faults", "tools"}


def test_every_test_folder_is_named_after_a_package():
    folders = {path.parent for path in TESTS.rglob("test_*.py")} - {TESTS}
    strays = sorted(
        str(folder.relative_to(TESTS))
        for folder in folders
        if folder.relative_to(TESTS).parts[0] not in CROSS_CUTTING
        and not (ROOT / folder.relative_to(TESTS) / "__init__.py").exists()
    )
    assert not strays, f"test folders that name no package: {strays}"
