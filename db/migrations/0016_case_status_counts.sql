CREATE TABLE "case_status_counts" (
	"team" varchar(100),
	"assigned_to" integer,
	"restricted" boolean NOT NULL,
	"status" "stage" NOT NULL,
	"platform" "platform" NOT NULL,
	"device" "device" NOT NULL,
	"year" integer NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "case_status_counts_key" UNIQUE NULLS NOT DISTINCT("team","assigned_to","restricted","status","platform","device","year")
);
--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express functions or triggers): each change to
-- cases moves its count from its old key to its new one, in the same transaction.
CREATE FUNCTION case_status_counts_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each statement is planned only when it runs, so a transition table that the
  -- operation does not have is never named.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO case_status_counts AS t (team, assigned_to, restricted, status, platform, device, year, n)
    SELECT team, assigned_to, restricted, status, platform, device, extract(year from recorded_on)::int, -count(*)
    FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ON CONSTRAINT case_status_counts_key DO UPDATE SET n = t.n + excluded.n;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO case_status_counts AS t (team, assigned_to, restricted, status, platform, device, year, n)
    SELECT team, assigned_to, restricted, status, platform, device, extract(year from recorded_on)::int, count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ON CONSTRAINT case_status_counts_key DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION rebuild_case_status_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM case_status_counts;
  INSERT INTO case_status_counts (team, assigned_to, restricted, status, platform, device, year, n)
  SELECT team, assigned_to, restricted, status, platform, device, extract(year from recorded_on)::int, count(*)
  FROM cases GROUP BY 1, 2, 3, 4, 5, 6, 7;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_status_counts_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_status_counts_after();
--> statement-breakpoint
CREATE TRIGGER cases_status_counts_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_status_counts_after();
--> statement-breakpoint
CREATE TRIGGER cases_status_counts_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_status_counts_after();
--> statement-breakpoint
SELECT rebuild_case_status_counts();
