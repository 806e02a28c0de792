ALTER TABLE "case_access_grants" ADD COLUMN "approved_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD COLUMN "approved_by" integer;--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD CONSTRAINT "case_access_grants_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written: grants given before the two-person rule were approved by their grantor when given.
UPDATE "case_access_grants" SET "approved_at" = "created_at", "approved_by" = "granted_by";
