"""The board's page modules joined into the one ES module anywidget loads (esm.py)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from journeykit_widgets.widgets.board.esm import EsmError, assemble
from journeykit_widgets.widgets.board.widget import BoardWidget

pytestmark = pytest.mark.unit


def _write(folder, **modules):
    for name, text in modules.items():
        (folder / f"{name.replace('_', '-')}.js").write_text(text, "utf-8")


def test_modules_are_joined_in_order_each_in_a_scope_of_its_own(tmp_path):
    _write(
        tmp_path,
        dom='export const SIZE = 2;\nconst secret = "dom";\nexport function twice(x) { return x * SIZE; }\n',
        state='import { twice } from "./dom.js";\nconst secret = "state";\nexport class Box { get v() { return twice(3); } }\n',
        board=(
            'import { Box } from "./state.js";\nimport {\n  SIZE as size,\n  twice,\n} from "./dom.js";\n'
            "export default { value: new Box().v + size + twice(1) };\n"
        ),
    )
    text = assemble(tmp_path)
    assert text.index("// ---- dom.js") < text.index("// ---- state.js") < text.index("// ---- board.js")
    assert text.count("// ---- dom.js") == 1  # imported twice, joined once
    assert "const { SIZE: size, twice } = __jk_dom;" in text
    if shutil.which("node"):
        (tmp_path / "out.mjs").write_text(text, "utf-8")
        run = subprocess.run(
            ["node", "-e", "import('./out.mjs').then((m) => console.log(m.default.value))"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.stdout.strip() == "10", run.stderr  # 6 + 2 + 2; two `secret`s did not collide


@pytest.mark.parametrize(
    ("modules", "message"),
    [
        ({"board": 'import x from "./dom.js";\nexport default {};\n'}, "board.js line 1"),
        (
            {"board": 'import { h } from "./dom.js";\nexport default {};\n', "dom": "export { h };\n"},
            "dom.js line 1",
        ),
        (
            {"board": 'import { h } from "./nowhere.js";\nexport default {};\n'},
            "nowhere.js, which does not exist",
        ),
        (
            {
                "board": 'import { a } from "./dom.js";\nexport default {};\n',
                "dom": 'import { b } from "./board.js";\n',
            },
            "import cycle: board → dom → board",
        ),
        ({"board": 'import { h } from "./dom.js";\n', "dom": "export default 1;\n"}, "dom.js line 1"),
    ],
)
def test_a_module_the_assembler_cannot_join_is_named_with_its_line(tmp_path, modules, message):
    _write(tmp_path, **modules)
    with pytest.raises(EsmError, match=message):
        assemble(tmp_path)


def test_the_widget_ships_every_board_module_joined():
    from pathlib import Path

    from journeykit_widgets.widgets.board import widget

    folder = Path(widget.__file__).parent
    esm = BoardWidget._esm
    for path in folder.glob("*.js"):
        if path.name == "wall.js":  # the wall view's own entry module (wall.py), checked below
            continue
        assert f"// ---- {path.name}\n" in esm, path.name
    from journeykit_widgets.widgets.board.wall import WallView

    assert "// ---- timer.js\n" in WallView._esm and "class Board " not in WallView._esm
    assert esm.rstrip().endswith("};")  # the entry module's `export default { render … }` closes it
    assert "\nimport " not in esm  # no import is left for a blob: URL to fail on
