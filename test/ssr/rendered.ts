/** What a reader gets from a widget's shadow root, whichever way it was made: the text, the parts and the links. */
export interface Rendered {
  /** The rendered text (innerText: what CSS hides is left out), white space collapsed. */
  text: string;
  parts: string[];
  links: string[];
}

export function rendered(element: Element): Rendered {
  const root = element.shadowRoot!;
  const blocks = [...root.children].filter((child) => !['STYLE', 'LINK'].includes(child.tagName)) as HTMLElement[];
  return {
    text: blocks
      .map((block) => block.innerText)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    parts: [...root.querySelectorAll('[part]')].map((node) => node.getAttribute('part')!),
    links: [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
  };
}

/** Console warnings and errors until `restore()`. */
export function captureConsole(): { messages: string[]; restore: () => void } {
  const { warn, error } = console;
  const messages: string[] = [];
  console.warn = console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => Object.assign(console, { warn, error }) };
}
