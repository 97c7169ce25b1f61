CREATE TABLE "sud_counseling_note" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"written_on" date NOT NULL,
	"author_id" text NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sud_counseling_note" ADD CONSTRAINT "sud_counseling_note_local_id_health_patient_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."health_patient"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sud_counseling_note_patient" ON "sud_counseling_note" USING btree ("local_id","author_id");