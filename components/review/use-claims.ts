"use client";

import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";

import { ClaimQueue } from "./claim-queue";
import type { Claimed } from "./types";

/** Leases last ten minutes; renewing every two keeps a slow reviewer's items safe. */
const RENEW_EVERY_MS = 2 * 60 * 1000;

/**
 * Holds the item on screen and the one prefetched behind it for the life of
 * the page: claims on mount, renews while shown, gives both back when the
 * page is hidden or left, and claims again if the browser restores it.
 */
export function useClaims(model: string, onLeaseLost: (lost: Claimed) => void) {
  const [queue] = useState(() => new ClaimQueue(model));
  const state = useSyncExternalStore(
    queue.subscribe,
    queue.getSnapshot,
    queue.getSnapshot,
  );

  useEffect(() => {
    const hide = () => queue.stop();
    const show = (event: PageTransitionEvent) => {
      if (event.persisted) queue.start();
    };

    queue.start();
    window.addEventListener("pagehide", hide);
    window.addEventListener("pageshow", show);
    return () => {
      window.removeEventListener("pagehide", hide);
      window.removeEventListener("pageshow", show);
      queue.stop();
    };
  }, [queue]);

  const reportLost = useEffectEvent((lost: Claimed | null) => {
    if (lost) onLeaseLost(lost);
  });
  useEffect(() => {
    const renew = async () => reportLost(await queue.renewAll());
    const timer = setInterval(() => void renew(), RENEW_EVERY_MS);
    return () => clearInterval(timer);
  }, [queue]);

  return { ...state, queue };
}
