CREATE TABLE "emergency_grant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"requester_sub" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_agency" text NOT NULL,
	"requester_role" text NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"review_status" text DEFAULT 'OPEN' NOT NULL,
	"finding" text,
	"review_note" text,
	"reviewed_by" text,
	"reviewed_at" timestamp (3) with time zone,
	CONSTRAINT "emergency_grant_expires_after_granted" CHECK ("emergency_grant"."expires_at" > "emergency_grant"."granted_at"),
	CONSTRAINT "emergency_grant_review_status" CHECK ("emergency_grant"."review_status" in ('OPEN', 'CLOSED')),
	CONSTRAINT "emergency_grant_review_complete" CHECK (("emergency_grant"."review_status" = 'OPEN' and "emergency_grant"."finding" is null and "emergency_grant"."reviewed_by" is null and "emergency_grant"."reviewed_at" is null)
        or ("emergency_grant"."review_status" = 'CLOSED' and "emergency_grant"."finding" is not null and "emergency_grant"."review_note" is not null
          and "emergency_grant"."reviewed_by" is not null and "emergency_grant"."reviewed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "log_checkpoint" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "log_checkpoint_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subgraph" text NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"row_at" timestamp (3) with time zone NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "log_checkpoint_seq" CHECK ("log_checkpoint"."seq" >= 0),
	CONSTRAINT "log_checkpoint_hash" CHECK ("log_checkpoint"."hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "emergency_grant" ADD CONSTRAINT "emergency_grant_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emergency_grant_requester" ON "emergency_grant" USING btree ("requester_sub","youth_id","expires_at");--> statement-breakpoint
CREATE INDEX "emergency_grant_review" ON "emergency_grant" USING btree ("review_status","granted_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "log_checkpoint_subgraph_seq" ON "log_checkpoint" USING btree ("subgraph","seq");