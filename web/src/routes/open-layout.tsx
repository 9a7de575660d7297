import type { RouteSectionProps } from "@solidjs/router";
import { AuthFrame } from "../components/auth-frame.js";

/** Pages an e-mailed link opens whether or not this browser is signed in (`/verify-email`), in the public pages' look. */
export default function OpenLayout(props: RouteSectionProps) {
  return <AuthFrame>{props.children}</AuthFrame>;
}
