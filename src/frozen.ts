import { nothing, type TemplateResult } from 'lit';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value: unknown) => String(value).replace(/[&<>"]/g, (c) => escapes[c]!);

/** `value` as HTML: text escaped, templates and arrays joined; unquoted attribute (`lang=${…}`) and boolean bindings only. */
function markup(value: unknown): string {
  if (value === nothing || value == null) return '';
  if (Array.isArray(value)) return value.map(markup).join('');
  const result = value as Partial<TemplateResult>;
  if (!result.strings) return escape(value);
  let out = result.strings[0]!;
  result.values!.forEach((v, i) => {
    const binding = /\s(\??)([\w-]+)=$/.exec(out);
    if (/\s[@.][\w-]+=$/.test(out)) throw new Error(`frozen: no event or property bindings (${out.slice(-20)})`);
    if (!binding) out += markup(v);
    else if (v === nothing || v == null || v === false) out = out.slice(0, binding.index);
    else if (binding[1]) out = `${out.slice(0, binding.index)} ${binding[2]}`;
    else out += `"${escape(v)}"`;
    out += result.strings![i + 1];
  });
  return out;
}

type Cache = WeakMap<object, { next: Cache; made: Map<string, TemplateResult> }>;
const cache: Cache = new WeakMap();

/**
 * `build()`'s content as one template without bindings, made once per `owners` and `key` and reused: Lit
 * clones it like any template, with none of the marker comments a binding costs (a citation had 40).
 * Hand-made rather than the unsafe-HTML directive, whose new strings array per element would defeat Lit's template cache.
 */
export function frozen(owners: readonly object[], key: string, build: () => unknown): TemplateResult {
  let level = cache;
  let made = new Map<string, TemplateResult>();
  for (const owner of owners) {
    let entry = level.get(owner);
    if (!entry) level.set(owner, (entry = { next: new WeakMap(), made: new Map() }));
    ({ next: level, made } = entry);
  }
  let result = made.get(key);
  if (!result) {
    const strings = [markup(build())];
    result = { _$litType$: 1, strings: Object.assign(strings, { raw: strings }), values: [] };
    made.set(key, result);
  }
  return result;
}
