import { ApiClientError } from "@/lib/client/api";

import { claimOne, releaseLease, renewLease } from "./lease-requests";
import type { Claimed } from "./types";

export type Phase = "loading" | "ready" | "empty" | "error";

export interface ClaimState {
  current: Claimed | null;
  /** Items already claimed behind the current one. */
  waiting: number;
  phase: Phase;
  error: string | null;
}

const INITIAL: ClaimState = { current: null, waiting: 0, phase: "loading", error: null };

/**
 * The items this page holds: the one on screen and at least one claimed
 * behind it, so the next item shows the moment the reviewer submits, with
 * no wait on the network. Outside React, so its bookkeeping stays
 * synchronous; the hook in use-claims.ts subscribes to it.
 */
export class ClaimQueue {
  private state = INITIAL;
  private upcoming: Claimed[] = [];
  private claiming = false;
  // Off between stop and start. A claim answered while off is given back at
  // once; one still on its way when the page starts again is kept, so React's
  // double effects in development neither leak a lease nor reorder the queue.
  private active = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly model: string) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  start() {
    this.active = true;
    this.update({ current: null, phase: "loading", error: null });
    this.topUp();
  }

  /** Gives every held item back to the queue, as the page goes away. */
  stop() {
    this.active = false;
    this.held().forEach(releaseLease);
    this.upcoming = [];
    this.update(INITIAL);
  }

  held(): Claimed[] {
    return this.state.current
      ? [this.state.current, ...this.upcoming]
      : [...this.upcoming];
  }

  /** Shows the next item at once and answers the one it replaces. */
  advance(): Claimed | null {
    const left = this.state.current;
    if (!left) return null;

    const next = this.upcoming.shift() ?? null;
    this.update({ current: next, phase: next ? "ready" : "loading", error: null });
    this.topUp();
    return left;
  }

  /** Puts an item (an undone one) on screen; the item it displaces comes next. */
  show(claimed: Claimed) {
    if (this.state.current) this.upcoming.unshift(this.state.current);
    this.update({ current: claimed, phase: "ready", error: null });
  }

  /**
   * Renews every held lease. Items whose lease was lost are dropped; answers
   * the one that was on screen, if it was among them, so the reviewer is told.
   */
  async renewAll(): Promise<Claimed | null> {
    const held = this.held();
    const results = await Promise.allSettled(held.map((c) => renewLease(c.lease.id)));
    const lost = held.filter((_, i) => isLost(results[i]));
    const shown = lost.find((claimed) => claimed === this.state.current) ?? null;
    lost.forEach((claimed) => this.forget(claimed.lease.id));
    return shown;
  }

  /** Drops an item whose lease is gone, without giving it back. */
  private forget(leaseId: string) {
    this.upcoming = this.upcoming.filter((c) => c.lease.id !== leaseId);
    if (this.state.current?.lease.id === leaseId) this.advance();
    else this.update({});
  }

  /** Looks for new items once the queue was found empty. */
  recheck() {
    if (this.state.phase !== "empty") return;
    this.update({ phase: "loading" });
    this.topUp();
  }

  /** Claims one more item unless one is already waiting or on its way. */
  private topUp() {
    if (this.claiming || (this.state.current && this.upcoming.length > 0)) return;

    this.claiming = true;
    claimOne(this.model).then(
      (claimed) => this.received(claimed),
      (error: unknown) => this.failed(error),
    );
  }

  private received(claimed: Claimed | null) {
    this.claiming = false;
    if (!this.active) {
      if (claimed) releaseLease(claimed);
      return;
    }

    if (!claimed) {
      if (!this.state.current) this.update({ phase: "empty" });
      return;
    }
    if (this.state.current) {
      this.upcoming.push(claimed);
      this.update({});
      return;
    }
    this.update({ current: claimed, phase: "ready" });
    this.topUp();
  }

  private failed(error: unknown) {
    this.claiming = false;
    if (!this.active) return;

    // A failed prefetch behind a shown item is simply tried again on the next advance.
    if (this.state.current) return;
    const message =
      error instanceof Error ? error.message : "The queue could not be reached.";
    this.update({ phase: "error", error: message });
  }

  private update(change: Partial<ClaimState>) {
    this.state = { ...this.state, ...change, waiting: this.upcoming.length };
    this.listeners.forEach((listener) => listener());
  }
}

function isLost(result: PromiseSettledResult<unknown> | undefined) {
  if (result?.status !== "rejected") return false;
  const error = result.reason;
  return (
    error instanceof ApiClientError && (error.status === 409 || error.status === 404)
  );
}
