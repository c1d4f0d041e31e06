-- A version's sha256 becomes the content hash of its rows (see
-- lib/datasets/content-hash.ts). Existing versions are marked unhashed (empty)
-- and hashed by the server after start-up, a row at a time: one SQL aggregate
-- would hold a whole version's text in memory. Their old sha256, that of a
-- JSONL export whose writer has changed since, is not kept: the manifest
-- measures each export file afresh.
UPDATE "dataset_version" SET "sha256" = '';
--> statement-breakpoint
ALTER TABLE "dataset_version" DROP COLUMN "jsonl_bytes";
