import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { isValidDate, parseLocalDateTimeParts } from '../time/local-time.js';

type AddFormats = (ajv: Ajv2020, formats?: string[]) => Ajv2020;
// ajv-formats is CommonJS with a default export that NodeNext types as the module object.
const addFormats = ((formatsPlugin as unknown as { default?: AddFormats }).default ?? formatsPlugin) as unknown as AddFormats;

let ajv: Ajv2020 | undefined;

/** One shared ajv instance with the document formats; schemas compile once per process (checked against the meta-schema by the tests, not at every start). */
export function schemaAjv(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false });
    addFormats(ajv, ['uri', 'email']);
    ajv.addFormat('local-date-time', { type: 'string', validate: (s: string) => parseLocalDateTimeParts(s) !== undefined });
    ajv.addFormat('date', { type: 'string', validate: isValidDate });
  }
  return ajv;
}

const compiled = new Map<object, ValidateFunction>();

/** Compiles (once) and returns the validator of a schema object. */
export function validatorFor(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = schemaAjv().compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** Runs a schema and returns its raw errors (empty when valid). */
export function schemaErrors(schema: object, value: unknown): ErrorObject[] {
  const fn = validatorFor(schema);
  return fn(value) ? [] : [...(fn.errors ?? [])];
}
