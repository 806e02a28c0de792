CREATE TYPE "public"."report_source" AS ENUM('duty_to_report', 'protective_monitoring');--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source" "report_source" NOT NULL,
	"idempotency_key" varchar(200) NOT NULL,
	"body_sha256" char(64) NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"report_id" integer,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_key" UNIQUE("source","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "content_reports" ALTER COLUMN "reporter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "source" "report_source" DEFAULT 'duty_to_report' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "source_ref" varchar(100);--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_report_id_content_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."content_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_reporter_check" CHECK ("content_reports"."reporter_id" is not null or "content_reports"."source" = 'protective_monitoring');