import { createQuery } from "@tanstack/solid-query";
import { createEffect } from "solid-js";
import { type SessionStatus, sessionConfirmed, sessionStatus } from "./browser-session.js";
import { currentUserQuery } from "./current-user.js";
import { settled } from "./settled.js";

/**
 * The session's status for the route guards. While it is unknown (a fresh page load) the current user is asked
 * for: an answer confirms the session, a 401/403 ends it (query-client), any other failure reaches the error
 * boundary (reading the settled data rethrows it), so no guard shows the wrong page in the meantime.
 */
export const useSessionStatus = (): (() => SessionStatus) => {
  const probe = createQuery(() => ({ ...currentUserQuery(), enabled: sessionStatus() === "unknown" }));
  createEffect(() => {
    if (sessionStatus() === "unknown" && probe.isSuccess) sessionConfirmed();
  });
  return () => {
    if (sessionStatus() === "unknown") settled(probe);
    return sessionStatus();
  };
};
