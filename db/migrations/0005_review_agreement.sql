ALTER TABLE "dataset_version_row" DROP CONSTRAINT "dataset_version_row_version_id_dataset_version_id_fk";
--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "agreement" double precision;--> statement-breakpoint
-- Items settled before this migration get the agreement their labels give.
UPDATE "review_item" i SET "agreement" = v.agree::float8 / v.n
FROM (
  SELECT l.item_id, count(*) AS n,
    count(*) FILTER (WHERE l.label = it.final_label) AS agree
  FROM "review_label" l JOIN "review_item" it ON it.id = l.item_id
  WHERE l.kind = 'label' AND l.undone_at IS NULL AND it.final_label IS NOT NULL
  GROUP BY l.item_id
) v
WHERE i.id = v.item_id;
--> statement-breakpoint
-- The Parquet writer changed (hyparquet-writer): digests kept for the old bytes
-- would no longer match what a download streams, so they are computed again.
DELETE FROM "dataset_version_file" WHERE "format" = 'parquet';
