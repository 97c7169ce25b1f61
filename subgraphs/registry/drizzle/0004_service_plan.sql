CREATE TABLE "service_need" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"identified_on" date NOT NULL,
	"status" text NOT NULL,
	"provider" text,
	"started_on" date,
	CONSTRAINT "service_need_domain" CHECK ("service_need"."domain" in ('HOUSING', 'EDUCATION', 'EMPLOYMENT', 'LEGAL', 'LIFE_SKILLS', 'MENTORING')),
	CONSTRAINT "service_need_status" CHECK ("service_need"."status" in ('IDENTIFIED', 'REFERRED', 'RECEIVING', 'COMPLETED'))
);
--> statement-breakpoint
ALTER TABLE "service_need" ADD CONSTRAINT "service_need_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_need_youth" ON "service_need" USING btree ("youth_id");