/** A user's TOTP factor as stored: secrets sealed, never in the clear. */
export interface TotpState {
  readonly userId: string;
  /** The confirmed secret, sealed; null until a set-up is confirmed. */
  readonly sealedSecret: string | null;
  /** A set-up's secret waiting for its first code, sealed; null when none is pending. */
  readonly pendingSealedSecret: string | null;
  readonly enabledAt: Date | null;
  /** The time step of the last code accepted: that code and earlier ones are refused. */
  readonly lastAcceptedStep: number | null;
}

export const isEnabled = (state: TotpState | null): state is TotpState & { sealedSecret: string } =>
  state?.sealedSecret != null;
