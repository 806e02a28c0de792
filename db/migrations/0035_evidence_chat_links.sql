CREATE TABLE "evidence_chat_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_chat_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evidence_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"message_at" timestamp,
	"note" varchar(500),
	"linked_by" integer NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_chat_links" ADD CONSTRAINT "evidence_chat_links_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_chat_links" ADD CONSTRAINT "evidence_chat_links_member_id_chat_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."chat_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_chat_links" ADD CONSTRAINT "evidence_chat_links_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_chat_links_member_idx" ON "evidence_chat_links" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "evidence_chat_links_evidence_idx" ON "evidence_chat_links" USING btree ("evidence_id");