/** Records console.warn calls until `restore()`; the messages as strings. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Only our library's warnings (Lit's dev-mode notices aside). */
export function ours(messages: string[]): string[] {
  return messages.filter((m) => /^<[a-z]+(-[a-z]+)+>: |^migration-widgets /.test(m));
}
