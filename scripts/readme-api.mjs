// Writes README.md's API section (between <!-- api:start --> and <!-- api:end -->) from
// custom-elements.json: per element, its attributes and properties, methods, slots, parts, CSS
// properties and events. `--check` changes nothing and exits 1 when the README is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const readmeFile = 'README.md';
const manifestFile = 'custom-elements.json';
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
const fix = 'npm run api-docs';
const check = process.argv.includes('--check');

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(manifestFile)) fail(`${manifestFile} is missing: run \`npm run manifest\` (or \`${fix}\`).`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** One table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, headings, rows) {
  const lines = table(headings, rows);
  return lines.length ? [`**${title}**`, '', ...lines] : [];
}

function elementDocs(mod, decl) {
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  const methods = (decl.members ?? []).filter((m) => m.kind === 'method' && !m.static);
  const attributeOf = new Map((decl.attributes ?? []).map((a) => [a.fieldName, a.name]));
  const entry = mod.path.replace(/^dist\//, 'migration-widgets/');
  return [
    `### \`<${decl.tagName}>\``,
    '',
    `${decl.summary ?? ''} Import \`${entry}\` (class \`${decl.name}\`).`,
    '',
    ...section(
      'Attributes and properties',
      ['attribute', 'property', 'type', 'default', 'description'],
      fields.map((f) => [
        code(attributeOf.get(f.name)) || (f.readonly ? '(read-only)' : ''),
        code(f.name),
        code(f.type?.text),
        code(f.default),
        cell(f.description),
      ]),
    ),
    ...section(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
        cell(m.description),
      ]),
    ),
    ...section(
      'Slots',
      ['slot', 'description'],
      (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...section(
      'CSS parts',
      ['part', 'description'],
      (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...section(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
    ...section(
      'Events',
      ['event', 'type', 'description'],
      (decl.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
  ];
}

const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((decl) => decl.customElement && decl.tagName).map((decl) => elementDocs(mod, decl)),
);
if (elements.length === 0) fail(`${manifestFile} describes no custom element.`);
let generated = [
  start,
  `<!-- Generated from ${manifestFile} by scripts/readme-api.mjs: edit the class comments in src/, then run \`${fix}\`. -->`,
  '',
  `Editors: \`${manifestFile}\` describes every element for tools. JetBrains IDEs read \`web-types.json\` ` +
    '(named in package.json) by themselves; in VS Code, add to `.vscode/settings.json`: ' +
    '`"html.customData": ["./node_modules/migration-widgets/vscode.html-custom-data.json"]` and ' +
    '`"css.customData": ["./node_modules/migration-widgets/vscode.css-custom-data.json"]`.',
  '',
  ...elements.flat(),
  end,
].join('\n');
// Written as Prettier writes it, so formatting the README never makes it stale.
const prettier = await import('prettier').catch(() => undefined);
if (prettier) {
  const options = await prettier.resolveConfig(readmeFile);
  generated = (await prettier.format(generated, { ...options, filepath: readmeFile })).trimEnd();
}

const readme = readFileSync(readmeFile, 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) fail(`${readmeFile} has no ${start} … ${end} section.`);
const updated = readme.slice(0, from) + generated + readme.slice(to + end.length);

if (check) {
  if (updated !== readme)
    fail(`${readmeFile}'s API tables are stale (the class comments in src/ changed): run \`${fix}\`.`);
  console.log(`${readmeFile}'s API tables match ${manifestFile}.`);
} else if (updated !== readme) {
  writeFileSync(readmeFile, updated);
  console.log(`${readmeFile}: API tables written from ${manifestFile}.`);
}
