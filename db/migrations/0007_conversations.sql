CREATE TYPE "public"."conversation_kind" AS ENUM('brand', 'system');--> statement-breakpoint
CREATE TYPE "public"."message_audience" AS ENUM('both', 'buyer', 'brand');--> statement-breakpoint
CREATE TYPE "public"."message_sender" AS ENUM('buyer', 'brand', 'system');--> statement-breakpoint
ALTER TYPE "public"."moderation_action_kind" ADD VALUE 'remove_message';--> statement-breakpoint
ALTER TYPE "public"."moderation_target_type" ADD VALUE 'message';--> statement-breakpoint
CREATE TABLE "conversation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"sender" "message_sender" NOT NULL,
	"audience" "message_audience" DEFAULT 'both' NOT NULL,
	"author_id" text,
	"body" text,
	"message_key" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"order_id" uuid,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_messages_has_content" CHECK (("conversation_messages"."body" is not null) <> ("conversation_messages"."message_key" is not null))
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "conversation_kind" NOT NULL,
	"buyer_id" text NOT NULL,
	"brand_id" uuid,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"buyer_unread" integer DEFAULT 0 NOT NULL,
	"brand_unread" integer DEFAULT 0 NOT NULL,
	"buyer_read_seq" integer DEFAULT 0 NOT NULL,
	"brand_read_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_kind_brand" CHECK (("conversations"."kind" = 'brand') = ("conversations"."brand_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_buyer_id_users_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_messages_seq_unique" ON "conversation_messages" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE INDEX "conversation_messages_author_idx" ON "conversation_messages" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "conversation_messages_order_id_idx" ON "conversation_messages" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_buyer_brand_unique" ON "conversations" USING btree ("buyer_id","brand_id") WHERE "conversations"."brand_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_system_unique" ON "conversations" USING btree ("buyer_id") WHERE "conversations"."kind" = 'system';--> statement-breakpoint
CREATE INDEX "conversations_buyer_list_idx" ON "conversations" USING btree ("buyer_id","last_message_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conversations_brand_list_idx" ON "conversations" USING btree ("brand_id","last_message_at" DESC NULLS LAST,"id" DESC NULLS LAST);