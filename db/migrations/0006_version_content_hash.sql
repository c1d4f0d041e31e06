-- A version's sha256 becomes the content hash of its rows (see
-- lib/datasets/content-hash.ts); the JSONL export's own sha256 and length,
-- which it used to be, are kept beside the other formats' digests.
INSERT INTO "dataset_version_file" ("version_id", "format", "sha256", "bytes")
SELECT "id", 'jsonl', "sha256", "jsonl_bytes" FROM "dataset_version"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
SET LOCAL extra_float_digits = 1;
--> statement-breakpoint
UPDATE "dataset_version" v SET "sha256" = (
  SELECT encode(sha256(convert_to(coalesce(string_agg(
    row(r.row_key, r.prediction_id, r.model_version, r.region, r.client,
      (extract(epoch from r.ts) * 1000000)::int8, r.text, r.predicted_label, r.label,
      r.source, r.agreement, r.features)::text || E'\n', '' ORDER BY r.row_key), ''),
    'UTF8')), 'hex')
  FROM "dataset_version_row" r WHERE r.version_id = v.id
);
--> statement-breakpoint
ALTER TABLE "dataset_version" DROP COLUMN "jsonl_bytes";
