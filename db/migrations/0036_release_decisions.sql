CREATE TABLE "release_decisions" (
	"key" text PRIMARY KEY NOT NULL,
	"decision" jsonb,
	"made_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "release_decisions_made_at_idx" ON "release_decisions" USING btree ("made_at");