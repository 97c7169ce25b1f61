CREATE TABLE "probation_runaway_episode" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"left_on" date NOT NULL,
	"returned_on" date,
	"found_at" text,
	"started_at" timestamp with time zone NOT NULL,
	"reported_by" text,
	"le_report_number" text,
	"le_reported_at" timestamp with time zone,
	"ncmec_report_number" text,
	"ncmec_reported_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"debrief_location" text,
	"exploited_while_absent" boolean,
	"screened_on_return" boolean,
	"exploitation_timing" text
);
--> statement-breakpoint
ALTER TABLE "probation_runaway_episode" ADD CONSTRAINT "probation_runaway_episode_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "probation_runaway_youth" ON "probation_runaway_episode" USING btree ("local_id");