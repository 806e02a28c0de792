-- The dashboard rollups of migration 0004, rebuilt on one projection: a subject as the
-- rollups count it (its case's year, platform, device and source; its rank group,
-- finding, outcome and Standards) with a sign, and one function that adds signed rows
-- to both rollup tables. The triggers and the rebuild only choose which rows to add.
CREATE TYPE rollup_delta AS (recorded_on date, platform platform, device device, source source, rank_group rank_group, finding finding, outcome outcome, standards standard[], d integer);
--> statement-breakpoint
CREATE FUNCTION rollup_delta_of(c cases, s subjects, d integer) RETURNS rollup_delta LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(c.recorded_on, c.platform, c.device, c.source, s.rank_group, s.finding, s.outcome, s.standards, d)::rollup_delta
$$;
--> statement-breakpoint
CREATE FUNCTION apply_rollup_deltas(deltas rollup_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO subject_counts AS t (year, platform, device, source, rank_group, finding, outcome, n)
  SELECT extract(year from recorded_on)::int, platform, device, source, rank_group, finding, outcome, sum(d) FROM unnest(deltas)
  GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT subject_counts_key DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO subject_standard_counts AS t (year, platform, device, rank_group, standard, n)
  SELECT extract(year from x.recorded_on)::int, x.platform, x.device, x.rank_group, std.standard, sum(x.d) FROM unnest(deltas) x
  CROSS JOIN LATERAL unnest(CASE WHEN cardinality(x.standards) > 0 THEN x.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT subject_standard_counts_key DO UPDATE SET n = t.n + excluded.n;
$$;
--> statement-breakpoint
-- A statement's transition tables exist only for its own kind (no old rows on INSERT),
-- so each side is read only where it exists.
CREATE OR REPLACE FUNCTION subject_rollups_after() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  removed rollup_delta[] := '{}';
  added rollup_delta[] := '{}';
  touched integer[] := '{}';
BEGIN
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
-- A case's year, platform, device or source moves its subjects between rollup rows;
-- its status and dates change its finalised facts. A new case has no subjects yet, and
-- a case with subjects cannot be deleted (foreign key), so only its facts change then.
CREATE OR REPLACE FUNCTION case_rollups_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_finalised_case_facts(ARRAY(SELECT id FROM new_rows WHERE status = 'finalised'));
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
-- Recomputes every rollup from the base tables: after a bulk load that ran without
-- triggers, and to check the triggers (the tests compare the two). A year at a time, so
-- that the rows handed over at once stay a year's, not the whole national history.
CREATE OR REPLACE FUNCTION rebuild_dashboard_rollups() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  y integer;
BEGIN
  DELETE FROM subject_counts;
  DELETE FROM subject_standard_counts;
  DELETE FROM finalised_case_facts;
  DELETE FROM finalised_case_counts;
  FOR y IN SELECT DISTINCT extract(year from recorded_on)::int FROM cases ORDER BY 1 LOOP
    PERFORM apply_rollup_deltas(ARRAY(
      SELECT rollup_delta_of(c, s, 1) FROM subjects s JOIN cases c ON c.id = s.case_id
      WHERE c.recorded_on >= make_date(y, 1, 1) AND c.recorded_on < make_date(y + 1, 1, 1)));
  END LOOP;
  PERFORM refresh_finalised_case_facts(ARRAY(SELECT id FROM cases WHERE status = 'finalised'));
END
$$;
