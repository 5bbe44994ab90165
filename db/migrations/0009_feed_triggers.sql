-- Feeds served by indexes (issue #10). The following feed is fanned out on write into feed_entries,
-- and feed_entries / post_hashtags carry a copy of posts.published_at so their indexes hold the feed
-- order; these statement-level triggers keep both in step with posts and follows on every write path.
CREATE FUNCTION feed_fan_out_new_posts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO feed_entries (follower_id, post_id, published_at)
  SELECT f.follower_id, n.id, n.published_at FROM new_posts n JOIN follows f ON f.brand_id = n.brand_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER posts_fan_out AFTER INSERT ON posts REFERENCING NEW TABLE AS new_posts
  FOR EACH STATEMENT EXECUTE FUNCTION feed_fan_out_new_posts();--> statement-breakpoint
CREATE FUNCTION feed_copy_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE feed_entries e SET published_at = n.published_at
    FROM new_posts n JOIN old_posts o ON o.id = n.id
    WHERE e.post_id = n.id AND n.published_at IS DISTINCT FROM o.published_at;
  UPDATE post_hashtags h SET published_at = n.published_at
    FROM new_posts n JOIN old_posts o ON o.id = n.id
    WHERE h.post_id = n.id AND n.published_at IS DISTINCT FROM o.published_at;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER posts_copy_published_at AFTER UPDATE ON posts REFERENCING OLD TABLE AS old_posts NEW TABLE AS new_posts
  FOR EACH STATEMENT EXECUTE FUNCTION feed_copy_published_at();--> statement-breakpoint
CREATE FUNCTION feed_fan_in_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Every post of the brand, drafts included: publishing later only updates published_at.
  INSERT INTO feed_entries (follower_id, post_id, published_at)
  SELECT n.follower_id, p.id, p.published_at FROM new_follows n JOIN posts p ON p.brand_id = n.brand_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER follows_fan_in AFTER INSERT ON follows REFERENCING NEW TABLE AS new_follows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_fan_in_follows();--> statement-breakpoint
CREATE FUNCTION feed_drop_unfollowed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM feed_entries e USING old_follows o, posts p
    WHERE e.follower_id = o.follower_id AND p.brand_id = o.brand_id AND e.post_id = p.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER follows_drop_unfollowed AFTER DELETE ON follows REFERENCING OLD TABLE AS old_follows
  FOR EACH STATEMENT EXECUTE FUNCTION feed_drop_unfollowed();--> statement-breakpoint
-- Backfill: timelines of existing follows, and the tags of existing posts extracted the way
-- lib/catalog/hashtags.ts does (NFKC, lower case, letters/digits/'_' with at least one letter).
INSERT INTO feed_entries (follower_id, post_id, published_at)
SELECT f.follower_id, p.id, p.published_at FROM follows f JOIN posts p ON p.brand_id = f.brand_id
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO post_hashtags (post_id, tag, published_at)
SELECT DISTINCT p.id, lower(m[1]), p.published_at
FROM posts p, regexp_matches(normalize(p.body, NFKC), '(?<![[:alnum:]_])#([[:alnum:]_]*[[:alpha:]][[:alnum:]_]*)', 'g') AS m
WHERE char_length(m[1]) <= 64
ON CONFLICT DO NOTHING;
