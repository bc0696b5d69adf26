"""Paste the current ``--help`` of every command into docs/cli.md (tests/test_docs.py checks it)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factx.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    path = ROOT / "docs" / "cli.md"
    text = path.read_text(encoding="utf-8")
    for command in ([], ["extract"], ["summary"]):
        title = f"### `factx {' '.join([*command, '--help'])}`"
        head, rest = text.split(title, 1)
        before, block = rest.split("```text\n", 1)
        _, after = block.split("```", 1)
        result = CliRunner().invoke(cli, [*command, "--help"], prog_name="factx", terminal_width=100,
                                    max_content_width=100)
        text = head + title + before + "```text\n" + result.output + "```" + after
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
