CREATE TYPE "public"."panel_chair" AS ENUM('chief_officer', 'senior_officer', 'former_senior_officer', 'senior_police_staff');--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "notice_served_on" date;--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "panel_chair" "panel_chair";