-- The brand's automatic answers in a reply thread are stored as a message key with params and worded
-- in each reader's language when read (issue #13); people's replies keep their text. Older answers keep theirs.
ALTER TABLE "replies" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "message_key" text;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "message_params" jsonb;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_text_or_message" CHECK (("replies"."body" is not null) <> ("replies"."message_key" is not null));--> statement-breakpoint
-- The audit log's target names kept only what people wrote; the kind of target ("Post", "Beitrag")
-- is worded when read. Rewrite the names written in English before this change the same way.
UPDATE "moderation_actions" SET "target_name" = regexp_replace("target_name", '^Post "(.*)" by @(\S+)$', '"\1" · @\2') WHERE "target_type"::text = 'post' AND "target_name" ~ '^Post ".*" by @\S+$';--> statement-breakpoint
UPDATE "moderation_actions" SET "target_name" = regexp_replace("target_name", '^Reply "(.*)" by (.*)$', '"\1" · \2') WHERE "target_type"::text = 'reply' AND "target_name" ~ '^Reply ".*" by ';--> statement-breakpoint
UPDATE "moderation_actions" SET "target_name" = regexp_replace("target_name", '^Message "(.*)" by (.*) to/from @(\S+)$', '"\1" · \2 · @\3') WHERE "target_type"::text = 'message' AND "target_name" ~ '^Message ".*" by .* to/from @\S+$';--> statement-breakpoint
UPDATE "moderation_actions" SET "target_name" = regexp_replace("target_name", '^Message "(.*)" by (.*)$', '"\1" · \2') WHERE "target_type"::text = 'message' AND "target_name" ~ '^Message ".*" by ';
