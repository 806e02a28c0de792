CREATE TYPE "public"."criminal_outcome" AS ENUM('not_charged', 'discontinued', 'acquitted', 'convicted');--> statement-breakpoint
CREATE TYPE "public"."measure_kind" AS ENUM('suspension', 'restricted_duties');--> statement-breakpoint
CREATE TABLE "criminal_proceedings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "criminal_proceedings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subject_id" integer NOT NULL,
	"referred_on" date NOT NULL,
	"offence" text NOT NULL,
	"indictable_only" boolean DEFAULT false NOT NULL,
	"charged_on" date,
	"outcome" "criminal_outcome",
	"outcome_on" date,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criminal_proceedings_subject_id_unique" UNIQUE("subject_id")
);
--> statement-breakpoint
CREATE TABLE "subject_measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subject_measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subject_id" integer NOT NULL,
	"kind" "measure_kind" NOT NULL,
	"started_on" date NOT NULL,
	"reason" text NOT NULL,
	"last_reviewed_on" date,
	"ended_on" date,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "criminal_proceedings" ADD CONSTRAINT "criminal_proceedings_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_proceedings" ADD CONSTRAINT "criminal_proceedings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_measures" ADD CONSTRAINT "subject_measures_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_measures" ADD CONSTRAINT "subject_measures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subject_measures_open_idx" ON "subject_measures" USING btree ("subject_id") WHERE ended_on is null;