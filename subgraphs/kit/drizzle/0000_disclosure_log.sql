CREATE TABLE "disclosure_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"request_id" text NOT NULL,
	"viewer_sub" text NOT NULL,
	"viewer_name" text,
	"viewer_agency" text NOT NULL,
	"viewer_role" text NOT NULL,
	"purpose" text NOT NULL,
	"access" text NOT NULL,
	"youth_id" text NOT NULL,
	"released" text[] NOT NULL,
	"denied" text[] NOT NULL,
	"policy_version" text NOT NULL,
	"emergency_grant_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "disclosure_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE INDEX "disclosure_log_youth" ON "disclosure_log" USING btree ("youth_id","at");--> statement-breakpoint
CREATE INDEX "disclosure_log_viewer" ON "disclosure_log" USING btree ("viewer_sub","at");--> statement-breakpoint
-- Append-only, enforced by the database itself: no UPDATE, DELETE or TRUNCATE, whoever asks.
-- (A superuser can still disable triggers; the hash chain and the registry's checkpoints catch that.)
CREATE FUNCTION "hub_disclosure_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'disclosure_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "disclosure_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "disclosure_log"
  FOR EACH ROW EXECUTE FUNCTION "hub_disclosure_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "disclosure_log_no_truncate" BEFORE TRUNCATE ON "disclosure_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "hub_disclosure_log_append_only"();
