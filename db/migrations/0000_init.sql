CREATE TYPE "public"."channel" AS ENUM('public_post', 'direct_message', 'group_chat');--> statement-breakpoint
CREATE TYPE "public"."content_type" AS ENUM('discriminatory', 'sexual_or_misogynistic', 'disclosure_of_police_information', 'images_of_victims_or_scenes', 'other');--> statement-breakpoint
CREATE TYPE "public"."device" AS ENUM('personal', 'force_issued', 'not_known');--> statement-breakpoint
CREATE TYPE "public"."finding" AS ENUM('case_to_answer', 'no_case_to_answer', 'withdrawn', 'not_recorded');--> statement-breakpoint
CREATE TYPE "public"."outcome" AS ENUM('no_further_action', 'reflective_practice', 'management_advice', 'written_warning', 'final_written_warning', 'reduction_in_rank', 'dismissal_with_notice', 'dismissal_without_notice', 'would_have_been_dismissed');--> statement-breakpoint
CREATE TYPE "public"."person_status" AS ENUM('serving', 'left');--> statement-breakpoint
CREATE TYPE "public"."platform" AS ENUM('whatsapp', 'facebook', 'x_twitter', 'instagram', 'tiktok', 'snapchat', 'telegram', 'signal', 'linkedin', 'other', 'not_known');--> statement-breakpoint
CREATE TYPE "public"."proceedings" AS ENUM('misconduct_meeting', 'misconduct_hearing', 'accelerated_hearing', 'reflective_practice_review');--> statement-breakpoint
CREATE TYPE "public"."rank" AS ENUM('constable', 'sergeant', 'inspector', 'chief_inspector', 'superintendent', 'chief_superintendent', 'commander', 'deputy_assistant_commissioner', 'assistant_commissioner', 'deputy_commissioner', 'commissioner', 'special_constable', 'pcso', 'police_staff', 'not_stated');--> statement-breakpoint
CREATE TYPE "public"."rank_group" AS ENUM('constable', 'sergeant', 'inspector_and_above', 'police_staff', 'not_stated');--> statement-breakpoint
CREATE TYPE "public"."recommendation" AS ENUM('case_to_answer', 'no_case_to_answer');--> statement-breakpoint
CREATE TYPE "public"."regime" AS ENUM('2012', '2020');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('investigator', 'supervisor', 'senior_officer', 'foi_officer', 'admin', 'staff');--> statement-breakpoint
CREATE TYPE "public"."severity" AS ENUM('no_misconduct', 'practice_requiring_improvement', 'misconduct', 'gross_misconduct');--> statement-breakpoint
CREATE TYPE "public"."sign_in_outcome" AS ENUM('success', 'failure', 'locked');--> statement-breakpoint
CREATE TYPE "public"."source" AS ENUM('public_complaint', 'colleague_report', 'spot_check', 'intelligence', 'self_referral', 'other');--> statement-breakpoint
CREATE TYPE "public"."stage" AS ENUM('recorded', 'assessment', 'investigation', 'decision', 'proceedings', 'outcome', 'finalised', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."standard" AS ENUM('honesty_and_integrity', 'authority_respect_and_courtesy', 'equality_and_diversity', 'use_of_force', 'orders_and_instructions', 'duties_and_responsibilities', 'confidentiality', 'fitness_for_work', 'discreditable_conduct', 'challenging_and_reporting_improper_conduct');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_role" "role",
	"action" varchar(80) NOT NULL,
	"entity_type" varchar(40),
	"entity_id" varchar(80),
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_access_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_access_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"granted_by" integer NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ref" varchar(20) NOT NULL,
	"summary" text NOT NULL,
	"source" "source" NOT NULL,
	"platform" "platform" NOT NULL,
	"channel" "channel" NOT NULL,
	"group_size" integer,
	"content_type" "content_type" NOT NULL,
	"device" "device" NOT NULL,
	"incident_on" date,
	"recorded_on" date NOT NULL,
	"status" "stage" DEFAULT 'recorded' NOT NULL,
	"stage_due_on" date,
	"assigned_to" integer,
	"team" varchar(100),
	"restricted" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_number" varchar(20) NOT NULL,
	"name" varchar(200) NOT NULL,
	"rank" "rank" NOT NULL,
	"unit" varchar(120),
	"command" varchar(120),
	"status" "person_status" DEFAULT 'serving' NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_service_number_unique" UNIQUE("service_number")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_reason" varchar(40),
	"ip" varchar(64)
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" varchar(254) NOT NULL,
	"ip" varchar(64) NOT NULL,
	"outcome" "sign_in_outcome" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subjects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"rank" "rank" NOT NULL,
	"rank_group" "rank_group" GENERATED ALWAYS AS (CASE WHEN rank = 'constable' THEN 'constable'::rank_group WHEN rank = 'sergeant' THEN 'sergeant'::rank_group WHEN rank = 'inspector' THEN 'inspector_and_above'::rank_group WHEN rank = 'chief_inspector' THEN 'inspector_and_above'::rank_group WHEN rank = 'superintendent' THEN 'inspector_and_above'::rank_group WHEN rank = 'chief_superintendent' THEN 'inspector_and_above'::rank_group WHEN rank = 'commander' THEN 'inspector_and_above'::rank_group WHEN rank = 'deputy_assistant_commissioner' THEN 'inspector_and_above'::rank_group WHEN rank = 'assistant_commissioner' THEN 'inspector_and_above'::rank_group WHEN rank = 'deputy_commissioner' THEN 'inspector_and_above'::rank_group WHEN rank = 'commissioner' THEN 'inspector_and_above'::rank_group WHEN rank = 'special_constable' THEN 'constable'::rank_group WHEN rank = 'pcso' THEN 'police_staff'::rank_group WHEN rank = 'police_staff' THEN 'police_staff'::rank_group WHEN rank = 'not_stated' THEN 'not_stated'::rank_group END) STORED,
	"standards" "standard"[] DEFAULT '{}' NOT NULL,
	"allegation" text,
	"severity" "severity",
	"severity_on" date,
	"recommendation" "recommendation",
	"recommendation_on" date,
	"finding" "finding",
	"finding_on" date,
	"finding_rationale" text,
	"proceedings" "proceedings",
	"proceedings_on" date,
	"outcome" "outcome",
	"outcome_on" date,
	"regime" "regime" NOT NULL,
	"stage" "stage" DEFAULT 'recorded' NOT NULL,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" varchar(254) NOT NULL,
	"name" varchar(200) NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text,
	"team" varchar(100),
	"disabled" boolean DEFAULT false NOT NULL,
	"oidc_subject" varchar(255),
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_oidc_subject_unique" UNIQUE("oidc_subject")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD CONSTRAINT "case_access_grants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD CONSTRAINT "case_access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD CONSTRAINT "case_access_grants_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "case_access_grants_case_user_idx" ON "case_access_grants" USING btree ("case_id","user_id");--> statement-breakpoint
CREATE INDEX "cases_recorded_on_idx" ON "cases" USING btree ("recorded_on");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_assigned_to_idx" ON "cases" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("name");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "subjects_case_person_idx" ON "subjects" USING btree ("case_id","person_id");--> statement-breakpoint
CREATE INDEX "subjects_person_idx" ON "subjects" USING btree ("person_id");