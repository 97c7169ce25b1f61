CREATE TABLE "youth_look" (
	"viewer_sub" text NOT NULL,
	"youth_id" uuid NOT NULL,
	"looked_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "youth_look_viewer_sub_youth_id_pk" PRIMARY KEY("viewer_sub","youth_id")
);
--> statement-breakpoint
ALTER TABLE "youth_look" ADD CONSTRAINT "youth_look_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;