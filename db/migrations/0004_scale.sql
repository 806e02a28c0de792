CREATE TABLE "finalised_case_counts" (
	"year" integer NOT NULL,
	"platform" "platform" NOT NULL,
	"device" "device" NOT NULL,
	"rank_groups" "rank_group"[] NOT NULL,
	"days" integer,
	"n" bigint NOT NULL,
	CONSTRAINT "finalised_case_counts_key" UNIQUE NULLS NOT DISTINCT("year","platform","device","rank_groups","days")
);
--> statement-breakpoint
CREATE TABLE "finalised_case_facts" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"platform" "platform" NOT NULL,
	"device" "device" NOT NULL,
	"rank_groups" "rank_group"[] NOT NULL,
	"days" integer
);
--> statement-breakpoint
CREATE TABLE "subject_counts" (
	"year" integer NOT NULL,
	"platform" "platform" NOT NULL,
	"device" "device" NOT NULL,
	"source" "source" NOT NULL,
	"rank_group" "rank_group",
	"finding" "finding",
	"outcome" "outcome",
	"n" bigint NOT NULL,
	CONSTRAINT "subject_counts_key" UNIQUE NULLS NOT DISTINCT("year","platform","device","source","rank_group","finding","outcome")
);
--> statement-breakpoint
CREATE TABLE "subject_standard_counts" (
	"year" integer NOT NULL,
	"platform" "platform" NOT NULL,
	"device" "device" NOT NULL,
	"rank_group" "rank_group",
	"standard" varchar(60) NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "subject_standard_counts_key" UNIQUE NULLS NOT DISTINCT("year","platform","device","rank_group","standard")
);
--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("recorded_on","stage_due_on","platform","device") WHERE status not in ('finalised', 'withdrawn');
--> statement-breakpoint
-- Recomputes the finalised-case facts of the given cases from the base tables, moving
-- their counts from the old facts to the new.
CREATE FUNCTION refresh_finalised_case_facts(case_ids integer[]) RETURNS void LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM finalised_case_facts WHERE case_id = ANY (case_ids) RETURNING year, platform, device, rank_groups, days)
  INSERT INTO finalised_case_counts AS t (year, platform, device, rank_groups, days, n)
  SELECT year, platform, device, rank_groups, days, -count(*) FROM gone GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT finalised_case_counts_key DO UPDATE SET n = t.n + excluded.n;
  WITH added AS (
    INSERT INTO finalised_case_facts (case_id, year, platform, device, rank_groups, days)
    SELECT c.id, extract(year from c.recorded_on)::int, c.platform, c.device,
           coalesce(array_agg(DISTINCT s.rank_group) FILTER (WHERE s.rank_group IS NOT NULL), '{}'),
           max(coalesce(s.outcome_on, s.finding_on)) - c.recorded_on
    FROM cases c LEFT JOIN subjects s ON s.case_id = c.id
    WHERE c.id = ANY (case_ids) AND c.status = 'finalised'
    GROUP BY c.id
    RETURNING year, platform, device, rank_groups, days)
  INSERT INTO finalised_case_counts AS t (year, platform, device, rank_groups, days, n)
  SELECT year, platform, device, rank_groups, days, count(*) FROM added GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT finalised_case_counts_key DO UPDATE SET n = t.n + excluded.n;
$$
--> statement-breakpoint
-- Keeps the dashboard rollups exact as subjects change, one statement at a time.
CREATE FUNCTION subject_rollups_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
  INSERT INTO subject_counts AS t (year, platform, device, source, rank_group, finding, outcome, n)
  SELECT year, platform, device, source, rank_group, finding, outcome, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, c.source, s.rank_group, s.finding, s.outcome, 1 AS d
    FROM new_rows s JOIN cases c ON c.id = s.case_id
  ) delta GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT subject_counts_key DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO subject_standard_counts AS t (year, platform, device, rank_group, standard, n)
  SELECT year, platform, device, rank_group, standard, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, s.rank_group, std.standard, 1 AS d
    FROM new_rows s JOIN cases c ON c.id = s.case_id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
  ) delta GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT subject_standard_counts_key DO UPDATE SET n = t.n + excluded.n;
  PERFORM refresh_finalised_case_facts(ARRAY(SELECT DISTINCT case_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
  INSERT INTO subject_counts AS t (year, platform, device, source, rank_group, finding, outcome, n)
  SELECT year, platform, device, source, rank_group, finding, outcome, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, c.source, s.rank_group, s.finding, s.outcome, -1 AS d
    FROM old_rows s JOIN cases c ON c.id = s.case_id
  ) delta GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT subject_counts_key DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO subject_standard_counts AS t (year, platform, device, rank_group, standard, n)
  SELECT year, platform, device, rank_group, standard, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, s.rank_group, std.standard, -1 AS d
    FROM old_rows s JOIN cases c ON c.id = s.case_id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
  ) delta GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT subject_standard_counts_key DO UPDATE SET n = t.n + excluded.n;
  PERFORM refresh_finalised_case_facts(ARRAY(SELECT DISTINCT case_id FROM old_rows));
  ELSE
  INSERT INTO subject_counts AS t (year, platform, device, source, rank_group, finding, outcome, n)
  SELECT year, platform, device, source, rank_group, finding, outcome, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, c.source, s.rank_group, s.finding, s.outcome, -1 AS d
    FROM old_rows s JOIN cases c ON c.id = s.case_id
    UNION ALL
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, c.source, s.rank_group, s.finding, s.outcome, 1 AS d
    FROM new_rows s JOIN cases c ON c.id = s.case_id
  ) delta GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT subject_counts_key DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO subject_standard_counts AS t (year, platform, device, rank_group, standard, n)
  SELECT year, platform, device, rank_group, standard, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, s.rank_group, std.standard, -1 AS d
    FROM old_rows s JOIN cases c ON c.id = s.case_id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
    UNION ALL
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, s.rank_group, std.standard, 1 AS d
    FROM new_rows s JOIN cases c ON c.id = s.case_id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
  ) delta GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT subject_standard_counts_key DO UPDATE SET n = t.n + excluded.n;
  PERFORM refresh_finalised_case_facts(ARRAY(SELECT case_id FROM old_rows UNION SELECT case_id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$
--> statement-breakpoint
-- A case's year, platform, device or source moves its subjects between rollup rows;
-- its status and dates change its finalised facts. A new case has no subjects yet, and
-- a case with subjects cannot be deleted (foreign key), so only its facts change then.
CREATE FUNCTION case_rollups_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
  PERFORM refresh_finalised_case_facts(ARRAY(SELECT id FROM new_rows WHERE status = 'finalised'));
  ELSIF TG_OP = 'DELETE' THEN
  PERFORM refresh_finalised_case_facts(ARRAY(SELECT id FROM old_rows));
  ELSE
  INSERT INTO subject_counts AS t (year, platform, device, source, rank_group, finding, outcome, n)
  SELECT year, platform, device, source, rank_group, finding, outcome, sum(d) FROM (
    SELECT extract(year from o.recorded_on)::int AS year, o.platform, o.device, o.source, s.rank_group, s.finding, s.outcome, -1 AS d
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN subjects s ON s.case_id = o.id
    WHERE (extract(year from o.recorded_on), o.platform, o.device, o.source) IS DISTINCT FROM (extract(year from n.recorded_on), n.platform, n.device, n.source)
    UNION ALL
    SELECT extract(year from n.recorded_on)::int AS year, n.platform, n.device, n.source, s.rank_group, s.finding, s.outcome, 1 AS d
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN subjects s ON s.case_id = o.id
    WHERE (extract(year from o.recorded_on), o.platform, o.device, o.source) IS DISTINCT FROM (extract(year from n.recorded_on), n.platform, n.device, n.source)
  ) delta GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT subject_counts_key DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO subject_standard_counts AS t (year, platform, device, rank_group, standard, n)
  SELECT year, platform, device, rank_group, standard, sum(d) FROM (
    SELECT extract(year from o.recorded_on)::int AS year, o.platform, o.device, s.rank_group, std.standard, -1 AS d
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN subjects s ON s.case_id = o.id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
    WHERE (extract(year from o.recorded_on), o.platform, o.device, o.source) IS DISTINCT FROM (extract(year from n.recorded_on), n.platform, n.device, n.source)
    UNION ALL
    SELECT extract(year from n.recorded_on)::int AS year, n.platform, n.device, s.rank_group, std.standard, 1 AS d
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN subjects s ON s.case_id = o.id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
    WHERE (extract(year from o.recorded_on), o.platform, o.device, o.source) IS DISTINCT FROM (extract(year from n.recorded_on), n.platform, n.device, n.source)
  ) delta GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT subject_standard_counts_key DO UPDATE SET n = t.n + excluded.n;
  PERFORM refresh_finalised_case_facts(ARRAY(
    SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.status, o.recorded_on, o.platform, o.device) IS DISTINCT FROM (n.status, n.recorded_on, n.platform, n.device)));
  END IF;
  RETURN NULL;
END
$$
--> statement-breakpoint
-- Recomputes every rollup from the base tables: after a bulk load that ran without
-- triggers, and to check the triggers (the tests compare the two).
CREATE FUNCTION rebuild_dashboard_rollups() RETURNS void LANGUAGE sql AS $$
  DELETE FROM subject_counts;
  DELETE FROM subject_standard_counts;
  DELETE FROM finalised_case_facts;
  DELETE FROM finalised_case_counts;
  INSERT INTO subject_counts AS t (year, platform, device, source, rank_group, finding, outcome, n)
  SELECT year, platform, device, source, rank_group, finding, outcome, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, c.source, s.rank_group, s.finding, s.outcome, 1 AS d
    FROM subjects s JOIN cases c ON c.id = s.case_id
  ) delta GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT subject_counts_key DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO subject_standard_counts AS t (year, platform, device, rank_group, standard, n)
  SELECT year, platform, device, rank_group, standard, sum(d) FROM (
    SELECT extract(year from c.recorded_on)::int AS year, c.platform, c.device, s.rank_group, std.standard, 1 AS d
    FROM subjects s JOIN cases c ON c.id = s.case_id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.standards) > 0 THEN s.standards::text[] ELSE ARRAY['not_recorded'] END) AS std(standard)
  ) delta GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT subject_standard_counts_key DO UPDATE SET n = t.n + excluded.n;
  SELECT refresh_finalised_case_facts(ARRAY(SELECT id FROM cases WHERE status = 'finalised'));
$$
--> statement-breakpoint
CREATE TRIGGER subjects_rollups_insert AFTER INSERT ON subjects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_rollups_after()
--> statement-breakpoint
CREATE TRIGGER subjects_rollups_update AFTER UPDATE ON subjects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_rollups_after()
--> statement-breakpoint
CREATE TRIGGER subjects_rollups_delete AFTER DELETE ON subjects REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_rollups_after()
--> statement-breakpoint
CREATE TRIGGER cases_rollups_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_rollups_after()
--> statement-breakpoint
CREATE TRIGGER cases_rollups_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_rollups_after()
--> statement-breakpoint
CREATE TRIGGER cases_rollups_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_rollups_after()
--> statement-breakpoint
SELECT rebuild_dashboard_rollups();
