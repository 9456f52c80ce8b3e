"""Every third-party import of ours is declared in ``pyproject.toml``, where it belongs: the
bot's own code only on the core dependencies, the playground on the ``playground`` extra, the
picture renderer on ``pictures``, tests and benchmarks on ``dev``; and ``requirements.lock``
pins every declared package at a version its bounds allow."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OURS = {"app", "coach", "content", "handlers", "scheduler", "store", "service", "playground", "bot"}
OURS |= {"tests", "benchmarks"}

# Which declared set each part of the code may import from (extras add to the core).
PARTS: dict[str, tuple[str, ...]] = {
    "bot.py": (),
    "app": ("playground",),  # app/playground.py runs the emulator: `bot.py` without a token
    "coach": (),
    "content": (),
    "handlers": (),
    "scheduler": (),
    "store": (),
    "playground": ("playground",),
    "content/pictures/render.py": ("pictures",),
    "tests": ("dev",),
    "benchmarks": ("dev",),
}
RENDERER = ("animation.py", "contact_sheet.py", "draw.py", "render.py", "__main__.py")


def declared(extra: str | None = None) -> set[str]:
    found: set[str] = set()
    pending = list(
        PROJECT["dependencies"] if extra is None else PROJECT["optional-dependencies"][extra]
    )
    while pending:
        requirement = Requirement(pending.pop())
        name = canonicalize_name(requirement.name)
        if name == "mobility-coach":  # an extra naming others: "mobility-coach[a,b]"
            for other in requirement.extras:
                pending.extend(PROJECT["optional-dependencies"][other])
            continue
        found.add(name)
    return found


def allowed(extras: tuple[str, ...]) -> set[str]:
    names = declared()
    for extra in extras:
        names |= declared(extra)
    return names


def third_party_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return {m for m in modules if m not in OURS and m not in sys.stdlib_module_names}


def part_of(path: Path) -> tuple[str, ...]:
    relative = path.relative_to(ROOT)
    if relative.parts[:2] == ("content", "pictures") and relative.name in RENDERER:
        return PARTS["content/pictures/render.py"]
    key = "bot.py" if relative.name == "bot.py" and len(relative.parts) == 1 else relative.parts[0]
    return PARTS[key]


def sources() -> list[Path]:
    files = [ROOT / "bot.py"]
    for top in sorted(set(PARTS) - {"bot.py", "content/pictures/render.py"}):
        files.extend(p for p in (ROOT / top).rglob("*.py") if "migrations" not in p.parts)
    return files


def test_every_import_is_declared_where_that_code_runs() -> None:
    distributions = importlib.metadata.packages_distributions()
    problems: list[str] = []
    for path in sources():
        may_use = allowed(part_of(path))
        for module in sorted(third_party_imports(path)):
            names = {canonicalize_name(d) for d in distributions.get(module, [module])}
            if not names & may_use:
                problems.append(f"{path.relative_to(ROOT)} imports {module} ({sorted(names)})")
    assert not problems, "\n".join(problems)


def test_the_bot_itself_does_not_need_the_playground_or_the_renderer() -> None:
    # Pillow is needed since the pain chart (/stats, /report): drawn on demand, imported lazily.
    assert "aiohttp" not in declared()
    assert "httpx" in declared()  # playground/client.py and the dispatcher import it


def test_the_lock_pins_every_declared_package_within_its_bounds() -> None:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[canonicalize_name(name)] = version
    requirements = [*PROJECT["dependencies"]]
    for extra in PROJECT["optional-dependencies"].values():
        requirements.extend(extra)
    for text in requirements:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        if name == "mobility-coach":
            continue
        assert name in pins, f"{name} is not in requirements.lock"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"requirements.lock has {name}=={pins[name]}, outside {requirement.specifier}"
        )
