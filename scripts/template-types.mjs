// `npm run build` (after the manifest): template types for each framework, generated from
// custom-elements.json so they follow the elements. dist/frameworks/<framework>.d.ts augments the
// framework's element map; dist/frameworks/<framework>.js registers the elements, so one
// `import 'migration-widgets/<framework>'` gives both. Property and attribute types are the element
// class's own (`StatCard['variant']`), event handlers get the event class the manifest names.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const exported = new Set(manifest.modules.find((mod) => mod.path === 'dist/index.js').exports.map((item) => item.name));

/** Each element with its settable properties, attributes and events, read from the manifest. */
export const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.tagName)
  .map((decl) => {
    const properties = (decl.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
      .map((m) => ({ name: m.name, attribute: m.attribute, description: m.description }));
    const events = (decl.events ?? []).map((event) => {
      const type = event.type?.text ?? 'Event';
      if (type !== 'Event' && !exported.has(type)) {
        throw new Error(
          `${decl.tagName}: event ${event.name} has type ${type}, which the package root does not export`,
        );
      }
      return { name: event.name, type, description: event.description };
    });
    return { tag: decl.tagName, className: decl.name, summary: decl.summary ?? '', properties, events };
  });

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const doc = (text) => (text ? `/** ${text.replace(/\s+/g, ' ').replaceAll('*/', '*\\/')} */` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

// An attribute holds a string: a boolean one is set by being present (`no-animation=""`), so its
// value type is '' (a `false` would be written "false" and still switch it on).
const helper = "type AttributeValue<T> = T extends boolean ? '' : T;";

/** Keys a property is written as: [key, value type] pairs, for the element class `c`. */
const asProperty = (c, p) => [p.name, `${c}['${p.name}']`];
const asAttribute = (c, p, prefix = '') => [`${prefix}${p.attribute}`, `AttributeValue<${c}['${p.name}']>`];
/** The property by name; the attribute by name too where it differs (React 19, Preact and Svelte set an unknown name as an attribute). */
const propertyOrAttribute = (c, p) => [
  asProperty(c, p),
  ...(p.attribute && p.attribute !== p.name ? [asAttribute(c, p)] : []),
];
const onEventName = (c, event) => [`on${event.name}`, `(event: ${event.type}) => void`];
const jsx = (body) => `namespace JSX {\n    interface IntrinsicElements {\n${body}\n    }\n  }`;

const frameworks = {
  react: {
    imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    module: 'react',
    wrap: jsx,
    base: (c) => `DetailedHTMLProps<HTMLAttributes<${c}>, ${c}>`,
    keys: propertyOrAttribute,
    handler: onEventName,
  },
  preact: {
    imports: "import type { JSX } from 'preact';",
    module: 'preact',
    wrap: jsx,
    base: (c) => `JSX.HTMLAttributes<${c}>`,
    keys: propertyOrAttribute,
    handler: onEventName,
  },
  // Solid sets a custom element's plain prop as the property named by camel-casing it *after*
  // lowercasing (`heading-level` → headingLevel, `headingLevel` → headinglevel): so plain props are
  // attribute names; `prop:`, `attr:` and `on:` name the property, attribute and event exactly.
  solid: {
    imports: "import type { JSX } from 'solid-js';",
    module: 'solid-js',
    wrap: jsx,
    base: (c) => `JSX.HTMLAttributes<${c}>`,
    keys: (c, p) => [
      [p.attribute ?? p.name, `${c}['${p.name}']`],
      [`prop:${p.name}`, `${c}['${p.name}']`],
      ...(p.attribute ? [asAttribute(c, p, 'attr:')] : []),
    ],
    handler: (c, event) => [`on:${event.name}`, `JSX.EventHandlerWithOptionsUnion<${c}, ${event.type}>`],
  },
  // Vue type-checks a template's tags as components: props camel-cased, `@a-b` as `onAB`.
  vue: {
    imports: "import type { DefineComponent } from 'vue';",
    module: 'vue',
    wrap: (body) => `interface GlobalComponents {\n${body}\n  }`,
    base: null,
    keys: (c, p) => [asProperty(c, p)],
    handler: (c, event) => [camel(`on-${event.name}`), `(event: ${event.type}) => void`],
  },
  svelte: {
    imports: "import type { HTMLAttributes } from 'svelte/elements';",
    module: 'svelte/elements',
    wrap: (body) => `interface SvelteHTMLElements {\n${body}\n  }`,
    base: (c) => `HTMLAttributes<${c}>`,
    keys: propertyOrAttribute,
    handler: onEventName,
  },
};

/** One element's entry in a framework's element map. */
function entry(framework, element, indent) {
  const c = element.className;
  const members = [
    ...element.properties.flatMap((p) => framework.keys(c, p).map((pair) => [...pair, p.description])),
    ...element.events.map((event) => [...framework.handler(c, event), event.description]),
  ];
  const lines = members.flatMap(([name, type, description]) =>
    [doc(description), `${key(name)}?: ${type};`].filter(Boolean).map((line) => `${indent}  ${line}`),
  );
  const shape = `{\n${lines.join('\n')}\n${indent}}`;
  const own = members.map(([name]) => `'${name}'`).join(' | ');
  const type = framework.base ? `Omit<${framework.base(c)}, ${own}> & ${shape}` : `DefineComponent<${shape}>`;
  return [doc(element.summary), `'${element.tag}': ${type};`]
    .filter(Boolean)
    .map((line) => `${indent}${line}`)
    .join('\n');
}

function declaration(framework) {
  const indent = framework.wrap === jsx ? '      ' : '    ';
  const body = elements.map((element) => entry(framework, element, indent)).join('\n');
  const classes = [...new Set(elements.flatMap((e) => [e.className, ...e.events.map((ev) => ev.type)]))]
    .filter((name) => name !== 'Event')
    .sort();
  return [
    '// Generated by scripts/template-types.mjs from custom-elements.json: do not edit.',
    framework.imports,
    `import type { ${classes.join(', ')} } from '../index.js';`,
    '',
    helper,
    '',
    `declare module '${framework.module}' {`,
    `  ${framework.wrap(body)}`,
    '}',
    '',
  ].join('\n');
}

export const frameworkNames = Object.keys(frameworks);

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('dist/frameworks', { recursive: true });
  for (const [name, framework] of Object.entries(frameworks)) {
    writeFileSync(`dist/frameworks/${name}.d.ts`, declaration(framework));
    writeFileSync(
      `dist/frameworks/${name}.js`,
      `// Registers the elements; ${name}.d.ts types them in ${name} templates.\nimport '../index.js';\n`,
    );
  }
  console.log(`dist/frameworks: template types for ${frameworkNames.join(', ')} (${elements.length} elements)`);
}
