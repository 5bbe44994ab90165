-- Draws on feed cards (#18): a draw's window and state belong to the cached post and feed pages, so
-- launching, re-timing or drawing it drops them ('post:<id>', migration 0013); its entry count is
-- live news instead (like stock: 10,000 entries in a minute must not empty the cache), announced on
-- 'hashcart_live' once per statement and coalesced per post by lib/live/hub.ts.
CREATE FUNCTION draws_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM cache_notify(ARRAY(SELECT 'post:' || n.post_id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM cache_notify(ARRAY(SELECT 'post:' || o.post_id FROM old_rows o));
  ELSE
    PERFORM cache_notify(ARRAY(SELECT 'post:' || n.post_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status, n.opens_at, n.closes_at) IS DISTINCT FROM (o.status, o.opens_at, o.closes_at)));
    PERFORM pg_notify('hashcart_live', json_build_object('t', 'draw', 'post', n.post_id)::text)
      FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status IS DISTINCT FROM o.status;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER draws_changed_insert AFTER INSERT ON draws REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION draws_changed();--> statement-breakpoint
CREATE TRIGGER draws_changed_update AFTER UPDATE ON draws REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION draws_changed();--> statement-breakpoint
CREATE TRIGGER draws_changed_delete AFTER DELETE ON draws REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION draws_changed();--> statement-breakpoint
CREATE FUNCTION draw_entries_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hashcart_live', json_build_object('t', 'draw', 'post', d.post_id)::text)
    FROM draws d WHERE d.id IN (SELECT n.draw_id FROM new_rows n);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER draw_entries_announce_insert AFTER INSERT ON draw_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION draw_entries_announce();--> statement-breakpoint
CREATE TRIGGER draw_entries_announce_update AFTER UPDATE ON draw_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION draw_entries_announce();
