CREATE TABLE "mdt_meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"trigger_kind" text,
	"triggered_at" timestamp (3) with time zone,
	"scheduled_by" text NOT NULL,
	"scheduled_by_name" text NOT NULL,
	"scheduled_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mdt_meeting_kind" CHECK ("mdt_meeting"."kind" in ('MONTHLY', 'URGENT')),
	CONSTRAINT "mdt_meeting_urgent_trigger" CHECK (("mdt_meeting"."kind" = 'URGENT') = ("mdt_meeting"."trigger_kind" is not null and "mdt_meeting"."triggered_at" is not null)
        and ("mdt_meeting"."kind" <> 'URGENT' or ("mdt_meeting"."starts_at" >= "mdt_meeting"."triggered_at" and "mdt_meeting"."starts_at" <= "mdt_meeting"."triggered_at" + interval '72 hours')))
);
--> statement-breakpoint
CREATE TABLE "mdt_meeting_attendance" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mdt_meeting_attendance_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_id" uuid NOT NULL,
	"attendees" text[] NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mdt_meeting_invitee" (
	"meeting_id" uuid NOT NULL,
	"person_sub" text NOT NULL,
	"name" text NOT NULL,
	"agency" text NOT NULL,
	"role" text NOT NULL,
	"not_shown" uuid[] NOT NULL,
	CONSTRAINT "mdt_meeting_invitee_meeting_id_person_sub_pk" PRIMARY KEY("meeting_id","person_sub")
);
--> statement-breakpoint
CREATE TABLE "mdt_meeting_youth" (
	"meeting_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"slot_starts_at" timestamp (3) with time zone NOT NULL,
	"minutes" bigint NOT NULL,
	CONSTRAINT "mdt_meeting_youth_meeting_id_youth_id_pk" PRIMARY KEY("meeting_id","youth_id"),
	CONSTRAINT "mdt_meeting_youth_minutes" CHECK ("mdt_meeting_youth"."minutes" between 5 and 240)
);
--> statement-breakpoint
ALTER TABLE "mdt_meeting_attendance" ADD CONSTRAINT "mdt_meeting_attendance_meeting_id_mdt_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mdt_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_meeting_invitee" ADD CONSTRAINT "mdt_meeting_invitee_meeting_id_mdt_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mdt_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_meeting_youth" ADD CONSTRAINT "mdt_meeting_youth_meeting_id_mdt_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mdt_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_meeting_youth" ADD CONSTRAINT "mdt_meeting_youth_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mdt_meeting_starts" ON "mdt_meeting" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "mdt_meeting_attendance_meeting" ON "mdt_meeting_attendance" USING btree ("meeting_id","id");--> statement-breakpoint
CREATE INDEX "mdt_meeting_invitee_person" ON "mdt_meeting_invitee" USING btree ("person_sub");--> statement-breakpoint
CREATE UNIQUE INDEX "mdt_meeting_youth_slot" ON "mdt_meeting_youth" USING btree ("meeting_id","slot_starts_at");--> statement-breakpoint
CREATE INDEX "mdt_meeting_youth_youth" ON "mdt_meeting_youth" USING btree ("youth_id");--> statement-breakpoint
-- A meeting is kept as scheduled (its agenda and invitations with it); attendance is re-recorded by
-- new rows. Whoever asks. The function is migration 0007's.
CREATE TRIGGER "mdt_meeting_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_meeting"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_no_truncate" BEFORE TRUNCATE ON "mdt_meeting"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_youth_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_meeting_youth"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_youth_no_truncate" BEFORE TRUNCATE ON "mdt_meeting_youth"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_invitee_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_meeting_invitee"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_invitee_no_truncate" BEFORE TRUNCATE ON "mdt_meeting_invitee"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_attendance_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_meeting_attendance"
  FOR EACH ROW EXECUTE FUNCTION "registry_mdt_record_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_meeting_attendance_no_truncate" BEFORE TRUNCATE ON "mdt_meeting_attendance"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_mdt_record_append_only"();
