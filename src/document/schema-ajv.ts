import { Ajv2020, type CodeOptions } from 'ajv/dist/2020.js';
import { schemaFormats } from './schema-formats.js';

/**
 * The ajv instance every schema is compiled with: all errors, verbose (fix hints read the failing
 * schema), strict. The build passes `code` to emit standalone validators from the same settings.
 */
export function createSchemaAjv(code?: CodeOptions): Ajv2020 {
  // Meta-schema validation is left to the tests (test/document/schemas.test.ts), not paid at every start.
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    validateSchema: false,
    code,
  });
  for (const [name, format] of Object.entries(schemaFormats)) ajv.addFormat(name, format);
  return ajv;
}
