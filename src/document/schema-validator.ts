import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { compileValidator } from './schema-compile.js';

const compiled = new Map<object, ValidateFunction>();

/** The validator of a schema object (precompiled in the bundles, compiled once per process from sources). */
export function validatorFor(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = compileValidator(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** Runs a schema and returns its raw errors (empty when valid). */
export function schemaErrors(schema: object, value: unknown): ErrorObject[] {
  const fn = validatorFor(schema);
  return fn(value) ? [] : [...(fn.errors ?? [])];
}
