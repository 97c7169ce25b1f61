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
ALTER TABLE "team_membership_end" ADD CONSTRAINT "team_membership_end_membership_id_team_member_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."team_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
