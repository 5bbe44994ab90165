CREATE TYPE "public"."draw_entry_status" AS ENUM('entered', 'withdrawn', 'void', 'offered', 'won', 'lapsed', 'lost');--> statement-breakpoint
CREATE TYPE "public"."draw_status" AS ENUM('open', 'drawn', 'finished');--> statement-breakpoint
CREATE TABLE "draw_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "draw_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"draw_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"variant_id" uuid NOT NULL,
	"payment_method_id" text NOT NULL,
	"card_fingerprint" text NOT NULL,
	"card_summary" text NOT NULL,
	"status" "draw_entry_status" DEFAULT 'entered' NOT NULL,
	"rank" integer,
	"order_id" uuid,
	"offer_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draw_variants" (
	"draw_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"units" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "draw_variants_draw_id_variant_id_pk" PRIMARY KEY("draw_id","variant_id"),
	CONSTRAINT "draw_variants_units_positive" CHECK ("draw_variants"."units" > 0)
);
--> statement-breakpoint
CREATE TABLE "draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"brand_id" uuid NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"min_account_age_days" integer,
	"require_verified_email" boolean DEFAULT false NOT NULL,
	"require_follower" boolean DEFAULT false NOT NULL,
	"seed_commitment" text NOT NULL,
	"seed" text NOT NULL,
	"status" "draw_status" DEFAULT 'open' NOT NULL,
	"shared_card_attempts" integer DEFAULT 0 NOT NULL,
	"drawn_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "draws_window_order" CHECK ("draws"."closes_at" > "draws"."opens_at"),
	CONSTRAINT "draws_window_max_7_days" CHECK ("draws"."closes_at" - "draws"."opens_at" <= interval '7 days'),
	CONSTRAINT "draws_min_account_age" CHECK ("draws"."min_account_age_days" is null or "draws"."min_account_age_days" between 1 and 3650)
);
--> statement-breakpoint
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_draw_id_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draws"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_entries" ADD CONSTRAINT "draw_entries_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_variants" ADD CONSTRAINT "draw_variants_draw_id_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."draws"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draw_variants" ADD CONSTRAINT "draw_variants_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draws" ADD CONSTRAINT "draws_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draws" ADD CONSTRAINT "draws_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "draw_entries_one_per_user" ON "draw_entries" USING btree ("draw_id","user_id") WHERE "draw_entries"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "draw_entries_one_per_card" ON "draw_entries" USING btree ("draw_id","card_fingerprint") WHERE "draw_entries"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "draw_entries_draw_status_idx" ON "draw_entries" USING btree ("draw_id","status","rank");--> statement-breakpoint
CREATE INDEX "draw_entries_user_id_idx" ON "draw_entries" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "draw_entries_variant_id_idx" ON "draw_entries" USING btree ("variant_id");--> statement-breakpoint
CREATE INDEX "draw_entries_order_id_idx" ON "draw_entries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "draw_variants_variant_id_idx" ON "draw_variants" USING btree ("variant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "draws_post_id_unique" ON "draws" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "draws_brand_id_idx" ON "draws" USING btree ("brand_id");--> statement-breakpoint
CREATE INDEX "draws_due_idx" ON "draws" USING btree ("closes_at") WHERE "draws"."status" <> 'finished';