-- log_checkpoint is append-only, enforced by the database itself: no UPDATE, DELETE or TRUNCATE,
-- whoever asks. (The kit's disclosure_log has its own, differently named, function.)
CREATE FUNCTION "registry_checkpoint_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'log_checkpoint is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "log_checkpoint_no_update_or_delete" BEFORE UPDATE OR DELETE ON "log_checkpoint"
  FOR EACH ROW EXECUTE FUNCTION "registry_checkpoint_append_only"();--> statement-breakpoint
CREATE TRIGGER "log_checkpoint_no_truncate" BEFORE TRUNCATE ON "log_checkpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "registry_checkpoint_append_only"();
