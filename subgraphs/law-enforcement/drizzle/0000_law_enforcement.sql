CREATE TABLE "law_enforcement_client" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"detective_id" text NOT NULL,
	"detective_name" text NOT NULL,
	CONSTRAINT "law_enforcement_client_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
CREATE TABLE "law_enforcement_contact" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "law_enforcement_investigation" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"report_number" text NOT NULL,
	"opened_on" date NOT NULL,
	"youth_role" text NOT NULL,
	"status" text NOT NULL,
	"referred_to_da_on" date,
	"suspected_offenses" jsonb NOT NULL,
	CONSTRAINT "law_enforcement_investigation_report_number_unique" UNIQUE("report_number")
);
--> statement-breakpoint
CREATE TABLE "law_enforcement_missing_person_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"report_number" text NOT NULL,
	"reported_at" text NOT NULL,
	"reported_by" text NOT NULL,
	"ncic_entered_at" text,
	"cleared_at" text,
	CONSTRAINT "law_enforcement_missing_person_report_report_number_unique" UNIQUE("report_number")
);
--> statement-breakpoint
CREATE TABLE "law_enforcement_protective_order" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"order_number" text NOT NULL,
	"kind" text NOT NULL,
	"restrained_party" text NOT NULL,
	"status" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date
);
--> statement-breakpoint
ALTER TABLE "law_enforcement_contact" ADD CONSTRAINT "law_enforcement_contact_local_id_law_enforcement_client_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."law_enforcement_client"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_enforcement_investigation" ADD CONSTRAINT "law_enforcement_investigation_local_id_law_enforcement_client_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."law_enforcement_client"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_enforcement_missing_person_report" ADD CONSTRAINT "law_enforcement_missing_person_report_local_id_law_enforcement_client_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."law_enforcement_client"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "law_enforcement_protective_order" ADD CONSTRAINT "law_enforcement_protective_order_local_id_law_enforcement_client_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."law_enforcement_client"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "law_enforcement_contact_client" ON "law_enforcement_contact" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "law_enforcement_investigation_client" ON "law_enforcement_investigation" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "law_enforcement_missing_person_report_client" ON "law_enforcement_missing_person_report" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "law_enforcement_protective_order_client" ON "law_enforcement_protective_order" USING btree ("local_id");