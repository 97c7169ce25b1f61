CREATE TABLE "da_charge" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "da_court_date" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"scheduled_on" date NOT NULL,
	"kind" text NOT NULL,
	"department" text NOT NULL,
	"appearance_required" boolean NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "da_case" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"case_number" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"referred_on" date NOT NULL,
	"filed_on" date,
	CONSTRAINT "da_case_victim_case" UNIQUE("local_id","case_number")
);
--> statement-breakpoint
CREATE TABLE "da_protective_order" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"kind" text NOT NULL,
	"restrained_party" text NOT NULL,
	"terms" text[] NOT NULL,
	"status" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date
);
--> statement-breakpoint
CREATE TABLE "da_victim" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"advocate_id" text,
	"advocate_name" text,
	"advocate_assigned_on" date,
	CONSTRAINT "da_victim_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
ALTER TABLE "da_charge" ADD CONSTRAINT "da_charge_case_id_da_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."da_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "da_court_date" ADD CONSTRAINT "da_court_date_case_id_da_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."da_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "da_case" ADD CONSTRAINT "da_case_local_id_da_victim_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."da_victim"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "da_protective_order" ADD CONSTRAINT "da_protective_order_case_id_da_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."da_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "da_charge_case" ON "da_charge" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "da_court_date_case" ON "da_court_date" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "da_protective_order_case" ON "da_protective_order" USING btree ("case_id");