CREATE TABLE "caseload_version" (
	"shard" smallint PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL
);
--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers): the dashboard keeps its figures
-- per process by the figures version (migration 0020) and this one, so every change to
-- what the dashboard reads must move one of them. The figures version already covers the
-- subject-officer charts, and of what the dashboard's case parts read: a subject's
-- insert, delete, case, rank (rank_group is generated from it), finding_on and outcome_on,
-- which feed the finalised cases' rank groups and days and the rank-group filter of the
-- open caseload; and a case's recorded_on, platform and device. These triggers add the
-- rest, the same way (a row picked by the transaction, so writers seldom wait):
--   cases insert and delete: a case is counted as open, overdue or finalised from birth;
--   cases status: open or closed (open, overdue, age), and finalised or not (count, days);
--   cases stage_due_on: past it, an open case is overdue;
--   tasks insert, delete, case_id, due_on, completed_at: a statutory clock past due makes
--     its case overdue, open or not;
--   truncate of either table.
CREATE FUNCTION caseload_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO caseload_version AS t (shard, n) VALUES ((txid_current() % 8)::smallint, 1)
  ON CONFLICT (shard) DO UPDATE SET n = t.n + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_caseload_version AFTER INSERT OR DELETE OR UPDATE OF status, stage_due_on ON cases
FOR EACH STATEMENT EXECUTE FUNCTION caseload_version_bump();
--> statement-breakpoint
CREATE TRIGGER cases_caseload_version_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION caseload_version_bump();
--> statement-breakpoint
CREATE TRIGGER tasks_caseload_version AFTER INSERT OR DELETE OR UPDATE OF case_id, due_on, completed_at ON tasks
FOR EACH STATEMENT EXECUTE FUNCTION caseload_version_bump();
--> statement-breakpoint
CREATE TRIGGER tasks_caseload_version_truncate AFTER TRUNCATE ON tasks FOR EACH STATEMENT EXECUTE FUNCTION caseload_version_bump();
--> statement-breakpoint
-- The group_part chart and dimension (migration 0026) find a subject officer's part by
-- their person, which migration 0020 did not watch: moving a subject record to another
-- officer changed the statistics, the release check's atoms and the dashboard unseen.
DROP TRIGGER subjects_figures_version ON subjects;
--> statement-breakpoint
CREATE TRIGGER subjects_figures_version AFTER INSERT OR DELETE OR UPDATE OF case_id, person_id, rank, standards, finding, finding_on, outcome, outcome_on ON subjects
FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
