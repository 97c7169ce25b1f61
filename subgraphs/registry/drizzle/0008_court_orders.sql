CREATE TABLE "court_order_end" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"ended_by" text NOT NULL,
	"reason" text NOT NULL,
	"superseded_by" uuid
);
--> statement-breakpoint
ALTER TABLE "court_order" ADD COLUMN "court" text;--> statement-breakpoint
ALTER TABLE "court_order" ADD COLUMN "order_reference" text;--> statement-breakpoint
ALTER TABLE "court_order" ADD COLUMN "purposes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "court_order" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "court_order" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "court_order" ADD COLUMN "supersedes" uuid;--> statement-breakpoint
ALTER TABLE "court_order_end" ADD CONSTRAINT "court_order_end_order_id_court_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."court_order"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_order_end" ADD CONSTRAINT "court_order_end_superseded_by_court_order_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."court_order"("id") ON DELETE no action ON UPDATE no action;