import { createQuery, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { createEffect } from "solid-js";
import { api } from "./api.js";
import { type SessionStatus, sessionConfirmed, sessionEnded, sessionStatus } from "./browser-session.js";
import { adoptSavedLocale } from "./preferences.js";
import { queryKeys } from "./query-keys.js";
import { settled } from "./settled.js";

/** Who is signed in on this browser (`GET /session`): the user or null, never a refused request to log. */
const sessionProbe = () => queryOptions({ queryKey: queryKeys.session, queryFn: () => api.readSession({}) });

/**
 * The session's status for the route guards. While it is unknown (a fresh page load) the server is asked who is
 * signed in: a user confirms the session (and is cached as the current user), nobody ends it, and any other
 * failure reaches the error boundary (reading the settled data rethrows it), so no guard shows the wrong page in
 * the meantime.
 */
export const useSessionStatus = (): (() => SessionStatus) => {
  const client = useQueryClient();
  const probe = createQuery(() => ({ ...sessionProbe(), enabled: sessionStatus() === "unknown" }));
  createEffect(() => {
    if (sessionStatus() !== "unknown" || !probe.isSuccess) return;
    const user = probe.data.user;
    client.removeQueries({ queryKey: queryKeys.session });
    if (user) {
      client.setQueryData(queryKeys.currentUser, user);
      sessionConfirmed();
      void adoptSavedLocale();
    } else sessionEnded();
  });
  return () => {
    if (sessionStatus() === "unknown") settled(probe);
    return sessionStatus();
  };
};
