CREATE TABLE "figures_version" (
	"shard" smallint PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_releases_role_spec_idx" ON "disclosure_releases" USING btree ("role","spec");
--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express functions or triggers): every statement
-- that may change what a statistics table counts adds one to a row picked by the
-- transaction, so that the sum moves when, and only when, such a change commits.
CREATE FUNCTION figures_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO figures_version AS t (shard, n) VALUES ((txid_current() % 8)::smallint, 1)
  ON CONFLICT (shard) DO UPDATE SET n = t.n + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER subjects_figures_version AFTER INSERT OR DELETE OR UPDATE OF case_id, rank, standards, finding, finding_on, outcome, outcome_on ON subjects
FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
--> statement-breakpoint
CREATE TRIGGER subjects_figures_version_truncate AFTER TRUNCATE ON subjects FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
--> statement-breakpoint
-- A case without subjects counts in no table, so only a change to a field subjects are counted by matters.
CREATE TRIGGER cases_figures_version AFTER UPDATE OF recorded_on, platform, device, source ON cases
FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
