CREATE TABLE "cw_csec_screening" (
	"id" serial PRIMARY KEY NOT NULL,
	"local_id" text NOT NULL,
	"tool" text NOT NULL,
	"tool_version" text NOT NULL,
	"screened_on" date NOT NULL,
	"screener_name" text NOT NULL,
	"level" text NOT NULL,
	"indicators" text[] NOT NULL,
	"next_rescreen_due" date
);
--> statement-breakpoint
ALTER TABLE "cw_csec_screening" ADD CONSTRAINT "cw_csec_screening_local_id_cw_case_local_id_fk" FOREIGN KEY ("local_id") REFERENCES "public"."cw_case"("local_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cw_screening_case" ON "cw_csec_screening" USING btree ("local_id","screened_on");