import { api } from "@/lib/client/api";

import type { Claimed } from "./types";

/** The most useful next item of the model's queue, or null when none is left. */
export async function claimOne(model: string): Promise<Claimed | null> {
  const claimed = await api<Claimed | undefined>("/api/v1/queue/claim", {
    method: "POST",
    body: { model },
  });
  return claimed ?? null;
}

export function renewLease(leaseId: string) {
  return api<{ lease: Claimed["lease"] }>(`/api/v1/leases/${leaseId}/renew`, {
    method: "POST",
  });
}

/**
 * Gives an item back to the queue. `keepalive` lets the request outlive the
 * page on `pagehide`; sendBeacon cannot, as it sends no JSON content type and
 * the API checks the Origin of session requests. Failures are ignored: an
 * unreleased lease simply expires.
 */
export function releaseLease({ item, lease }: Claimed) {
  void fetch(`/api/v1/items/${item.id}/release`, {
    method: "POST",
    keepalive: true,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ leaseId: lease.id }),
  }).catch(() => undefined);
}
