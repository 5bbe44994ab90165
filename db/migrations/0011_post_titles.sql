-- Existing posts take their title from the first non-blank line of their body, cut to 80 characters
-- on a word boundary (a single longer word is cut hard); a post with no text is "Untitled post".
ALTER TABLE "posts" ADD COLUMN "title" text;--> statement-breakpoint
UPDATE "posts" SET "title" = coalesce(nullif(btrim(CASE
    WHEN char_length(line) <= 80 THEN line
    ELSE left(regexp_replace(line, '^(.{1,80})\s.*$', '\1'), 80)
  END), ''), 'Untitled post')
FROM (SELECT "id" AS line_id, btrim(substring("body" from '[^\n]*\S[^\n]*')) AS line FROM "posts") AS first_lines
WHERE "posts"."id" = first_lines.line_id;--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_title_length" CHECK (char_length("posts"."title") between 1 and 80);
