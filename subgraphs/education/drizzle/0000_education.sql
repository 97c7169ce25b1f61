CREATE TABLE "edu_attendance" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"school_year" text NOT NULL,
	"days_enrolled" integer NOT NULL,
	"days_absent" integer NOT NULL,
	CONSTRAINT "edu_attendance_student_year" UNIQUE("local_id","school_year"),
	CONSTRAINT "edu_attendance_days" CHECK ("edu_attendance"."days_absent" >= 0 and "edu_attendance"."days_absent" <= "edu_attendance"."days_enrolled")
);
--> statement-breakpoint
CREATE TABLE "edu_enrollment" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"school_name" text NOT NULL,
	"district" text NOT NULL,
	"grade_level" integer NOT NULL,
	"entered_on" date NOT NULL,
	"exited_on" date,
	"exit_reason" text
);
--> statement-breakpoint
CREATE TABLE "edu_special_education" (
	"local_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"eligibility" text,
	"iep_date" date,
	"next_review_on" date,
	"next_reevaluation_on" date
);
--> statement-breakpoint
CREATE TABLE "edu_student" (
	"local_id" text PRIMARY KEY NOT NULL,
	"hub_youth_id" uuid NOT NULL,
	"liaison_id" text NOT NULL,
	"liaison_name" text NOT NULL,
	"credits_earned" numeric(5, 1),
	"credits_required" numeric(5, 1),
	"credits_as_of" date,
	CONSTRAINT "edu_student_hub_youth_id_unique" UNIQUE("hub_youth_id")
);
--> statement-breakpoint
ALTER TABLE "edu_attendance" ADD CONSTRAINT "edu_attendance_local_id_edu_student_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."edu_student"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_enrollment" ADD CONSTRAINT "edu_enrollment_local_id_edu_student_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."edu_student"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edu_special_education" ADD CONSTRAINT "edu_special_education_local_id_edu_student_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."edu_student"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "edu_enrollment_student" ON "edu_enrollment" USING btree ("local_id");