/** The API's error, as the browser sees it. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string; index?: number }[] = [],
  ) {
    super(message);
  }
}

/** fetch for our own API from the browser: JSON in and out, errors thrown. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
) {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiClientError(
      response.status,
      error?.code ?? "internal",
      error?.message ?? `The server answered ${response.status}.`,
      error?.details ?? [],
    );
  }
  return payload as T;
}
