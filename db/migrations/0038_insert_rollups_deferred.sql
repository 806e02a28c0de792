-- Hand-written (drizzle-kit cannot express functions or triggers). A bulk import
-- (db/queries/case-import.ts) inserts tens of thousands of cases and subject records by
-- one statement per table. The insert triggers of the dashboard rollups (0004, 0017) and
-- the allegation peaks (0010) then compute every new finalised case's facts twice: when
-- the case arrives without subjects, and again when its subjects do. While the
-- transaction-local setting psd.defer_insert_rollups is 'on', these three triggers leave
-- the rows a statement inserts to apply_deferred_inserts(), which the inserting
-- transaction calls once, with every row it added, after its last insert. The status
-- counts (0016) and the figures and caseload versions (0020, 0037) still run from their
-- own triggers: they cost a millisecond or two a statement.
-- A setting rather than session_replication_role = replica: that needs a superuser, and
-- would switch off the foreign keys and the audit trail's triggers with the rollups'.
CREATE FUNCTION insert_rollups_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('psd.defer_insert_rollups', true), '') = 'on'
$$;
--> statement-breakpoint
-- Migration 0017's, but for a deferred insert.
CREATE OR REPLACE FUNCTION subject_rollups_after() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  removed rollup_delta[] := '{}';
  added rollup_delta[] := '{}';
  touched integer[] := '{}';
BEGIN
  IF TG_OP = 'INSERT' AND insert_rollups_deferred() THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    removed := ARRAY(SELECT rollup_delta_of(c, s, -1) FROM old_rows s JOIN cases c ON c.id = s.case_id);
    touched := ARRAY(SELECT DISTINCT case_id FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    added := ARRAY(SELECT rollup_delta_of(c, s, 1) FROM new_rows s JOIN cases c ON c.id = s.case_id);
    touched := ARRAY(SELECT unnest(touched) UNION SELECT case_id FROM new_rows);
  END IF;
  PERFORM apply_rollup_deltas(removed || added);
  PERFORM refresh_finalised_case_facts(touched);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Migration 0017's, but for a deferred insert.
CREATE OR REPLACE FUNCTION case_rollups_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT insert_rollups_deferred() THEN
      PERFORM refresh_finalised_case_facts(ARRAY(SELECT id FROM new_rows WHERE status = 'finalised'));
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_finalised_case_facts(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM apply_rollup_deltas(ARRAY(
      SELECT delta FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN subjects s ON s.case_id = o.id
      CROSS JOIN LATERAL unnest(ARRAY[rollup_delta_of(o, s, -1), rollup_delta_of(n, s, 1)]) AS delta
      WHERE (extract(year from o.recorded_on), o.platform, o.device, o.source) IS DISTINCT FROM (extract(year from n.recorded_on), n.platform, n.device, n.source)));
    PERFORM refresh_finalised_case_facts(ARRAY(
      SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status, o.recorded_on, o.platform, o.device) IS DISTINCT FROM (n.status, n.recorded_on, n.platform, n.device)));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Migration 0010's, but for a deferred insert.
CREATE OR REPLACE FUNCTION subject_peaks_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT insert_rollups_deferred() THEN
      PERFORM refresh_allegation_peaks(ARRAY(SELECT DISTINCT person_id FROM new_rows));
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_allegation_peaks(ARRAY(SELECT DISTINCT person_id FROM old_rows));
  ELSE
    PERFORM refresh_allegation_peaks(ARRAY(
      SELECT o.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.person_id, o.case_id) IS DISTINCT FROM (n.person_id, n.case_id)
      UNION SELECT n.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.person_id, o.case_id) IS DISTINCT FROM (n.person_id, n.case_id)));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- What the three insert triggers would have done for the cases and subject records a
-- transaction inserted while they were deferred, by the same functions: each subject
-- counted once, the facts of every new finalised case and of every case given subjects
-- computed once (from the rows as they now stand, as the triggers' last refresh of each
-- would have been), and the peaks of every officer given an allegation. Inserting people
-- changes no rollup.
CREATE FUNCTION apply_deferred_inserts(case_ids integer[], subject_ids integer[]) RETURNS void LANGUAGE sql AS $$
  SELECT apply_rollup_deltas(ARRAY(SELECT rollup_delta_of(c, s, 1) FROM subjects s JOIN cases c ON c.id = s.case_id WHERE s.id = ANY (subject_ids)));
  SELECT refresh_finalised_case_facts(ARRAY(
    SELECT id FROM cases WHERE id = ANY (case_ids) AND status = 'finalised'
    UNION SELECT case_id FROM subjects WHERE id = ANY (subject_ids)));
  SELECT refresh_allegation_peaks(ARRAY(SELECT DISTINCT person_id FROM subjects WHERE id = ANY (subject_ids)));
$$;
