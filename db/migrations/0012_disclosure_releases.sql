CREATE TABLE "disclosure_releases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disclosure_releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"role" "role" NOT NULL,
	"served_to" integer,
	"channel" varchar(20) NOT NULL,
	"spec" jsonb NOT NULL,
	"shown" jsonb NOT NULL,
	"served_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_served_to_users_id_fk" FOREIGN KEY ("served_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_releases_role_served_idx" ON "disclosure_releases" USING btree ("role","served_at");