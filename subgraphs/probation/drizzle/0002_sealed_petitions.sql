ALTER TABLE "delinquency_case" ADD COLUMN "sealed_on" date;--> statement-breakpoint
ALTER TABLE "delinquency_case" ADD COLUMN "sealed_under" text;