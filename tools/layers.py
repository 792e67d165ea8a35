"""An import-linter contract for layers that nest (ARCHITECTURE.md, ADR-008).

import-linter's own `layers` contract refuses a layer inside another ("Layers cannot
contain other layers"), but our folders nest on purpose: `carbon` is the project top and
holds `carbon.core`, the ground, and `carbon.jobs`; `matching` holds `matching.factors`,
which sits below `ingestion`. Here every module belongs to the *deepest* listed package
that contains it, so a new module is constrained by the package it is written in,
without touching the contract. A module may import modules of its own layer or of a
layer below; importing upward breaks the contract, and so does a module of a root
package that no listed package contains (nothing is left unconstrained).

    [[tool.importlinter.contracts]]
    type = "nested_layers"
    layers = ["carbon", "reporting", "matching", "sites | ingestion", "matching.factors",
              "carbon.jobs", "accounts", "carbon.core"]        # top first

Siblings on one line (`a | b`) share a layer; keep them apart with an `independence`
contract.
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def layer_of(module: str, packages: dict[str, int]) -> int | None:
    """The layer (0 = top) of the deepest listed package containing `module`."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        layer = packages.get(".".join(parts[:end]))
        if layer is not None:
            return layer
    return None


class NestedLayersContract(Contract):
    type_name = "nested_layers"

    layers = fields.ListField(subfield=fields.StringField())

    def _packages(self) -> dict[str, int]:
        packages: dict[str, int] = {}
        for index, line in enumerate(self.layers):  # type: ignore[arg-type]
            for name in (part.strip() for part in line.split("|")):
                if name in packages:
                    raise ValueError(f"'{name}' is listed in two layers.")
                packages[name] = index
        return packages

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        packages = self._packages()
        for name in packages:
            if name not in graph.modules:
                raise ValueError(f"Layer '{name}' is not a module of the graph.")
        roots = {name.split(".")[0] for name in graph.modules}
        uncovered = sorted(
            module
            for module in graph.modules
            if module.split(".")[0] in roots and layer_of(module, packages) is None
        )
        upward = []
        for importer in sorted(graph.modules):
            low = layer_of(importer, packages)
            if low is None:
                continue
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                high = layer_of(imported, packages)
                if high is not None and high < low:
                    lines = sorted(
                        detail["line_number"]
                        for detail in graph.get_import_details(
                            importer=importer, imported=imported
                        )
                    )
                    upward.append(
                        {
                            "importer": importer,
                            "imported": imported,
                            "lines": lines,
                            "importer_layer": self.layers[low],  # type: ignore[index]
                            "imported_layer": self.layers[high],  # type: ignore[index]
                        }
                    )
        return ContractCheck(
            kept=not upward and not uncovered,
            metadata={"upward": upward, "uncovered": uncovered},
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["upward"]:
            lines = ", ".join(str(n) for n in item["lines"]) or "?"
            output.print_error(
                f"{item['importer']} (layer {item['importer_layer']}) imports "
                f"{item['imported']} (layer {item['imported_layer']}, above it), "
                f"l.{lines}"
            )
        for module in check.metadata["uncovered"]:
            output.print_error(
                f"{module} is in no layer: list its package in the contract's layers"
            )
        output.new_line()
