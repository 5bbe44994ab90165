CREATE TYPE "public"."drop_outcome" AS ENUM('succeeded', 'failed');--> statement-breakpoint
ALTER TYPE "public"."order_status" ADD VALUE 'authorized';--> statement-breakpoint
ALTER TYPE "public"."order_status" ADD VALUE 'partially_refunded';--> statement-breakpoint
CREATE TABLE "post_views_daily" (
	"post_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_views_daily_post_id_day_pk" PRIMARY KEY("post_id","day")
);
--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "stripe_account_id" text;--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "charges_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "payouts_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "platform_fee_minor" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "refunded_minor" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "fulfilled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tracking_ref" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "drop_goal" integer;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "drop_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "drop_outcome" "drop_outcome";--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "sku" text;--> statement-breakpoint
ALTER TABLE "post_views_daily" ADD CONSTRAINT "post_views_daily_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "posts_open_drop_idx" ON "posts" USING btree ("drop_ends_at") WHERE "posts"."drop_goal" is not null and "posts"."drop_outcome" is null;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_stripe_account_id_unique" UNIQUE("stripe_account_id");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_refunded_within_amount" CHECK ("orders"."refunded_minor" between 0 and "orders"."amount_minor");--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_drop_goal_positive" CHECK ("posts"."drop_goal" is null or "posts"."drop_goal" > 0);