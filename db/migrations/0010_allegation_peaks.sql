CREATE TABLE "person_allegation_peaks" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"peak" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_allegation_peaks" ADD CONSTRAINT "person_allegation_peaks_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_allegation_peaks_peak_idx" ON "person_allegation_peaks" USING btree ("peak");--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express functions or triggers). An officer's
-- peak is the largest count of their allegations recorded within 365 days of each other
-- (the window of lib/cases/early-intervention.ts); only peaks of two or more are kept.
CREATE FUNCTION refresh_allegation_peaks(person_ids integer[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM person_allegation_peaks WHERE person_id = ANY(person_ids);
  INSERT INTO person_allegation_peaks (person_id, peak)
  SELECT person_id, max(in_window) FROM (
    SELECT s.person_id, count(*) OVER (PARTITION BY s.person_id ORDER BY c.recorded_on
                                       RANGE BETWEEN interval '365 days' PRECEDING AND CURRENT ROW) AS in_window
    FROM subjects s JOIN cases c ON c.id = s.case_id
    WHERE s.person_id = ANY(person_ids)
  ) windows GROUP BY person_id HAVING max(in_window) >= 2;
$$;
--> statement-breakpoint
CREATE FUNCTION rebuild_allegation_peaks() RETURNS void LANGUAGE sql AS $$
  DELETE FROM person_allegation_peaks;
  SELECT refresh_allegation_peaks(ARRAY(SELECT DISTINCT person_id FROM subjects));
$$;
--> statement-breakpoint
-- A subject added, removed or moved to another officer or case changes the peaks of the officers concerned.
CREATE FUNCTION subject_peaks_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_allegation_peaks(ARRAY(SELECT DISTINCT person_id FROM new_rows));
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
-- A case recorded on another date moves its subjects' allegations in time.
CREATE FUNCTION case_peaks_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_allegation_peaks(ARRAY(
    SELECT DISTINCT s.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN subjects s ON s.case_id = n.id
    WHERE o.recorded_on IS DISTINCT FROM n.recorded_on));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER subjects_peaks_insert AFTER INSERT ON subjects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_peaks_after();
--> statement-breakpoint
CREATE TRIGGER subjects_peaks_update AFTER UPDATE ON subjects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_peaks_after();
--> statement-breakpoint
CREATE TRIGGER subjects_peaks_delete AFTER DELETE ON subjects REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_peaks_after();
--> statement-breakpoint
CREATE TRIGGER cases_peaks_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_peaks_after();
--> statement-breakpoint
-- Officers already on record.
SELECT rebuild_allegation_peaks();
