/**
 * Statement parts both ways of storing predictions share (one statement
 * over JSON, or COPY and a follow-up): queueing review items, registering
 * versions and counting them. Plain SQL text without parameters, so it fits
 * a drizzle statement and a postgres.js one alike.
 */
import { AGE_BOOST_PER_SECOND } from "@/lib/review/rules";

// Shards per version tally: enough that concurrent connections rarely share one.
const TALLY_SHARDS = 16;

/**
 * Inserts a review item for each row of `source`: a relation of (id,
 * model_key, region, review_reason, uncertainty, output_label) holding only
 * the predictions that go to review.
 */
export function insertReviewItems(source: string): string {
  return `
    insert into review_item (prediction_id, model_key, region, reason, priority, rank,
      predicted_label, labels_needed)
    select i.id, i.model_key, i.region, i.review_reason, i.uncertainty,
      i.uncertainty - ${AGE_BOOST_PER_SECOND}::float8 * extract(epoch from now()),
      i.output_label, m.labels_per_item
    from ${source} i join model m on m.key = i.model_key`;
}

/**
 * Two CTEs, `versions` and `tallies`: register each version of `counted`, a
 * relation of (model_key, version, predictions, first_seen_at, last_seen_at)
 * with one row per version, and add its counts to this connection's shard.
 * Both in one order for every writer, so two batches cannot deadlock on them.
 */
export function countVersions(counted: string): string {
  return `
    versions as (
      insert into model_version (model_key, version)
      select model_key, version from ${counted}
      order by model_key, version
      on conflict do nothing
    ), tallies as (
      insert into model_version_tally (model_key, version, shard, predictions, first_seen_at,
        last_seen_at)
      select model_key, version, pg_backend_pid() % ${TALLY_SHARDS}, predictions,
        first_seen_at, last_seen_at
      from ${counted}
      order by model_key, version
      on conflict (model_key, version, shard) do update set
        predictions = model_version_tally.predictions + excluded.predictions,
        first_seen_at = least(model_version_tally.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(model_version_tally.last_seen_at, excluded.last_seen_at)
    )`;
}

/**
 * A CTE, `clients`, registering each client key of `keys`, a relation of
 * (key). Sorted for the same reason as versions.
 */
export function registerClients(keys: string): string {
  return `
    clients as (
      insert into client (key) select distinct key from ${keys} k
      order by key
      on conflict do nothing
    )`;
}
