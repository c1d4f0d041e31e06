import "server-only";

import { notFound } from "next/navigation";

import { ApiError } from "@/lib/errors";
import { getModel } from "@/lib/models";

import { getDb } from "./database";

/** A model with its versions for a page, or Next's 404 page when there is none. */
export async function modelOr404(modelKey: string) {
  const found = await getModel(await getDb(), modelKey).catch((error) => {
    if (error instanceof ApiError && error.code === "not_found") return null;
    throw error;
  });
  if (!found) notFound();
  return found;
}
