/** The centred heading of an auth page. */
export const AuthHeading = (props: { children: string }) => (
  <h1 class="text-center text-2xl font-bold">{props.children}</h1>
);
