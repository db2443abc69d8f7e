import { isValidDate, parseLocalDateTimeParts } from '../time/local-time.js';

/**
 * The string formats the schemas use, as ajv format definitions. Both the runtime compiler and the
 * validators precompiled by build.mjs read them from here, so the two cannot drift apart. A schema
 * that names any other format fails to compile (strict mode), at build time and in the tests.
 */
export const schemaFormats = {
  'local-date-time': { type: 'string', validate: (s: string) => parseLocalDateTimeParts(s) !== undefined },
  date: { type: 'string', validate: isValidDate },
  'date-or-local-date-time': {
    type: 'string',
    validate: (s: string) => isValidDate(s) || parseLocalDateTimeParts(s) !== undefined,
  },
} as const;
