/** How long a claim holds an item before it returns to the queue. */
export const LEASE_MS = Number(process.env.TIDELINE_LEASE_SECONDS ?? 600) * 1000;

/** How long after labeling a reviewer may still undo it. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

/**
 * The age boost: an item gains this much priority per second of waiting, so
 * one left for a week outranks any fresh one (uncertainty lies in [0, 1]).
 */
export const AGE_BOOST_PER_SECOND = 1 / (7 * 24 * 3600);

/** Expired leases swept per claim: enough to keep up, small enough to stay fast. */
export const EXPIRY_SWEEP_LIMIT = 200;
