"""``clausecheck rules list`` and ``clausecheck rules explain ID``: the docs come from the rules."""

from __future__ import annotations

import textwrap

import click


@click.group(name="rules")
def command() -> None:
    """List the rules clausecheck applies, or explain one with its examples.

    \b
    Examples:
      clausecheck rules list
      clausecheck rules explain DR003
    """


def _warn_if_modified(term) -> None:
    """Rules that differ from this release are listed as they are on disk, with a warning (W303)."""
    from ..checks.manifest import describe, verified
    from ..errors import warning_message

    modified = verified()
    if modified and term is not None:
        term.warning(warning_message("W303", detail=describe(modified)))


@command.command(name="list")
@click.option(
    "--family",
    type=click.Choice(["ai", "governing_law", "dispute", "drafting"]),
    default=None,
    help="Only this family of rules. Example: --family dispute",
)
@click.pass_obj
def list_rules(term, family: str | None) -> int:
    """One line per rule: id, severity, status and title."""
    from ..checks.loader import load_rules

    _warn_if_modified(term)
    for r in load_rules():
        if family and r.family != family:
            continue
        status = "" if r.status == "stable" else f" ({r.status})"
        click.echo(f"{r.id}  {r.severity.label:<7} {r.title}{status}")
    return 0


@command.command(name="explain")
@click.argument("rule_id")
@click.pass_obj
def explain(term, rule_id: str) -> int:
    """What a rule checks, why, how to fix it, and its examples."""
    from ..checks.loader import load_rules

    _warn_if_modified(term)
    rules = {r.id: r for r in load_rules()}
    rule = rules.get(rule_id.upper())
    if rule is None:
        raise click.UsageError(f"no rule {rule_id!r}. `clausecheck rules list` shows them all.")
    wrap = lambda s, ind="  ": "\n".join(textwrap.wrap(s, 96, initial_indent=ind, subsequent_indent=ind))  # noqa: E731
    out = [
        f"{rule.id} {rule.name}  [{rule.severity.label}, {rule.status}]",
        "",
        rule.title,
        "",
        "What it reports:",
        wrap(rule.message),
        "",
    ]
    if rule.rationale:
        out += ["Why it matters:", wrap(rule.rationale), ""]
    if rule.fix:
        out += [
            "Suggested fix:",
            wrap(f"{rule.fix.title}" + (f" (clause library: {rule.fix.library})" if rule.fix.library else "")),
            "",
        ]
    if rule.references:
        out += ["References:"] + [wrap(ref, "  - ") for ref in rule.references] + [""]
    out.append("Examples:")
    for ex in rule.examples:
        verdict = "reported" if ex["expect"] == "fire" else "not reported"
        if ex.get("todo"):
            verdict += f" (known gap: {ex['todo']})"
        out.append(f"  - {verdict}" + (f" — {ex['note']}" if ex.get("note") else ""))
        for cl in ex.get("clauses") or []:
            out.append(wrap(f"{cl.get('number') or ''} {cl.get('text')}".strip(), "      "))
    click.echo("\n".join(out))
    return 0
