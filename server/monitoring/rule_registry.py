"""The monitoring rules' one interface: a rule is a function of a `RuleContext` that returns `Finding`s.

Each rule module registers its rules with `@rule(...)` at import; the evaluator (server/monitoring/evaluation.py)
imports the modules listed in RULE_MODULES, runs every rule once a minute (the scheduler's job `monitoring`, one
runner across workers), folds each finding into an alert by (rule, fold_key), and resolves as "system" the open
alerts of a rule that no longer finds their subject when the rule says it clears itself (`clears=True`).

A rule reads only what changed since `ctx.since` where it can (the evaluation must stay cheap at 1,000,000 loans and
10,000,000 transfers: indexed range reads, never a scan of a whole table) and its thresholds from
`ctx.thresholds(rule_name)` (defaults below, an administrator edits them in the console).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass
class Finding:
    fold_key: str  # the subject: "account:risk", "address:10.0.0.7", "withdrawal:WD…", "platform"
    params: dict  # the rule's sentence's named parameters (see Rule.sentence)
    evidence: dict = field(default_factory=dict)  # the records behind it, for the alert list
    severity: str | None = None  # overrides the rule's severity for this finding


@dataclass
class RuleContext:
    db: Session
    now: datetime  # UTC, the evaluation's moment (server.clock.now())
    since: datetime  # UTC, the previous evaluation's moment (now - 1 minute on the first run)
    platform: object  # server.platform.Platform
    settings_values: dict  # key -> value of monitoring_settings, read once per evaluation

    def thresholds(self, rule_name: str) -> dict:
        """The rule's thresholds: its defaults overlaid with what an administrator set."""
        found = RULES[rule_name]
        return {**found.defaults, **(self.settings_values.get(f"rule.{rule_name}") or {})}


@dataclass
class Rule:
    name: str  # wire code: "failed_sign_ins_account"
    area: str  # one of models.AREAS
    severity: str  # one of models.SEVERITIES
    sentence: str  # an English template marked with _() from server.messages, {named} params from the finding
    title: str  # a short English name of the rule marked with _(), shown in settings and the alert list
    defaults: dict  # thresholds and their default values, e.g. {"count": 5, "minutes": 10}
    check: Callable[[RuleContext], list[Finding]]
    clears: bool = False  # True: an open alert whose subject the rule no longer finds is resolved by the system
    enabled_by_default: bool = True


RULES: dict[str, Rule] = {}

# The modules that register rules; the evaluator imports them all.
RULE_MODULES = ("server.monitoring.rules_security", "server.monitoring.rules_business",
                "server.monitoring.rules_system", "server.backups.rule")


def rule(name: str, *, area: str, severity: str, title: str, sentence: str, defaults: dict | None = None,
         clears: bool = False, enabled_by_default: bool = True):
    def register(check: Callable[[RuleContext], list[Finding]]):
        RULES[name] = Rule(name, area, severity, sentence, title, defaults or {}, check, clears, enabled_by_default)
        return check

    return register
