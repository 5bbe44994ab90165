CREATE TYPE "public"."waitlist_status" AS ENUM('waiting', 'offered', 'done');--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"variant_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"reply_id" uuid,
	"quantity" integer NOT NULL,
	"status" "waitlist_status" DEFAULT 'waiting' NOT NULL,
	"offered_order_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_quantity_positive" CHECK ("waitlist_entries"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "reply_id" uuid;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "as_brand_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "stripe_customer_id" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "hide_buy_badges" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_offered_order_id_orders_id_fk" FOREIGN KEY ("offered_order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "waitlist_entries_variant_idx" ON "waitlist_entries" USING btree ("variant_id","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_entries_user_id_idx" ON "waitlist_entries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "waitlist_entries_reply_id_idx" ON "waitlist_entries" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "waitlist_entries_offered_order_id_idx" ON "waitlist_entries" USING btree ("offered_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_one_open_per_user_variant" ON "waitlist_entries" USING btree ("user_id","variant_id") WHERE "waitlist_entries"."status" <> 'done';--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_as_brand_id_brands_id_fk" FOREIGN KEY ("as_brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orders_reply_id_idx" ON "orders" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "replies_as_brand_id_idx" ON "replies" USING btree ("as_brand_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_stripe_customer_id_unique" UNIQUE("stripe_customer_id");