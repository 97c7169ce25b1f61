CREATE TABLE "mdt_referral" (
	"id" uuid PRIMARY KEY NOT NULL,
	"youth_id" uuid,
	"referring_agency" text NOT NULL,
	"local_id" text,
	"given_name" text,
	"family_name" text,
	"date_of_birth" date,
	"referred_by" text NOT NULL,
	"referred_by_name" text NOT NULL,
	"referred_by_role" text NOT NULL,
	"reasons" text NOT NULL,
	"indicators" text[] DEFAULT '{}' NOT NULL,
	"urgency" text NOT NULL,
	"urgency_reason" text,
	"safety_concerns" text NOT NULL,
	"known_consents_and_orders" text,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mdt_referral_urgency" CHECK ("mdt_referral"."urgency" in ('ROUTINE', 'URGENT')),
	CONSTRAINT "mdt_referral_urgent_reason" CHECK ("mdt_referral"."urgency" <> 'URGENT' or "mdt_referral"."urgency_reason" is not null),
	CONSTRAINT "mdt_referral_youth_or_local_id" CHECK (("mdt_referral"."youth_id" is null) = ("mdt_referral"."local_id" is not null) and ("mdt_referral"."local_id" is null) = ("mdt_referral"."given_name" is null)
        and ("mdt_referral"."local_id" is null) = ("mdt_referral"."family_name" is null) and ("mdt_referral"."local_id" is null) = ("mdt_referral"."date_of_birth" is null))
);
--> statement-breakpoint
CREATE TABLE "mdt_referral_decision" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"youth_id" uuid,
	"decided_by" text NOT NULL,
	"decided_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mdt_referral_decision_kind" CHECK ("mdt_referral_decision"."decision" in ('ACCEPTED', 'DECLINED')),
	CONSTRAINT "mdt_referral_accepted_youth" CHECK (("mdt_referral_decision"."decision" = 'ACCEPTED') = ("mdt_referral_decision"."youth_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "mdt_referral" ADD CONSTRAINT "mdt_referral_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_referral_decision" ADD CONSTRAINT "mdt_referral_decision_referral_id_mdt_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."mdt_referral"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mdt_referral_decision" ADD CONSTRAINT "mdt_referral_decision_youth_id_youth_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youth"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mdt_referral_referrer" ON "mdt_referral" USING btree ("referred_by","submitted_at");--> statement-breakpoint
-- A referral is kept as submitted, its decision as made: no row changed in place. Whoever asks.
CREATE FUNCTION "registry_referral_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%: % refused (a referral and its decision are kept as recorded)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "mdt_referral_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_referral"
  FOR EACH ROW EXECUTE FUNCTION "registry_referral_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_referral_no_truncate" BEFORE TRUNCATE ON "mdt_referral"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_referral_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_referral_decision_no_update_or_delete" BEFORE UPDATE OR DELETE ON "mdt_referral_decision"
  FOR EACH ROW EXECUTE FUNCTION "registry_referral_append_only"();--> statement-breakpoint
CREATE TRIGGER "mdt_referral_decision_no_truncate" BEFORE TRUNCATE ON "mdt_referral_decision"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_referral_append_only"();
