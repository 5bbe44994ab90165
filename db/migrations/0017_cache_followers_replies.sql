-- A follow changes the follower count on the brand's page, a reply the thread on the post's page
-- (issue #10): both NOTIFY 'hashcart_cache' with a tag only that page carries — 'followers:<brand>',
-- 'replies:<post>' — so a cached brand or post page is dropped on every instance at commit, while
-- feed pages holding the post or brand stay (their reply counts are re-read with stock instead,
-- lib/catalog/public-cache.ts: a busy #buy thread must not keep emptying explore).
CREATE FUNCTION cache_follows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM cache_notify(ARRAY(SELECT 'followers:' || n.brand_id FROM new_rows n));
  ELSE
    PERFORM cache_notify(ARRAY(SELECT 'followers:' || o.brand_id FROM old_rows o));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER follows_cache_insert AFTER INSERT ON follows REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_follows_changed();--> statement-breakpoint
CREATE TRIGGER follows_cache_delete AFTER DELETE ON follows REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_follows_changed();--> statement-breakpoint
CREATE FUNCTION cache_replies_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM cache_notify(ARRAY(SELECT 'replies:' || o.post_id FROM old_rows o));
  ELSE
    PERFORM cache_notify(ARRAY(SELECT 'replies:' || n.post_id FROM new_rows n));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER replies_cache_insert AFTER INSERT ON replies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_replies_changed();--> statement-breakpoint
CREATE TRIGGER replies_cache_update AFTER UPDATE ON replies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_replies_changed();--> statement-breakpoint
CREATE TRIGGER replies_cache_delete AFTER DELETE ON replies REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_replies_changed();
