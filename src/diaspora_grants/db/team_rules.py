"""Team mode's rules for the tables that need more than "may this role write here": results
(entering, approving, four eyes), periods (locking), reviews (only one's own, blind until the
call's review ends); and the row-level security that decides what each person reads."""

from __future__ import annotations

from ..domain.access import (
    REVIEW_STAGE_ENDED,
    approved_results,
    four_eyes,
    not_own_review,
    refusal,
    review_ended,
)
from ..domain.enums import Action, ResultStatus
from .team_access import ACCESS_DENIED_SQLSTATE, DOCUMENT_OWNERS, PROGRAMME_COLUMN, PROGRAMME_PATHS
from .team_sql import PERSON, PLACE, definer, literal, literals, quoted

APPROVED, DRAFT = literal(ResultStatus.APPROVED.value), literal(ResultStatus.DRAFT.value)
ENTER, APPROVE = literal(Action.ENTER_RESULTS.value), literal(Action.APPROVE_RESULTS.value)
BOOKKEEPING = "ARRAY['created_at', 'updated_at', 'updated_by', 'version']"


def _deny(message: str) -> str:
    return f"RAISE EXCEPTION USING ERRCODE = '{ACCESS_DENIED_SQLSTATE}', MESSAGE = {message};"


def _pass_through() -> str:
    return "RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;"


def results_guard(schema: str) -> str:
    """Entering needs an M&E officer, approving or reopening a programme manager who did not
    submit the cells; the server signs who submitted and who approved. The owner passes."""
    status_kept = (
        f"(ARRAY['status', 'submitted_by', 'submitted_at', 'approved_by', 'approved_at'] || {BOOKKEEPING})"
    )
    body = f"""DECLARE
  programme integer;
  was_approved boolean := false;
  approving boolean;
  reopening boolean;
  content boolean;
BEGIN
  IF pg_trigger_depth() > 1 OR dg_is_owner() THEN {_pass_through()} END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM dg_require(ARRAY[CASE WHEN OLD.status = {APPROVED} THEN {APPROVE} ELSE {ENTER} END],
                       dg_programme_of('results', to_jsonb(OLD)));
    RETURN OLD;
  END IF;
  programme := dg_programme_of('results', to_jsonb(NEW));
  IF TG_OP = 'UPDATE' THEN
    was_approved := OLD.status = {APPROVED};
    IF OLD.project_id <> NEW.project_id THEN
      PERFORM dg_require(ARRAY[{ENTER}], dg_programme_of('results', to_jsonb(OLD)));
    END IF;
  END IF;
  approving := NEW.status = {APPROVED} AND NOT was_approved;
  reopening := was_approved AND NEW.status <> {APPROVED};
  content := TG_OP = 'INSERT'
    OR (to_jsonb(NEW) - {status_kept}) IS DISTINCT FROM (to_jsonb(OLD) - {status_kept})
    OR (NOT approving AND NOT reopening AND NEW.status <> OLD.status);
  IF content THEN PERFORM dg_require(ARRAY[{ENTER}], programme); END IF;
  IF was_approved AND content AND NOT dg_may(ARRAY[{APPROVE}], programme) THEN
    {_deny(f"replace({literal(approved_results(PERSON))}, {literal(PERSON)}, session_user::text)")}
  END IF;
  IF approving OR reopening THEN PERFORM dg_require(ARRAY[{APPROVE}], programme); END IF;
  IF approving THEN PERFORM dg_check_four_eyes(programme, CASE WHEN content THEN session_user::text
    ELSE coalesce(OLD.submitted_by, OLD.updated_by) END); END IF;
  -- The server signs who submitted and who approved.
  IF approving THEN NEW.approved_by := session_user; NEW.approved_at := now();
  ELSIF reopening OR content THEN NEW.approved_by := NULL; NEW.approved_at := NULL;
  END IF;
  IF content AND NEW.status = {DRAFT} THEN NEW.submitted_by := NULL; NEW.submitted_at := NULL;
  ELSIF content THEN NEW.submitted_by := session_user; NEW.submitted_at := now();
  END IF;
  RETURN NEW;
END"""
    return definer(schema, "dg_guard_results()", "trigger", body, "plpgsql")


def four_eyes_check(schema: str) -> str:
    """The programme's rule (programmes.approver_must_differ where that column exists, on otherwise)."""
    wording = literal(four_eyes(PERSON))
    body = f"""BEGIN
  IF coalesce((SELECT (to_jsonb(p) ->> 'approver_must_differ')::boolean FROM programmes p
               WHERE p.id = programme), true)
     AND (submitter IS NULL OR lower(submitter) = lower(session_user::text)) THEN
    {_deny(f"replace({wording}, {literal(PERSON)}, session_user::text)")}
  END IF;
END"""
    return definer(schema, "dg_check_four_eyes(programme integer, submitter text)", "void", body, "plpgsql")


def periods_guard(schema: str) -> str:
    """Defining periods is for M&E officers and programme managers, locking for the managers."""
    lock_columns = "ARRAY['locked', 'locked_at', 'locked_by']"
    body = f"""DECLARE
  before integer := CASE WHEN TG_OP <> 'INSERT' THEN OLD.programme_id END;
  after integer := CASE WHEN TG_OP <> 'DELETE' THEN NEW.programme_id END;
BEGIN
  IF pg_trigger_depth() > 1 OR dg_is_owner() THEN {_pass_through()} END IF;
  IF TG_OP <> 'UPDATE' OR (to_jsonb(NEW) - {lock_columns} - {BOOKKEEPING})
      IS DISTINCT FROM (to_jsonb(OLD) - {lock_columns} - {BOOKKEEPING}) THEN
    PERFORM dg_require(ARRAY[{literal(Action.DEFINE_INDICATORS.value)}], coalesce(before, after));
    PERFORM dg_require(ARRAY[{literal(Action.DEFINE_INDICATORS.value)}], coalesce(after, before));
  END IF;
  IF (TG_OP = 'UPDATE' AND NEW.locked IS DISTINCT FROM OLD.locked) OR (TG_OP = 'INSERT' AND NEW.locked) THEN
    PERFORM dg_require(ARRAY[{literal(Action.LOCK_PERIODS.value)}], after);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.locked AND (TG_OP = 'INSERT' OR NOT OLD.locked) THEN
    NEW.locked_by := session_user; NEW.locked_at := now();
  END IF;
  {_pass_through()}
END"""
    return definer(schema, "dg_guard_periods()", "trigger", body, "plpgsql")


def own_review_check(schema: str) -> str:
    """A person writes only their own reviews, of calls assigned to them, until the review ends."""
    body = f"""DECLARE
  reviewed_call integer;
  place text;
  ended boolean;
BEGIN
  SELECT c.id, 'call ' || c.reference, c.status IN ({literals(sorted(REVIEW_STAGE_ENDED))})
    INTO reviewed_call, place, ended
    FROM applications a JOIN calls c ON c.id = a.call_id WHERE a.id = application;
  IF NOT coalesce(dg_reviews_call(reviewed_call), false) THEN
    {_deny(_worded(refusal(PERSON, Action.REVIEW, PLACE)))}
  END IF;
  IF lower(reviewer) <> lower(session_user::text) THEN
    {_deny(f"replace({_worded(not_own_review(PERSON, '<reviewer>'))}, '<reviewer>', reviewer)")}
  END IF;
  IF ended THEN {_deny(_worded(review_ended(PLACE)))} END IF;
END"""
    return definer(
        schema, "dg_require_own_review(application integer, reviewer text)", "void", body, "plpgsql"
    )


def _worded(text: str) -> str:
    """A wording from domain/access.py with the person and place filled in by the server."""
    return (
        f"replace(replace({literal(text)}, {literal(PERSON)}, session_user::text),"
        f" {literal(PLACE)}, coalesce(place, 'this call'))"
    )


def review_guards(schema: str) -> list[str]:
    reviews = f"""BEGIN
  IF pg_trigger_depth() > 1 OR dg_is_owner() THEN {_pass_through()} END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM dg_require_own_review(OLD.application_id, OLD.reviewer); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM dg_require_own_review(NEW.application_id, NEW.reviewer); END IF;
  {_pass_through()}
END"""
    scores = f"""DECLARE
  r record;
BEGIN
  IF pg_trigger_depth() > 1 OR dg_is_owner() THEN {_pass_through()} END IF;
  FOR r IN SELECT v.application_id, v.reviewer FROM reviews v
           WHERE v.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.review_id END,
                          CASE WHEN TG_OP <> 'DELETE' THEN NEW.review_id END) LOOP
    PERFORM dg_require_own_review(r.application_id, r.reviewer);
  END LOOP;
  {_pass_through()}
END"""
    return [
        definer(schema, "dg_guard_reviews()", "trigger", reviews, "plpgsql"),
        definer(schema, "dg_guard_review_scores()", "trigger", scores, "plpgsql"),
    ]


def read_policies(schema: str) -> dict[str, str]:
    """Table -> what a person may read of it (row-level security); tables left out are read whole."""
    s = quoted(schema)
    member = f"IN (SELECT {s}.dg_member_programmes())"
    policies = {
        "programmes": f"id {member} OR id IN (SELECT programme_id FROM {s}.calls)",
        "calls": f"programme_id {member} OR id IN (SELECT {s}.dg_reviewer_calls())",
        "role_assignments": (
            f"person_id IN (SELECT id FROM {s}.people WHERE login = session_user)"
            f" OR {s}.dg_is_administrator()"
        ),
        "audit_log": f"programme_id {member} OR (programme_id IS NULL AND {s}.dg_is_member_anywhere())",
        "contacts": f"{s}.dg_is_member_anywhere()",
    }
    for table, path in PROGRAMME_PATHS.items():
        if table in policies:
            continue
        if path == PROGRAMME_COLUMN:
            policies[table] = f"programme_id {member}"
        elif isinstance(path, tuple):
            policies[table] = f"{path[0]} IN (SELECT id FROM {s}.{path[1]})"
    policies["reviews"] += f" AND ({_blind_review(s, member)})"
    owners = " ".join(
        f"WHEN {literal(kind)} THEN owner_id IN (SELECT id FROM {s}.{table})"
        for kind, table in DOCUMENT_OWNERS.items()
    )
    policies["documents"] = f"CASE owner_type {owners} ELSE true END"
    return policies


def _blind_review(s: str, member: str) -> str:
    """A reviewer reads their own reviews; the others' once the call's review has ended. The
    programme's own people (managers, officers, viewers) read them all."""
    ended = literals(sorted(REVIEW_STAGE_ENDED))
    return (
        "lower(reviewer) = lower(session_user::text) OR application_id IN (SELECT a.id FROM "
        f"{s}.applications a JOIN {s}.calls c ON c.id = a.call_id WHERE c.programme_id {member}"
        f" OR c.status IN ({ended}))"
    )
