ALTER TYPE "public"."outcome" ADD VALUE 'staff_management_action';--> statement-breakpoint
ALTER TYPE "public"."outcome" ADD VALUE 'staff_first_written_warning';--> statement-breakpoint
ALTER TYPE "public"."outcome" ADD VALUE 'staff_final_written_warning';--> statement-breakpoint
ALTER TYPE "public"."outcome" ADD VALUE 'staff_dismissal_with_notice';--> statement-breakpoint
ALTER TYPE "public"."outcome" ADD VALUE 'staff_summary_dismissal';--> statement-breakpoint
ALTER TYPE "public"."proceedings" ADD VALUE 'staff_disciplinary_hearing';