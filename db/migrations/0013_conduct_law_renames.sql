-- Hand-written (drizzle-kit cannot express enum value renames): the vocabulary of the
-- conduct regulations (issue 16). The next migration, generated, recreates the two types
-- with their new value lists; these renames make every stored value fit them.
-- "Referred to the reflective practice review process" (2020 reg 42(1)(b); Part 6).
ALTER TYPE "public"."outcome" RENAME VALUE 'reflective_practice' TO 'referred_to_rprp';--> statement-breakpoint
-- "Accelerated misconduct hearing" (2020 reg 2(1), Part 5); 2012-regime ones become
-- special case hearings (SI 2012/2632 reg 55) in the next migration, once that value exists.
ALTER TYPE "public"."proceedings" RENAME VALUE 'accelerated_hearing' TO 'accelerated_misconduct_hearing';--> statement-breakpoint
-- The reflective practice review process is not misconduct proceedings (2020 Part 6):
-- the referral stays as the outcome, the forum is cleared.
UPDATE "subjects" SET "proceedings" = NULL WHERE "proceedings" = 'reflective_practice_review';
