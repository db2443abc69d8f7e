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
      for (const key of ['items', 'additionalProperties']) if (node[key] && typeof node[key] === 'object') walk(node[key] as Record<string, unknown>, `${path}[]`);
      for (const [k, v] of Object.entries((node.$defs as Record<string, Record<string, unknown>>) ?? {})) walk(v, `$defs.${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});
