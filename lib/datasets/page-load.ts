import { ApiError } from "@/lib/errors";

/** Runs a page's read; an unknown or forbidden dataset comes back as its error. */
export async function pageLoad<T>(load: () => Promise<T>): Promise<T | ApiError> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && ["not_found", "forbidden"].includes(error.code)) {
      return error;
    }
    throw error;
  }
}
