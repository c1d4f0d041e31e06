import type { z } from "zod";

import type { claimed } from "@/lib/contract/review";

/** An item on loan to this reviewer, with the lease that holds it. */
export type Claimed = z.infer<typeof claimed>;
export type ReviewItem = Claimed["item"];

export interface Progress {
  doneToday: number;
  leftInQueue: number;
}
