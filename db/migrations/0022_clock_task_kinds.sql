ALTER TYPE "public"."task_kind" ADD VALUE 'policing_body_report';--> statement-breakpoint
ALTER TYPE "public"."task_kind" ADD VALUE 'referral_response';