CREATE TABLE "consent_restriction" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"categories" text[] NOT NULL,
	"recipient_agencies" text[] NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_restriction_lift" (
	"restriction_id" uuid PRIMARY KEY NOT NULL,
	"lifted_at" timestamp with time zone NOT NULL,
	"lifted_by" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdt_team_end" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"how" text NOT NULL,
	"ended_on" date NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"ended_by" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "mdt_team_end_how" CHECK ("mdt_team_end"."how" in ('TEAM_CLOSED', 'YOUTH_LEFT'))
);
--> statement-breakpoint
CREATE TABLE "treatment_program" (
	"id" text PRIMARY KEY NOT NULL,
	"agency" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treatment_program_staff" (
	"program_id" text NOT NULL,
	"person_id" text NOT NULL,
	"name" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	CONSTRAINT "treatment_program_staff_program_id_person_id_pk" PRIMARY KEY("program_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "treatment_program_youth" (
	"program_id" text NOT NULL,
	"youth_id" uuid NOT NULL,
	"admitted_on" date NOT NULL,
	CONSTRAINT "treatment_program_youth_program_id_youth_id_pk" PRIMARY KEY("program_id","youth_id")
);
--> statement-breakpoint
ALTER TABLE "consent" ADD COLUMN "within_team" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "consent_restriction" ADD CONSTRAINT "consent_restriction_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_restriction_lift" ADD CONSTRAINT "consent_restriction_lift_restriction_id_consent_restriction_id_fk" FOREIGN KEY ("restriction_id") REFERENCES "public"."consent_restriction"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_team_end" ADD CONSTRAINT "mdt_team_end_team_id_mdt_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."mdt_team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_program_staff" ADD CONSTRAINT "treatment_program_staff_program_id_treatment_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."treatment_program"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_program_youth" ADD CONSTRAINT "treatment_program_youth_program_id_treatment_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."treatment_program"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_program_youth" ADD CONSTRAINT "treatment_program_youth_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_restriction_youth" ON "consent_restriction" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "treatment_program_staff_person" ON "treatment_program_staff" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "treatment_program_youth_youth" ON "treatment_program_youth" USING btree ("youth_id");