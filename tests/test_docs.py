"""docs/cli.md against the program: the help it quotes, and a row for every option."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from factx.cli import cli
from factx.model import FIELDS

ROOT = Path(__file__).resolve().parent.parent
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
FIELDS_MD = (ROOT / "docs" / "fields.md").read_text(encoding="utf-8")
COMMANDS = [[], ["extract"], ["summary"]]


def help_text(command: list[str]) -> str:
    result = CliRunner().invoke(
        cli, [*command, "--help"], prog_name="factx", terminal_width=100, max_content_width=100
    )
    assert result.exit_code == 0
    return result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "factx")
def test_cli_md_quotes_the_help_of_every_command(command):
    title = f"### `factx {' '.join([*command, '--help'])}`"
    assert title in CLI_MD, f"docs/cli.md has no section {title}"
    quoted = CLI_MD.split(title, 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    assert quoted == help_text(command), "docs/cli.md is out of date: paste the new --help output"


def test_every_command_is_quoted():
    assert sorted(cli.commands) == sorted(c[0] for c in COMMANDS if c)


@pytest.mark.parametrize("name", ["extract", "summary"])
def test_every_option_has_a_row_in_a_table(name):
    rows = [line for line in CLI_MD.splitlines() if line.startswith("| `")]
    for param in cli.commands[name].params:
        if isinstance(param, click.Option) and param.name != "help":
            longest = max(param.opts, key=len)
            assert any(f"`{longest}" in row or f" {longest}" in row for row in rows), longest


def test_every_option_in_the_tables_exists():
    known = {opt for command in cli.commands.values() for p in command.params for opt in p.opts}
    for row in (line for line in CLI_MD.splitlines() if line.startswith("| `")):
        for option in re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", row.split("|")[1]):
            assert option in known, f"docs/cli.md documents {option}, which no command has"


def test_fields_md_describes_every_field_in_order():
    documented = re.findall(r"^### `([a-z_]+)`", FIELDS_MD, flags=re.M)
    assert documented == list(FIELDS)


def test_docs_name_no_file_outside_the_repository():
    for text in (CLI_MD, FIELDS_MD):
        assert "SPEC.md" not in text and "../shared" not in text


def test_shell_completion_variable_works():
    env = dict(os.environ, _FACTX_COMPLETE="bash_source")
    done = subprocess.run([sys.executable, "-m", "factx"], env=env, capture_output=True, text=True, check=True)
    assert "_FACTX_COMPLETE=bash_complete" in done.stdout
    assert "_FACTX_COMPLETE" in CLI_MD and "NO_COLOR" in CLI_MD and "FORCE_COLOR" in CLI_MD


@pytest.mark.slow  # subprocesses
@pytest.mark.parametrize(("env", "coloured"), [({"FORCE_COLOR": "1"}, True), ({"NO_COLOR": "1"}, False), ({}, False)])
def test_colour_variables(tmp_path, env, coloured):
    (tmp_path / "a.txt").write_text("共5元\n", encoding="utf-8")
    from fakes import subprocess_env

    base = {k: v for k, v in subprocess_env(tmp_path).items() if k not in ("FORCE_COLOR", "NO_COLOR", "TERM")}
    done = subprocess.run(
        [sys.executable, "-m", "factx", "extract", "a.txt", "-f", "table"],
        env={**base, **env, "TERM": "xterm-256color"}, cwd=tmp_path, capture_output=True, text=True, check=True,
    )
    assert ("\x1b[" in done.stdout) is coloured


def test_every_rule_id_the_code_cites_is_stated_in_the_docs():
    """Ids such as X31 or L6 in code and data comments are explained in docs/ (decisions.md,
    places.md, linking.md), so the repository does not depend on documents outside it."""
    import io
    import tokenize

    package = ROOT / "factx"
    texts = [p.read_text(encoding="utf-8") for p in package.rglob("*") if p.suffix in (".tsv", ".txt")]
    for path in package.rglob("*.py"):  # comments and strings only: N2 may name a regex group
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        texts.extend(t.string for t in tokens if t.type in (tokenize.COMMENT, tokenize.STRING))
    cited: set[str] = set()
    for text in texts:
        for letter, low, high in re.findall(r"\b([SQMPDXLKFCN])(\d{1,2})(?:[-–]\1?(\d{1,2}))?\b", text):
            cited.update(f"{letter}{n}" for n in range(int(low), int(high or low) + 1))
    cited -= {"C0"}  # C0 and C1 controls in writers.py are character sets, not rules
    docs = "\n".join((ROOT / "docs" / name).read_text(encoding="utf-8")
                     for name in ("decisions.md", "places.md", "linking.md"))
    stated = set(re.findall(r"\*\*([A-Z]\d{1,2})\b", docs)) | set(re.findall(r"\(([A-Z]\d{1,2})[,)]", docs))
    stated |= {f"{a}{n}" for a, lo, hi in re.findall(r"\b([A-Z])(\d{1,2})[-–]\1(\d{1,2})\b", docs)
               for n in range(int(lo), int(hi) + 1)}
    assert sorted(cited - stated, key=lambda i: (i[0], int(i[1:]))) == []
