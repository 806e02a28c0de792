CREATE TYPE "public"."report_status" AS ENUM('submitted', 'triaged', 'converted', 'closed');--> statement-breakpoint
CREATE TABLE "content_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "content_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ref" varchar(20) NOT NULL,
	"reporter_id" integer NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"platform" "platform" NOT NULL,
	"group_name" varchar(200),
	"seen_on" date,
	"people_involved" text,
	"content_sha256" varchar(64) NOT NULL,
	"status" "report_status" DEFAULT 'submitted' NOT NULL,
	"case_id" integer,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_reports_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_reports_reporter_idx" ON "content_reports" USING btree ("reporter_id");