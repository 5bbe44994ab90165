-- Cached public pages (issue #10) are dropped by the database itself: every write to what a feed,
-- post or brand page shows NOTIFYs 'hashcart_cache' with the cache tags it changed (lib/catalog/
-- public-cache.ts). A NOTIFY is delivered on commit, to every app instance listening, whatever code
-- path made the write (actions, webhooks, moderation, sweepers). Stock is deliberately not here: a
-- sale would empty the cache under a drop; the cache re-reads stock at most a second old instead.
CREATE FUNCTION cache_notify(tags text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE payload text;
BEGIN
  payload := array_to_string(ARRAY(SELECT DISTINCT t FROM unnest(tags) t WHERE t IS NOT NULL), ' ');
  IF payload = '' THEN RETURN; END IF;
  -- NOTIFY payloads stop at 8000 bytes; a bulk write simply empties the caches.
  IF octet_length(payload) > 7000 THEN payload := '*'; END IF;
  PERFORM pg_notify('hashcart_cache', payload);
END $$;--> statement-breakpoint
CREATE FUNCTION cache_posts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM cache_notify(ARRAY(SELECT unnest(ARRAY['feed:explore', 'feed:brand:' || n.brand_id]) FROM new_rows n WHERE n.status = 'published'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM cache_notify(ARRAY(SELECT unnest(ARRAY['post:' || o.id, 'feed:explore', 'feed:brand:' || o.brand_id]) FROM old_rows o));
  ELSE
    -- Any change shows on the pages holding the post; a change of status or publication time
    -- also changes which posts a feed lists.
    PERFORM cache_notify(ARRAY(
      SELECT 'post:' || n.id FROM new_rows n
      UNION ALL
      SELECT unnest(ARRAY['feed:explore', 'feed:brand:' || n.brand_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.status IS DISTINCT FROM o.status OR n.published_at IS DISTINCT FROM o.published_at
      UNION ALL
      SELECT 'feed:tag:' || h.tag FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN post_hashtags h ON h.post_id = n.id
        WHERE n.status IS DISTINCT FROM o.status OR n.published_at IS DISTINCT FROM o.published_at));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER posts_cache_insert AFTER INSERT ON posts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_posts_changed();--> statement-breakpoint
CREATE TRIGGER posts_cache_update AFTER UPDATE ON posts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_posts_changed();--> statement-breakpoint
CREATE TRIGGER posts_cache_delete AFTER DELETE ON posts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_posts_changed();--> statement-breakpoint
CREATE FUNCTION cache_post_parts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM cache_notify(ARRAY(SELECT 'post:' || n.post_id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM cache_notify(ARRAY(SELECT 'post:' || o.post_id FROM old_rows o));
  ELSIF TG_TABLE_NAME = 'variants' THEN
    -- A stock-only update (every sale) is left to the stock re-read; labels and prices are not.
    PERFORM cache_notify(ARRAY(SELECT 'post:' || n.post_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.label, n.price_minor, n.currency, n.position) IS DISTINCT FROM (o.label, o.price_minor, o.currency, o.position)));
  ELSE
    PERFORM cache_notify(ARRAY(SELECT 'post:' || n.post_id FROM new_rows n));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER variants_cache_insert AFTER INSERT ON variants REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_post_parts_changed();--> statement-breakpoint
CREATE TRIGGER variants_cache_update AFTER UPDATE ON variants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_post_parts_changed();--> statement-breakpoint
CREATE TRIGGER variants_cache_delete AFTER DELETE ON variants REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_post_parts_changed();--> statement-breakpoint
CREATE TRIGGER post_images_cache_insert AFTER INSERT ON post_images REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_post_parts_changed();--> statement-breakpoint
CREATE TRIGGER post_images_cache_update AFTER UPDATE ON post_images REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_post_parts_changed();--> statement-breakpoint
CREATE TRIGGER post_images_cache_delete AFTER DELETE ON post_images REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_post_parts_changed();--> statement-breakpoint
CREATE FUNCTION cache_tags_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM cache_notify(ARRAY(SELECT 'feed:tag:' || n.tag FROM new_rows n));
  ELSE
    PERFORM cache_notify(ARRAY(SELECT 'feed:tag:' || o.tag FROM old_rows o));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER post_hashtags_cache_insert AFTER INSERT ON post_hashtags REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_tags_changed();--> statement-breakpoint
CREATE TRIGGER post_hashtags_cache_delete AFTER DELETE ON post_hashtags REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_tags_changed();--> statement-breakpoint
CREATE FUNCTION cache_brands_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM cache_notify(ARRAY(SELECT 'brand:' || n.id FROM new_rows n));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER brands_cache_update AFTER UPDATE ON brands REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cache_brands_changed();
