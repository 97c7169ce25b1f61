CREATE TABLE "pd_client" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"defender_id" text NOT NULL,
	"defender_name" text NOT NULL,
	CONSTRAINT "pd_client_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
CREATE TABLE "pd_communication" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"occurred_on" date NOT NULL,
	"channel" text NOT NULL,
	"attorney_id" text NOT NULL,
	"attorney" text NOT NULL,
	"summary" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pd_matter" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"matter_number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"next_hearing_on" date,
	"next_hearing_kind" text,
	CONSTRAINT "pd_matter_matter_number_unique" UNIQUE("matter_number")
);
--> statement-breakpoint
ALTER TABLE "pd_communication" ADD CONSTRAINT "pd_communication_local_id_pd_client_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."pd_client"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pd_matter" ADD CONSTRAINT "pd_matter_local_id_pd_client_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."pd_client"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pd_communication_client" ON "pd_communication" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "pd_matter_client" ON "pd_matter" USING btree ("local_id");