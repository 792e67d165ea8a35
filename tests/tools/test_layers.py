"""The nested-layers contract (tools/layers.py) over a small import graph, and over
the project itself: every module is in a layer, and nothing imports upward."""

from __future__ import annotations

import pathlib
import tomllib

import grimp
import pytest

from tools.layers import NestedLayersContract, layer_of

ROOT = pathlib.Path(__file__).resolve().parents[2]
LAYERS = ["top", "mid | side", "top.ground"]


def contract(layers=LAYERS) -> NestedLayersContract:
    return NestedLayersContract(
        name="test", session_options={}, contract_options={"layers": layers}
    )


def graph(*imports: tuple[str, str], extra: tuple[str, ...] = ()) -> grimp.ImportGraph:
    g = grimp.ImportGraph()
    for module in (
        "top",
        "top.views",
        "top.ground",
        "top.ground.ids",
        "mid",
        "side",
        *extra,
    ):
        g.add_module(module)
    for importer, imported in imports:
        g.add_import(
            importer=importer, imported=imported, line_number=3, line_contents=""
        )
    return g


def test_a_module_belongs_to_the_deepest_listed_package():
    packages = {"top": 0, "mid": 1, "side": 1, "top.ground": 2}
    assert layer_of("top.views", packages) == 0
    assert layer_of("top.ground.ids", packages) == 2
    assert layer_of("top.groundwork", packages) == 0  # a name prefix is not a package
    assert layer_of("elsewhere", packages) is None


def test_imports_downward_and_within_a_layer_keep_the_contract():
    check = contract().check(
        graph(
            ("top.views", "mid"),
            ("mid", "top.ground.ids"),
            ("mid", "side"),
            ("top.views", "top.ground"),
        ),
        verbose=False,
    )
    assert check.kept, check.metadata


def test_the_nested_ground_importing_its_container_breaks_the_contract():
    check = contract().check(graph(("top.ground.ids", "top.views")), verbose=False)
    assert not check.kept
    [upward] = check.metadata["upward"]
    assert (upward["importer"], upward["imported"], upward["lines"]) == (
        "top.ground.ids",
        "top.views",
        [3],
    )


def test_a_module_in_no_listed_package_breaks_the_contract():
    check = contract(["top", "top.ground"]).check(graph(), verbose=False)
    assert not check.kept
    assert check.metadata["uncovered"] == ["mid", "side"]


def test_a_package_in_two_layers_is_a_configuration_error():
    with pytest.raises(ValueError, match="two layers"):
        contract(["top", "top | mid"]).check(graph(), verbose=False)


def test_every_project_package_is_a_root_of_the_contract():
    """A new top-level app must join the layers (else nothing would constrain it)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"][
        "importlinter"
    ]
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")} | {
        path.parent.name for path in ROOT.glob("*/models.py")
    }
    assert apps <= set(config["root_packages"]), apps - set(config["root_packages"])
    [nested] = [c for c in config["contracts"] if c["type"] == "nested_layers"]
    listed = {name.strip() for line in nested["layers"] for name in line.split("|")}
    assert set(config["root_packages"]) <= listed


def test_the_project_keeps_its_layers():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"][
        "importlinter"
    ]
    [nested] = [c for c in config["contracts"] if c["type"] == "nested_layers"]
    project = grimp.build_graph(*config["root_packages"], cache_dir=None)
    check = contract(nested["layers"]).check(project, verbose=False)
    assert check.kept, check.metadata
