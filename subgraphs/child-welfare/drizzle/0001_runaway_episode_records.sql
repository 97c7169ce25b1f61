-- Episodes recorded before this migration knew only the day: they start at noon UTC that day.
ALTER TABLE "cw_runaway_episode" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "reported_by" text;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "le_report_number" text;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "le_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "ncmec_report_number" text;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "ncmec_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "debrief_location" text;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "exploited_while_absent" boolean;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "screened_on_return" boolean;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD COLUMN "exploitation_timing" text;--> statement-breakpoint
UPDATE "cw_runaway_episode" SET "started_at" = ("left_on" + time '12:00') at time zone 'UTC',
  "returned_at" = ("returned_on" + time '12:00') at time zone 'UTC';--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ALTER COLUMN "started_at" SET NOT NULL;
