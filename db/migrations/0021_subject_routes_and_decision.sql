CREATE TYPE "public"."assessment_route" AS ENUM('investigation', 'rprp', 'performance_procedures', 'no_further_action');--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "assessment_route" "assessment_route";--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "case_to_answer_for" "severity";--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "refer_to_proceedings" boolean;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "rprp_discussed_on" date;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "rprp_actions" text;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "rprp_completed_on" date;--> statement-breakpoint
-- Records from before the routes were asked: a subject that reached the investigation was routed there.
UPDATE "subjects" SET "assessment_route" = 'investigation' WHERE "assessment_route" IS NULL AND ("recommendation" IS NOT NULL OR "stage" IN ('investigation', 'decision', 'proceedings', 'outcome'));--> statement-breakpoint
-- Reg 23(1)(b) on old records: a case to answer was referred when proceedings were chosen or awaited.
UPDATE "subjects" SET "refer_to_proceedings" = ("proceedings" IS NOT NULL OR "stage" = 'proceedings') WHERE "finding" = 'case_to_answer' AND "refer_to_proceedings" IS NULL;
