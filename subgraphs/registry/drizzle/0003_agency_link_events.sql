CREATE TABLE "agency_link_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agency_link_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"batch" bigint NOT NULL,
	"action" text NOT NULL,
	"agency" text NOT NULL,
	"youth_id" uuid NOT NULL,
	"local_id" text NOT NULL,
	"recorded_by" text,
	"reason" text,
	"database_user" text NOT NULL,
	CONSTRAINT "agency_link_event_action" CHECK ("agency_link_event"."action" in ('LINK', 'UNLINK'))
);
--> statement-breakpoint
CREATE INDEX "agency_link_event_agency" ON "agency_link_event" USING btree ("agency","id");--> statement-breakpoint
-- The crosswalk records its own changes: whatever adds or removes an agency_link row (the
-- coordinators' tool, a seed, SQL typed by hand), the database writes one event per row in the
-- same transaction. A link is never changed in place (end it, add the new one) nor truncated.
CREATE FUNCTION "registry_agency_link_recorded"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "agency_link_event" ("batch", "action", "agency", "youth_id", "local_id", "recorded_by", "reason", "database_user")
      SELECT txid_current(), 'LINK', "agency", "youth_id", "local_id",
        nullif(current_setting('hub.actor', true), ''), nullif(current_setting('hub.reason', true), ''), current_user
      FROM "added_links";
  ELSE
    INSERT INTO "agency_link_event" ("batch", "action", "agency", "youth_id", "local_id", "recorded_by", "reason", "database_user")
      SELECT txid_current(), 'UNLINK', "agency", "youth_id", "local_id",
        nullif(current_setting('hub.actor', true), ''), nullif(current_setting('hub.reason', true), ''), current_user
      FROM "removed_links";
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "agency_link_added" AFTER INSERT ON "agency_link" REFERENCING NEW TABLE AS "added_links"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_agency_link_recorded"();--> statement-breakpoint
CREATE TRIGGER "agency_link_removed" AFTER DELETE ON "agency_link" REFERENCING OLD TABLE AS "removed_links"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_agency_link_recorded"();--> statement-breakpoint
CREATE FUNCTION "registry_agency_link_not_in_place"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agency_link: % refused (end a link and add the new one, so both are recorded)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "agency_link_no_update" BEFORE UPDATE ON "agency_link"
  FOR EACH ROW EXECUTE FUNCTION "registry_agency_link_not_in_place"();--> statement-breakpoint
CREATE TRIGGER "agency_link_no_truncate" BEFORE TRUNCATE ON "agency_link"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_agency_link_not_in_place"();--> statement-breakpoint
-- The record itself is append-only.
CREATE FUNCTION "registry_agency_link_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agency_link_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "agency_link_event_no_update_or_delete" BEFORE UPDATE OR DELETE ON "agency_link_event"
  FOR EACH ROW EXECUTE FUNCTION "registry_agency_link_event_append_only"();--> statement-breakpoint
CREATE TRIGGER "agency_link_event_no_truncate" BEFORE TRUNCATE ON "agency_link_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_agency_link_event_append_only"();
