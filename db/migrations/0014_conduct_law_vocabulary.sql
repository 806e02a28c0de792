CREATE TYPE "public"."proceedings_finding" AS ENUM('misconduct', 'gross_misconduct', 'neither');--> statement-breakpoint
ALTER TYPE "public"."task_kind" ADD VALUE 'advisory_list_notification';--> statement-breakpoint
ALTER TABLE "subject_counts" ALTER COLUMN "outcome" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "subjects" ALTER COLUMN "outcome" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."outcome";--> statement-breakpoint
CREATE TYPE "public"."outcome" AS ENUM('no_further_action', 'referred_to_rprp', 'management_advice', 'written_warning', 'final_written_warning', 'extension_of_final_written_warning', 'reduction_in_rank', 'dismissal_with_notice', 'dismissal_without_notice', 'would_have_been_dismissed');--> statement-breakpoint
ALTER TABLE "subject_counts" ALTER COLUMN "outcome" SET DATA TYPE "public"."outcome" USING "outcome"::"public"."outcome";--> statement-breakpoint
ALTER TABLE "subjects" ALTER COLUMN "outcome" SET DATA TYPE "public"."outcome" USING "outcome"::"public"."outcome";--> statement-breakpoint
ALTER TABLE "subjects" ALTER COLUMN "proceedings" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."proceedings";--> statement-breakpoint
CREATE TYPE "public"."proceedings" AS ENUM('misconduct_meeting', 'misconduct_hearing', 'accelerated_misconduct_hearing', 'special_case_hearing');--> statement-breakpoint
ALTER TABLE "subjects" ALTER COLUMN "proceedings" SET DATA TYPE "public"."proceedings" USING "proceedings"::"public"."proceedings";--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "proceedings_finding" "proceedings_finding";--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "final_written_warning_in_force" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "written_warning_in_force" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "several_unconnected_incidents" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Appended by hand: the fast-track hearing of a 2012-regime matter was the special case
-- hearing (SI 2012/2632 reg 55), not an accelerated misconduct hearing (2020 reg 49 onwards).
UPDATE "subjects" SET "proceedings" = 'special_case_hearing' WHERE "regime" = '2012' AND "proceedings" = 'accelerated_misconduct_hearing';
