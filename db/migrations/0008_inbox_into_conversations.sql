CREATE TABLE "feed_entries" (
	"follower_id" text NOT NULL,
	"post_id" uuid NOT NULL,
	"published_at" timestamp (3) with time zone,
	CONSTRAINT "feed_entries_follower_id_post_id_pk" PRIMARY KEY("follower_id","post_id")
);
--> statement-breakpoint
CREATE TABLE "post_hashtags" (
	"post_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_hashtags_post_id_tag_pk" PRIMARY KEY("post_id","tag")
);
--> statement-breakpoint
-- Existing inbox notices move into conversations: a notice about an order joins that order's
-- buyer–brand conversation (seen by the side it was sent to), anything else the person's Hashcart one.
INSERT INTO "conversations" ("kind", "buyer_id", "brand_id")
SELECT DISTINCT 'brand'::"conversation_kind", o."buyer_id", o."brand_id"
FROM "inbox_messages" m JOIN "orders" o ON m."href" = '/orders/' || o."id"::text
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "conversations" ("kind", "buyer_id")
SELECT DISTINCT 'system'::"conversation_kind", m."user_id"
FROM "inbox_messages" m
WHERE NOT EXISTS (SELECT 1 FROM "orders" o WHERE m."href" = '/orders/' || o."id"::text)
ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE TEMPORARY TABLE "moved_notices" AS
SELECT c."id" AS "conversation_id", m."body", m."href", m."created_at", m."read_at", o."id" AS "order_id",
  CASE WHEN c."kind" = 'system' OR m."user_id" = o."buyer_id" THEN 'buyer' ELSE 'brand' END AS "audience",
  row_number() OVER (PARTITION BY c."id" ORDER BY m."created_at", m."id")::int AS "seq"
FROM "inbox_messages" m
LEFT JOIN "orders" o ON m."href" = '/orders/' || o."id"::text
JOIN "conversations" c ON (o."id" IS NOT NULL AND c."buyer_id" = o."buyer_id" AND c."brand_id" = o."brand_id")
  OR (o."id" IS NULL AND c."kind" = 'system' AND c."buyer_id" = m."user_id");--> statement-breakpoint
INSERT INTO "conversation_messages" ("conversation_id", "seq", "sender", "audience", "message_key", "params", "order_id", "created_at")
SELECT "conversation_id", "seq", 'system', "audience"::"message_audience", 'notice.legacy',
  jsonb_build_object('body', "body", 'href', "href"), "order_id", "created_at"
FROM "moved_notices";--> statement-breakpoint
UPDATE "conversations" c SET
  "last_seq" = s."n", "last_message_at" = s."last_at",
  "buyer_unread" = s."buyer_unread", "brand_unread" = s."brand_unread",
  "buyer_read_seq" = s."n" - s."buyer_unread", "brand_read_seq" = s."n" - s."brand_unread"
FROM (
  SELECT "conversation_id", count(*)::int AS "n", max("created_at") AS "last_at",
    (count(*) FILTER (WHERE "read_at" IS NULL AND "audience" = 'buyer'))::int AS "buyer_unread",
    (count(*) FILTER (WHERE "read_at" IS NULL AND "audience" = 'brand'))::int AS "brand_unread"
  FROM "moved_notices" GROUP BY "conversation_id"
) s
WHERE s."conversation_id" = c."id";--> statement-breakpoint
DROP TABLE "moved_notices";--> statement-breakpoint
DROP TABLE "inbox_messages" CASCADE;--> statement-breakpoint
ALTER TABLE "feed_entries" ADD CONSTRAINT "feed_entries_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_entries" ADD CONSTRAINT "feed_entries_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_hashtags" ADD CONSTRAINT "post_hashtags_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feed_entries_keyset_idx" ON "feed_entries" USING btree ("follower_id","published_at" DESC NULLS LAST,"post_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "feed_entries_post_id_idx" ON "feed_entries" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "post_hashtags_tag_keyset_idx" ON "post_hashtags" USING btree ("tag","published_at" DESC NULLS LAST,"post_id" DESC NULLS LAST);--> statement-breakpoint
DROP TYPE "public"."inbox_kind";--> statement-breakpoint
-- Live updates (lib/live): stock and order changes announce themselves from the database, so every
-- writer (checkout, restock, refunds, moderation) is covered and the news crosses app instances.
CREATE FUNCTION "hashcart_announce_stock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."stock" IS DISTINCT FROM OLD."stock" THEN
    PERFORM pg_notify('hashcart_live', json_build_object('t', 'stock', 'post', NEW."post_id")::text);
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "variants_announce_stock" AFTER UPDATE OF "stock" ON "variants"
FOR EACH ROW EXECUTE FUNCTION "hashcart_announce_stock"();--> statement-breakpoint
CREATE FUNCTION "hashcart_announce_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IS DISTINCT FROM OLD."status" OR NEW."fulfilled_at" IS DISTINCT FROM OLD."fulfilled_at"
    OR NEW."refunded_minor" IS DISTINCT FROM OLD."refunded_minor" THEN
    PERFORM pg_notify('hashcart_live', json_build_object('t', 'order', 'order', NEW."id", 'status', NEW."status",
      'buyer', NEW."buyer_id", 'brand', NEW."brand_id")::text);
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "orders_announce_change" AFTER UPDATE ON "orders"
FOR EACH ROW EXECUTE FUNCTION "hashcart_announce_order"();
