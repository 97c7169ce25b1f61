CREATE TABLE "agency_link" (
	"youth_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"local_id" text NOT NULL,
	CONSTRAINT "agency_link_agency_local_id_pk" PRIMARY KEY("agency","local_id")
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"grantor" text NOT NULL,
	"categories" text[] NOT NULL,
	"recipient_agencies" text[] NOT NULL,
	"purposes" text[] NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"effective_to" timestamp with time zone,
	"form_reference" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "court_order" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"categories" text[] NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"effective_to" timestamp with time zone,
	"case_number" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdt_team" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"convened_on" date NOT NULL,
	CONSTRAINT "mdt_team_youth_id_unique" UNIQUE("youth_id")
);
--> statement-breakpoint
CREATE TABLE "team_member" (
	"team_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"name" text NOT NULL,
	"agency" text NOT NULL,
	"role" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	CONSTRAINT "team_member_team_id_person_id_from_date_pk" PRIMARY KEY("team_id","person_id","from_date")
);
--> statement-breakpoint
CREATE TABLE "youth" (
	"id" uuid PRIMARY KEY NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"preferred_name" text,
	"date_of_birth" date NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agency_link" ADD CONSTRAINT "agency_link_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_order" ADD CONSTRAINT "court_order_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_team" ADD CONSTRAINT "mdt_team_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_team_id_mdt_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."mdt_team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agency_link_youth_agency" ON "agency_link" USING btree ("youth_id","agency");--> statement-breakpoint
CREATE INDEX "consent_youth" ON "consent" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "court_order_youth" ON "court_order" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "team_member_person" ON "team_member" USING btree ("person_id");