CREATE TABLE "appointment" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"scheduled_on" date NOT NULL,
	"kind" text NOT NULL,
	"clinic" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medication" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"name" text NOT NULL,
	"dose" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mental_health_diagnosis" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"diagnosed_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mental_health_treatment" (
	"local_id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"clinician_name" text NOT NULL,
	"treatment_status" text NOT NULL,
	"next_appointment_on" date
);
--> statement-breakpoint
CREATE TABLE "health_patient" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"primary_clinician" text NOT NULL,
	"last_exam_on" date,
	CONSTRAINT "health_patient_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
CREATE TABLE "psychotherapy_note" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"written_on" date NOT NULL,
	"author_id" text NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sexual_health_visit" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"visit_on" date NOT NULL,
	"service" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "substance_use_treatment" (
	"local_id" text PRIMARY KEY NOT NULL,
	"program_name" text NOT NULL,
	"level_of_care" text NOT NULL,
	"admitted_on" date NOT NULL,
	"discharged_on" date,
	"status" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication" ADD CONSTRAINT "medication_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mental_health_diagnosis" ADD CONSTRAINT "mental_health_diagnosis_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mental_health_treatment" ADD CONSTRAINT "mental_health_treatment_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psychotherapy_note" ADD CONSTRAINT "psychotherapy_note_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sexual_health_visit" ADD CONSTRAINT "sexual_health_visit_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "substance_use_treatment" ADD CONSTRAINT "substance_use_treatment_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_patient" ON "appointment" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "medication_patient" ON "medication" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "mental_health_diagnosis_patient" ON "mental_health_diagnosis" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "psychotherapy_note_patient" ON "psychotherapy_note" USING btree ("local_id","author_id");--> statement-breakpoint
CREATE INDEX "sexual_health_visit_patient" ON "sexual_health_visit" USING btree ("local_id");