// Loads every schema file (each registers its types on the builder) and
// builds the schema. Add new domain files to the import list.
import { builder } from '../builder.js';
import './system.js';
import './entity.js';
import './admin-area.js';
import './industrial-park.js';
import './enterprise.js';
import './project.js';
import './indicator.js';
import './government-agency.js';
import './task.js';
import './institution.js';
import './industry.js';
import './plan.js';
import './section.js';
import './search.js';
import './cross-plan.js';
import './graph.js';
import './quote-context.js';
import './fact.js';
import './text-search.js';
import './area-within.js';

export const schema = builder.toSchema();
