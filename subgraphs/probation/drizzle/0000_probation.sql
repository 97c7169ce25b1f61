CREATE TABLE "citation" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"issued_on" date NOT NULL,
	"offense" text NOT NULL,
	"issuing_agency" text NOT NULL,
	"disposition" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "csec_screening" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"screened_on" date NOT NULL,
	"tool" text NOT NULL,
	"result" text NOT NULL,
	"indicators" text[] NOT NULL,
	"reported_to_child_welfare_on" date
);
--> statement-breakpoint
CREATE TABLE "delinquency_case" (
	"local_id" text PRIMARY KEY NOT NULL,
	"petition_number" text,
	"petition_filed_on" date,
	"court_status" text NOT NULL,
	"next_hearing_on" date
);
--> statement-breakpoint
CREATE TABLE "detention_episode" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"admitted_on" date NOT NULL,
	"released_on" date,
	"facility" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_youth" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"csec_status" text,
	"csec_documented_on" date,
	CONSTRAINT "probation_youth_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
CREATE TABLE "supervision" (
	"local_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"started_on" date NOT NULL,
	"ends_on" date,
	"officer_id" text NOT NULL,
	"officer_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_condition" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"condition" text NOT NULL,
	"imposed_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "probation_violation" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"response" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citation" ADD CONSTRAINT "citation_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csec_screening" ADD CONSTRAINT "csec_screening_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delinquency_case" ADD CONSTRAINT "delinquency_case_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "detention_episode" ADD CONSTRAINT "detention_episode_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision" ADD CONSTRAINT "supervision_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_condition" ADD CONSTRAINT "supervision_condition_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probation_violation" ADD CONSTRAINT "probation_violation_local_id_probation_youth_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."probation_youth"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citation_youth" ON "citation" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "csec_screening_youth" ON "csec_screening" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "detention_episode_youth" ON "detention_episode" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "supervision_condition_youth" ON "supervision_condition" USING btree ("local_id");--> statement-breakpoint
CREATE INDEX "probation_violation_youth" ON "probation_violation" USING btree ("local_id");