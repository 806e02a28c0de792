CREATE TYPE "public"."bystander_decision" AS ENUM('subject', 'no_action');--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD COLUMN "bystander_decision" "bystander_decision";--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD COLUMN "bystander_reason" text;--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD COLUMN "bystander_decided_on" date;--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD COLUMN "bystander_decided_by" integer;--> statement-breakpoint
ALTER TABLE "chat_group_members" ADD CONSTRAINT "chat_group_members_bystander_decided_by_users_id_fk" FOREIGN KEY ("bystander_decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;