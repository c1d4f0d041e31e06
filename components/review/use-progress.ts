"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";

import { api } from "@/lib/client/api";

import type { Progress } from "./types";

/** Labels land in bursts: wait for a pause before asking for the counts again. */
const DEBOUNCE_MS = 300;

/** The reviewer's counts for this queue, refreshed after labels settle. */
export function useProgress(modelKey: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ["queue-progress", modelKey],
    queryFn: () => api<Progress>(`/api/v1/queues/${modelKey}/progress`),
    refetchInterval: 60_000,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void queryClient.invalidateQueries({ queryKey: ["queue-progress", modelKey] });
    }, DEBOUNCE_MS);
  }, [queryClient, modelKey]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { progress: query.data ?? null, refresh };
}
