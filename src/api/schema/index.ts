// Loads every schema file (each registers its types on the builder) and
// builds the schema. Add new domain files to the import list.
import { builder } from '../builder.js';
import './system.js';

export const schema = builder.toSchema();
