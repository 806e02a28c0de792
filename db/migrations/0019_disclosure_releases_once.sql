-- Hand-written (data only): each table a role was served is kept once, with the time
-- each of its figures was last shown, instead of one row per request. Every figure
-- stays remembered from the last time it was served, as before; the spec is stored in
-- the canonical form of specText() (lib/stats/release-check.ts), so that one table asked
-- for in two spellings is one row. The next migration (0020) makes (role, spec) unique.
CREATE TEMPORARY TABLE merged_disclosure_releases AS
WITH canon AS (
  SELECT r.id, r.role, r.served_to, r.channel, r.served_at, r.shown,
    jsonb_build_object(
      'dimensions', r.spec->'dimensions',
      'from', coalesce(r.spec->'from', 'null'::jsonb),
      'to', coalesce(r.spec->'to', 'null'::jsonb),
      'asAt', coalesce(r.spec->'asAt', 'null'::jsonb),
      'platform', coalesce((SELECT jsonb_agg(v ORDER BY v COLLATE "C") FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.spec->'platform') = 'array' THEN r.spec->'platform' ELSE '[]'::jsonb END) v), 'null'::jsonb),
      'rank_group', coalesce((SELECT jsonb_agg(v ORDER BY v COLLATE "C") FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.spec->'rank_group') = 'array' THEN r.spec->'rank_group' ELSE '[]'::jsonb END) v), 'null'::jsonb),
      'device', coalesce((SELECT jsonb_agg(v ORDER BY v COLLATE "C") FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.spec->'device') = 'array' THEN r.spec->'device' ELSE '[]'::jsonb END) v), 'null'::jsonb)
    ) AS spec
  FROM disclosure_releases r
),
figures AS (
  SELECT c.role, c.spec, k.key, min(c.id) AS first_id, min(k.place) AS first_place, max(c.served_at) AS last_at
  FROM canon c CROSS JOIN LATERAL jsonb_array_elements(c.shown) WITH ORDINALITY AS k(key, place)
  GROUP BY c.role, c.spec, k.key
),
latest AS (
  SELECT DISTINCT ON (role, spec) role, spec, served_to, channel, served_at,
    min(id) OVER (PARTITION BY role, spec) AS first_id
  FROM canon ORDER BY role, spec, served_at DESC, id DESC
)
SELECT l.first_id AS id, l.role, l.served_to, l.channel, l.spec, l.served_at,
  coalesce((
    SELECT jsonb_agg(jsonb_build_object('key', f.key, 'at', to_char(f.last_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY f.first_id, f.first_place)
    FROM figures f WHERE f.role = l.role AND f.spec = l.spec
  ), '[]'::jsonb) AS shown
FROM latest l;
--> statement-breakpoint
DELETE FROM disclosure_releases;
--> statement-breakpoint
INSERT INTO disclosure_releases (id, role, served_to, channel, spec, shown, served_at) OVERRIDING SYSTEM VALUE
SELECT id, role, served_to, channel, spec, shown, served_at FROM merged_disclosure_releases ORDER BY id;
--> statement-breakpoint
DROP TABLE merged_disclosure_releases;
