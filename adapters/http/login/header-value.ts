/** A header-safe form of `text`: ASCII as is, anything else as an RFC 2047 encoded word. */
export function headerValue(text: string): string {
  const safe = /^[\x20-\x7e]*$/.test(text);
  return safe ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}
