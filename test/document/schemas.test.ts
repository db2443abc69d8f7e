import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const schemas = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'));

// The runtime skips meta-schema validation for a fast start, so the schemas are checked here.
describe.each(schemas)('schemas/%s', (name) => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));
  it('is a valid draft 2020-12 schema with an $id', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.$id).toMatch(/^https:\/\//);
  });
  it('gives every property a description (editors show it)', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      const props = node.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        if (!v.description && !v.$ref) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      for (const key of ['items', 'additionalProperties'])
        if (node[key] && typeof node[key] === 'object') walk(node[key] as Record<string, unknown>, `${path}[]`);
      for (const [k, v] of Object.entries((node.$defs as Record<string, Record<string, unknown>>) ?? {}))
        walk(v, `$defs.${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});

// Every schema shows both languages on hover: "English · 中文" titles and an English paragraph followed
// by a Chinese one in each description (schema findings quote the one of their language). The ones
// people edit by hand (documents, configuration, the outcome command) and the ones auditors read
// (archive and outcome records) alike.
describe.each(schemas)('schemas/%s in both languages', (name) => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));
  const CJK = /[\u3400-\u9fff]/;
  it('every title is "English · 中文" and every description an English paragraph, then a Chinese one', () => {
    const wrong: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (['examples', 'enum', 'const', 'default', 'required'].includes(k)) continue;
        const isText = typeof v === 'string' && (k === 'title' || k === 'description');
        if (isText && k === 'title' && !/^[^\u3400-\u9fff]+ · [^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*$/.test(v))
          wrong.push(`${path}/title: ${v}`);
        if (isText && k === 'description') {
          const [en, zh, ...rest] = v.split('\n\n');
          if (!en || CJK.test(en) || !zh || !CJK.test(zh) || rest.length) wrong.push(`${path}/description: ${v}`);
        }
        if (!isText) walk(v, `${path}/${k}`);
      }
    };
    walk(schema, '');
    expect(wrong).toEqual([]);
  });
});
