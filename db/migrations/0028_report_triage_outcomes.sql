CREATE TYPE "public"."report_outcome" AS ENUM('passed_for_investigation', 'no_further_action', 'linked_to_case', 'duplicate', 'more_information_needed');--> statement-breakpoint
ALTER TYPE "public"."report_status" ADD VALUE 'information_requested';--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "outcome" "report_outcome";--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "outcome_reason" text;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "duplicate_of_id" integer;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "question" text;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "triaged_by" integer;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "triaged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_duplicate_of_id_content_reports_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."content_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_triaged_by_users_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Reports already turned into cases were passed for investigation; the reporter is told so.
UPDATE "content_reports" SET "outcome" = 'passed_for_investigation' WHERE "status" = 'converted';
