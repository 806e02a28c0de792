CREATE TYPE "public"."app_permission_decision" AS ENUM('approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."job_role" AS ENUM('response', 'neighbourhood', 'investigation', 'custody', 'roads_policing', 'public_order', 'protection', 'support');--> statement-breakpoint
CREATE TYPE "public"."messaging_app" AS ENUM('whatsapp', 'signal', 'telegram', 'other');--> statement-breakpoint
CREATE TYPE "public"."spot_check_kind" AS ENUM('random', 'with_cause');--> statement-breakpoint
CREATE TYPE "public"."spot_check_outcome" AS ENUM('nothing_found', 'words_of_advice', 'referral');--> statement-breakpoint
CREATE TABLE "app_permission_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "app_permission_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ref" varchar(20) NOT NULL,
	"requester_id" integer NOT NULL,
	"app" "messaging_app" NOT NULL,
	"other_app" varchar(100),
	"purpose" text NOT NULL,
	"device" varchar(200) NOT NULL,
	"starts_on" date NOT NULL,
	"requested_until" date NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" "app_permission_decision",
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"expires_on" date,
	"refusal_reason" text,
	"revoked_by" integer,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	CONSTRAINT "app_permission_requests_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "spot_check_draws" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "spot_check_draws_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ref" varchar(20) NOT NULL,
	"criteria" jsonb NOT NULL,
	"seed" varchar(64) NOT NULL,
	"population_ids" integer[] NOT NULL,
	"excluded_ids" integer[] NOT NULL,
	"snapshot_sha256" varchar(64) NOT NULL,
	"sample_ids" integer[] NOT NULL,
	"drawn_by" integer NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spot_check_draws_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "spot_checks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "spot_checks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ref" varchar(20) NOT NULL,
	"kind" "spot_check_kind" NOT NULL,
	"draw_id" integer,
	"person_id" integer NOT NULL,
	"cause_intelligence" text,
	"cause_case_id" integer,
	"legal_basis" text NOT NULL,
	"proportionality" text NOT NULL,
	"dpia_ref" varchar(60) NOT NULL,
	"outcome" "spot_check_outcome",
	"findings" text,
	"checked_on" date,
	"referral_case_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer,
	CONSTRAINT "spot_checks_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "job_role" "job_role";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "line_manager_id" integer;--> statement-breakpoint
ALTER TABLE "app_permission_requests" ADD CONSTRAINT "app_permission_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_permission_requests" ADD CONSTRAINT "app_permission_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_permission_requests" ADD CONSTRAINT "app_permission_requests_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_draws" ADD CONSTRAINT "spot_check_draws_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_draw_id_spot_check_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."spot_check_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_cause_case_id_cases_id_fk" FOREIGN KEY ("cause_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_referral_case_id_cases_id_fk" FOREIGN KEY ("referral_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "app_permission_requests_requester_idx" ON "app_permission_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "spot_checks_person_idx" ON "spot_checks" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "spot_checks_draw_idx" ON "spot_checks" USING btree ("draw_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_line_manager_id_users_id_fk" FOREIGN KEY ("line_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;