-- Nothing moves a post to `removed` (lib/catalog/post-lifecycle.ts): a moderator's takedown is `hidden`.
-- Postgres cannot drop an enum value, so the type is made again; the partial index on published
-- posts names the old type in its predicate, so it is dropped first and built again after. Any
-- `removed` row turns `hidden` while the column is text: on a new database both values were added
-- to the old type in this same transaction (0002), where Postgres refuses to use them.
DROP INDEX "posts_published_keyset_idx";--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
UPDATE "posts" SET "status" = 'hidden' WHERE "status" = 'removed';--> statement-breakpoint
DROP TYPE "public"."post_status";--> statement-breakpoint
CREATE TYPE "public"."post_status" AS ENUM('draft', 'published', 'archived', 'pending_review', 'hidden');--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "status" SET DATA TYPE "public"."post_status" USING "status"::"public"."post_status";--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "status" SET DEFAULT 'draft';--> statement-breakpoint
CREATE INDEX "posts_published_keyset_idx" ON "posts" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "posts"."status" = 'published';
