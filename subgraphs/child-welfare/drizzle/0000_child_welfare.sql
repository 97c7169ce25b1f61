CREATE TABLE "cw_csec_indicator" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"indicator" text NOT NULL,
	"observed_on" date NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cw_case" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"dependency_status" text NOT NULL,
	"case_opened_on" date NOT NULL,
	"worker_id" text NOT NULL,
	"worker_name" text NOT NULL,
	"safety_plan_summary" text,
	"safety_plan_updated_on" date,
	CONSTRAINT "cw_case_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
CREATE TABLE "cw_placement" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"kind" text NOT NULL,
	"provider_name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "cw_referral" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"received_on" date NOT NULL,
	"allegation" text NOT NULL,
	"disposition" text NOT NULL,
	"canra_report" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cw_runaway_episode" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"left_on" date NOT NULL,
	"returned_on" date,
	"found_at" text
);
--> statement-breakpoint
ALTER TABLE "cw_csec_indicator" ADD CONSTRAINT "cw_csec_indicator_local_id_cw_case_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."cw_case"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cw_placement" ADD CONSTRAINT "cw_placement_local_id_cw_case_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."cw_case"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cw_referral" ADD CONSTRAINT "cw_referral_local_id_cw_case_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."cw_case"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cw_runaway_episode" ADD CONSTRAINT "cw_runaway_episode_local_id_cw_case_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."cw_case"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cw_indicator_case" ON "cw_csec_indicator" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "cw_placement_case" ON "cw_placement" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "cw_referral_case" ON "cw_referral" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "cw_runaway_case" ON "cw_runaway_episode" USING btree ("local_id");