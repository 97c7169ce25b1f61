ALTER TABLE "emergency_grant" ADD COLUMN "ended_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "emergency_grant" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "emergency_grant" ADD COLUMN "ended_reason" text;--> statement-breakpoint
ALTER TABLE "emergency_grant" ADD CONSTRAINT "emergency_grant_end_complete" CHECK (("emergency_grant"."ended_at" is null and "emergency_grant"."ended_by" is null and "emergency_grant"."ended_reason" is null)
        or ("emergency_grant"."ended_at" is not null and "emergency_grant"."ended_by" is not null and "emergency_grant"."ended_reason" is not null));--> statement-breakpoint
-- A grant's history is kept: what was granted (who, why, when, until) never changes, a review
-- closes once, and an end is recorded once. Enforced by the database itself on every UPDATE, whoever
-- asks. (DELETE is left to the operator's grants: the fuzz tests reset a viewer's grant that way.)
CREATE FUNCTION "registry_emergency_grant_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.youth_id, NEW.requester_sub, NEW.requester_name, NEW.requester_agency, NEW.requester_role,
      NEW.reason, NEW.granted_at, NEW.expires_at)
     IS DISTINCT FROM (OLD.id, OLD.youth_id, OLD.requester_sub, OLD.requester_name, OLD.requester_agency,
      OLD.requester_role, OLD.reason, OLD.granted_at, OLD.expires_at)
     OR (OLD.review_status = 'CLOSED' AND (NEW.review_status, NEW.finding, NEW.review_note, NEW.reviewed_by,
      NEW.reviewed_at) IS DISTINCT FROM (OLD.review_status, OLD.finding, OLD.review_note, OLD.reviewed_by,
      OLD.reviewed_at))
     OR (OLD.ended_at IS NOT NULL AND (NEW.ended_at, NEW.ended_by, NEW.ended_reason)
      IS DISTINCT FROM (OLD.ended_at, OLD.ended_by, OLD.ended_reason)) THEN
    RAISE EXCEPTION 'emergency_grant keeps its history: only an open review closes and an end is recorded once'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "emergency_grant_history" BEFORE UPDATE ON "emergency_grant"
  FOR EACH ROW EXECUTE FUNCTION "registry_emergency_grant_history"();
