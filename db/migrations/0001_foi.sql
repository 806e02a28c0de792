CREATE TYPE "public"."foi_exemption" AS ENUM('s40_2', 's31', 's12');--> statement-breakpoint
CREATE TYPE "public"."foi_status" AS ENUM('received', 'in_progress', 'responded', 'withdrawn');--> statement-breakpoint
CREATE TABLE "foi_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "foi_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ref" varchar(20) NOT NULL,
	"received_on" date NOT NULL,
	"deadline_on" date NOT NULL,
	"subject" text NOT NULL,
	"status" "foi_status" DEFAULT 'received' NOT NULL,
	"exemptions" "foi_exemption"[] DEFAULT '{}' NOT NULL,
	"cost_estimate_hours" integer,
	"responded_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "foi_requests_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "published_tables" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "published_tables_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"foi_request_id" integer,
	"title" varchar(200) NOT NULL,
	"parameters" jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"csv_sha256" varchar(64) NOT NULL,
	"published_by" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "foi_requests" ADD CONSTRAINT "foi_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_tables" ADD CONSTRAINT "published_tables_foi_request_id_foi_requests_id_fk" FOREIGN KEY ("foi_request_id") REFERENCES "public"."foi_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_tables" ADD CONSTRAINT "published_tables_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;