CREATE TYPE "public"."iopc_criterion" AS ENUM('death_or_serious_injury', 'serious_assault', 'serious_sexual_offence', 'serious_corruption', 'discriminatory_aggravation', 'relevant_offence', 'same_incident', 'chief_officer');--> statement-breakpoint
CREATE TYPE "public"."iopc_mode" AS ENUM('local', 'directed', 'independent');--> statement-breakpoint
CREATE TYPE "public"."matter_type" AS ENUM('complaint', 'conduct_matter', 'recordable_conduct_matter', 'dsi_matter');--> statement-breakpoint
CREATE TABLE "iopc_referrals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "iopc_referrals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"criteria" "iopc_criterion"[] DEFAULT '{}' NOT NULL,
	"referred" boolean NOT NULL,
	"decided_on" date NOT NULL,
	"rationale" text NOT NULL,
	"referred_on" date,
	"mode" "iopc_mode",
	"mode_decided_on" date,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iopc_referrals_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "matter_type" "matter_type";--> statement-breakpoint
ALTER TABLE "iopc_referrals" ADD CONSTRAINT "iopc_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iopc_referrals" ADD CONSTRAINT "iopc_referrals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;