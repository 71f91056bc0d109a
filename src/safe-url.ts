/**
 * The URL to link to, or undefined when it is not plain http(s). Rejects `javascript:`, `data:`
 * and the like in every disguise: any case, leading or embedded control characters and
 * whitespace (which browsers strip before reading the scheme), and relative forms are resolved
 * against the page before their scheme is checked.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (text === '' || /[\u0000-\u0020\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text, globalThis.document?.baseURI);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
