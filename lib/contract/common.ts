import { z } from "zod";

import { ERROR_STATUS } from "@/lib/errors";

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS]),
      message: z.string(),
      details: z.array(
        z.object({
          index: z.number().int().optional(),
          path: z.string(),
          message: z.string(),
        }),
      ),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: "Error" });

/** Lower-case keys that are safe in URLs and file names. */
export const key = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_.-]{0,62}$/,
    "use 1–63 lower-case letters, digits, '-', '_' or '.'",
  );

// PostgreSQL has no year 0 (1 BC is followed by AD 1), so it refuses 0000.
export const timestamp = z.iso
  .datetime({ offset: true })
  .refine(
    (value) => !value.startsWith("0000"),
    "year 0000 does not exist: use 0001 or later",
  );

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().positive().optional(),
});
