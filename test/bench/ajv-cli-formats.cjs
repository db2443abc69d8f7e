// Formats for ajv-cli, so that it can compile the upgrade schema in the documents benchmark.
const addFormats = require('ajv-formats');
module.exports = (ajv) => {
  addFormats(ajv);
  ajv.addFormat('local-date-time', /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/);
  return ajv;
};
