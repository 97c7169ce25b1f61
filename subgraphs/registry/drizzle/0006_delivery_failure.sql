CREATE TABLE "delivery_failure" (
	"request_id" text NOT NULL,
	"subgraph" text NOT NULL,
	"viewer_sub" text NOT NULL,
	"youth_ids" uuid[] NOT NULL,
	"reported_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_failure_request_id_subgraph_pk" PRIMARY KEY("request_id","subgraph")
);
--> statement-breakpoint
CREATE INDEX "delivery_failure_youths" ON "delivery_failure" USING gin ("youth_ids");--> statement-breakpoint
-- Append-only, enforced by the database itself, as log_checkpoint is (migration 0002).
CREATE FUNCTION "registry_delivery_failure_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'delivery_failure is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "delivery_failure_no_update_or_delete" BEFORE UPDATE OR DELETE ON "delivery_failure"
  FOR EACH ROW EXECUTE FUNCTION "registry_delivery_failure_append_only"();--> statement-breakpoint
CREATE TRIGGER "delivery_failure_no_truncate" BEFORE TRUNCATE ON "delivery_failure"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_delivery_failure_append_only"();
