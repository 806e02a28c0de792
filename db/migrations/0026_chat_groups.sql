CREATE TYPE "public"."group_part" AS ENUM('author', 'endorsed', 'silent', 'challenged', 'reported');--> statement-breakpoint
CREATE TABLE "chat_group_cases" (
	"group_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"linked_by" integer NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_group_cases_group_id_case_id_pk" PRIMARY KEY("group_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "chat_group_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chat_group_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"group_id" integer NOT NULL,
	"display_name" varchar(200) NOT NULL,
	"person_id" integer,
	"outside_force" boolean DEFAULT false NOT NULL,
	"outside_description" varchar(500),
	"joined_on" date,
	"left_on" date,
	"removed_on" date,
	"added_by" varchar(200),
	"message_count" integer DEFAULT 0 NOT NULL,
	"first_message_at" timestamp,
	"last_message_at" timestamp,
	"part" "group_part",
	"reported_on" date,
	"reported_to" varchar(200),
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_group_members_name_key" UNIQUE("group_id","display_name"),
	CONSTRAINT "chat_group_members_outside_check" CHECK (not ("chat_group_members"."outside_force" and "chat_group_members"."person_id" is not null)),
	CONSTRAINT "chat_group_members_reported_check" CHECK (case when "chat_group_members"."part" = 'reported' then "chat_group_members"."reported_on" is not null and "chat_group_members"."reported_to" is not null else "chat_group_members"."reported_on" is null and "chat_group_members"."reported_to" is null end),
	CONSTRAINT "chat_group_members_messages_check" CHECK ("chat_group_members"."message_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "chat_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chat_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"platform" "platform" NOT NULL,
	"name" varchar(200) NOT NULL,
	"created_on" date,
	"export_evidence_id" integer,
	"export_file_name" varchar(255),
	"export_sha256" varchar(64),
	"export_size_bytes" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_groups_export_check" CHECK (("chat_groups"."export_evidence_id" is null and "chat_groups"."export_file_name" is null and "chat_groups"."export_sha256" is null and "chat_groups"."export_size_bytes" is null) or ("chat_groups"."export_evidence_id" is not null and "chat_groups"."export_file_name" is not null and "chat_groups"."export_sha256" is not null and "chat_groups"."export_size_bytes" is not null))
);
--> statement-breakpoint
ALTER TABLE "chat_group_cases" ADD CONSTRAINT "chat_group_cases_group_id_chat_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."chat_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_group_cases" ADD CONSTRAINT "chat_group_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_group_cases" ADD CONSTRAINT "chat_group_cases_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD CONSTRAINT "chat_group_members_group_id_chat_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."chat_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD CONSTRAINT "chat_group_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_groups" ADD CONSTRAINT "chat_groups_export_evidence_id_evidence_id_fk" FOREIGN KEY ("export_evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_groups" ADD CONSTRAINT "chat_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_group_cases_case_idx" ON "chat_group_cases" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_group_members_person_idx" ON "chat_group_members" USING btree ("group_id","person_id") WHERE "chat_group_members"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "chat_group_members_person_lookup_idx" ON "chat_group_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_groups_export_evidence_idx" ON "chat_groups" USING btree ("export_evidence_id");--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers): the statistics count subject
-- officers by their part in a group linked to their case (dimension group_part), so a
-- change to a membership's person or part, or to which cases a group is linked to, moves
-- the figures version (migration 0020) as a change to a subject does.
CREATE TRIGGER chat_group_members_figures_version AFTER INSERT OR DELETE OR UPDATE OF group_id, person_id, part ON chat_group_members
FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
--> statement-breakpoint
CREATE TRIGGER chat_group_members_figures_version_truncate AFTER TRUNCATE ON chat_group_members FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
--> statement-breakpoint
CREATE TRIGGER chat_group_cases_figures_version AFTER INSERT OR DELETE OR UPDATE OF group_id, case_id ON chat_group_cases
FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
--> statement-breakpoint
CREATE TRIGGER chat_group_cases_figures_version_truncate AFTER TRUNCATE ON chat_group_cases FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
