CREATE TABLE "privacy_alert_finding" (
	"alert_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"agency" text NOT NULL,
	"day" date NOT NULL,
	"subject" text NOT NULL,
	"finding" text NOT NULL,
	"note" text NOT NULL,
	"closed_by" text NOT NULL,
	"closed_by_name" text,
	"closed_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "privacy_alert_finding_kind" CHECK ("privacy_alert_finding"."finding" in ('LEGITIMATE', 'MISUSE', 'INCONCLUSIVE'))
);
--> statement-breakpoint
CREATE INDEX "privacy_alert_finding_day" ON "privacy_alert_finding" USING btree ("day");--> statement-breakpoint
-- Append-only, enforced by the database itself, as delivery_failure is (migration 0006).
CREATE FUNCTION "registry_privacy_alert_finding_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'privacy_alert_finding is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "privacy_alert_finding_no_update_or_delete" BEFORE UPDATE OR DELETE ON "privacy_alert_finding"
  FOR EACH ROW EXECUTE FUNCTION "registry_privacy_alert_finding_append_only"();--> statement-breakpoint
CREATE TRIGGER "privacy_alert_finding_no_truncate" BEFORE TRUNCATE ON "privacy_alert_finding"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_privacy_alert_finding_append_only"();
