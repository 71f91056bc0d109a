// `npm run manifest`: custom-elements.json from the elements' class comments (Lit-aware), then
// VS Code custom data and JetBrains web-types from it. All three ship in the package.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const elements = JSON.parse(readFileSync('src/elements.json', 'utf8'));

/** Points each module at the file users install (dist/*.js): src/ is not in the package. */
function distPaths() {
  const toDist = (path, from) => {
    if (!path) return path;
    const full = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
    return full.replace(/^src\/(.*)\.[jt]s$/, 'dist/$1.js');
  };
  return {
    name: 'dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const from = mod.path;
        mod.path = toDist(mod.path, from);
        for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
          if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module, from);
          for (const member of item.members ?? []) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module, from);
          }
        }
      }
    },
  };
}

/**
 * The public API only: no private or protected members, no Lit `styles`, and no nameless event
 * (the analyzer also lists each `dispatchEvent(new XEvent())` it sees; `@fires` names them).
 */
function publicOnly() {
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (decl.members) {
          decl.members = decl.members.filter(
            (m) => (m.privacy ?? 'public') === 'public' && !(m.static && m.name === 'styles'),
          );
        }
        if (decl.events) decl.events = decl.events.filter((event) => event.name);
      }
    },
  };
}

/**
 * A default written as an imported constant (`fact = defaultFigureId`) is shown as its value, and
 * a type written as an alias of string literals (`FigureFormat`) as the literals, for editors' value lists.
 */
function resolveNames() {
  const constants = new Map();
  const aliases = new Map();
  for (const file of readdirSync('src', { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(posix.join('src', file), 'utf8');
    for (const [, name, value] of text.matchAll(/^export const (\w+)(?:: \w+)? = ('[^'\n]*'|\d+);$/gm)) {
      constants.set(name, value);
    }
    for (const [, name, value] of text.matchAll(/^export type (\w+) = ('[^'\n]*'(?: \| '[^'\n]*')*);$/gm)) {
      aliases.set(name, value);
    }
  }
  const alias = (text) => text.replace(/\b\w+\b/g, (word) => aliases.get(word) ?? word);
  return {
    name: 'resolve-names',
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
          if (constants.has(item.default)) item.default = constants.get(item.default);
          if (item.type?.text) item.type.text = alias(item.type.text);
        }
      }
    },
  };
}

export default {
  // The shared base too: its theme and variant are inherited by every element.
  globs: ['src/index.ts', 'src/migration-element.ts', ...elements.map((name) => `src/${name}.ts`)],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    publicOnly(),
    resolveNames(),
    distPaths(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', hideLogs: true }),
  ],
};
