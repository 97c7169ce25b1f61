CREATE TABLE "mdt_action_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"meeting_id" uuid,
	"text" text NOT NULL,
	"owner_sub" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_agency" text NOT NULL,
	"due_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_by_agency" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdt_action_item_update" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mdt_action_item_update_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"by" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mdt_action_item_update_status" CHECK ("mdt_action_item_update"."status" in ('OPEN', 'DONE', 'DROPPED')),
	CONSTRAINT "mdt_action_item_dropped_reason" CHECK ("mdt_action_item_update"."status" <> 'DROPPED' or "mdt_action_item_update"."note" is not null)
);
--> statement-breakpoint
CREATE TABLE "mdt_note" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid NOT NULL,
	"meeting_id" uuid,
	"text" text NOT NULL,
	"author_sub" text NOT NULL,
	"author_name" text NOT NULL,
	"author_agency" text NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"amends" uuid,
	"amend_reason" text,
	CONSTRAINT "mdt_note_amendment_has_reason" CHECK (("mdt_note"."amends" is null) = ("mdt_note"."amend_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "mdt_person" (
	"sub" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"agency" text NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_membership_end" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"ended_on" date NOT NULL,
	"ended_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ended_by" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_member" DROP CONSTRAINT "team_member_team_id_person_id_from_date_pk";--> statement-breakpoint
ALTER TABLE "team_member" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "team_member" ADD COLUMN "added_by" text;--> statement-breakpoint
ALTER TABLE "team_member" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "team_member" ADD COLUMN "recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "mdt_action_item" ADD CONSTRAINT "mdt_action_item_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_action_item_update" ADD CONSTRAINT "mdt_action_item_update_item_id_mdt_action_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."mdt_action_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_note" ADD CONSTRAINT "mdt_note_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_membership_end" ADD CONSTRAINT "team_membership_end_membership_id_team_member_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."team_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mdt_action_item_owner" ON "mdt_action_item" USING btree ("owner_sub","due_on");--> statement-breakpoint
CREATE INDEX "mdt_action_item_youth" ON "mdt_action_item" USING btree ("youth_id","due_on");--> statement-breakpoint
CREATE INDEX "mdt_action_item_update_item" ON "mdt_action_item_update" USING btree ("item_id","id");--> statement-breakpoint
CREATE INDEX "mdt_note_youth" ON "mdt_note" USING btree ("youth_id","recorded_at");--> statement-breakpoint
CREATE INDEX "mdt_note_amends" ON "mdt_note" USING btree ("amends");--> statement-breakpoint
CREATE INDEX "team_member_team" ON "team_member" USING btree ("team_id","person_id");--> statement-breakpoint
-- The roster keeps its history: a membership is never changed in place nor deleted (it is ended by
-- a team_membership_end row), and an end is never changed or deleted. Whoever asks.
CREATE FUNCTION "registry_roster_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%: % refused (the roster is append-only: end a membership, add a new one)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "team_member_no_update_or_delete" BEFORE UPDATE OR DELETE ON "team_member"
  FOR EACH ROW EXECUTE FUNCTION "registry_roster_append_only"();--> statement-breakpoint
CREATE TRIGGER "team_member_no_truncate" BEFORE TRUNCATE ON "team_member"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_roster_append_only"();--> statement-breakpoint
CREATE TRIGGER "team_membership_end_no_update_or_delete" BEFORE UPDATE OR DELETE ON "team_membership_end"
  FOR EACH ROW EXECUTE FUNCTION "registry_roster_append_only"();--> statement-breakpoint
CREATE TRIGGER "team_membership_end_no_truncate" BEFORE TRUNCATE ON "team_membership_end"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_roster_append_only"();
--> statement-breakpoint
-- Notes are amended, never edited; action items change status by new rows. Whoever asks.
CREATE FUNCTION "registry_mdt_record_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%: % refused (MDT notes are amended and action items updated by new rows)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "mdt_note_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_note"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_note_no_truncate" BEFORE TRUNCATE ON "mdt_note"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_action_item_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_action_item"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_action_item_no_truncate" BEFORE TRUNCATE ON "mdt_action_item"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_action_item_update_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_action_item_update"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_action_item_update_no_truncate" BEFORE TRUNCATE ON "mdt_action_item_update"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();
