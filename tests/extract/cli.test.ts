import { describe, expect, it } from 'vitest';
import { run as extract } from '../../src/cli/commands/extract.js';
import { run as candidates } from '../../src/cli/commands/candidates.js';
import { ExitError, UsageError } from '../../src/cli/errors.js';

describe('extract and candidates commands', () => {
  it('says which file is missing', async () => {
    await expect(extract({ positionals: ['no/such/plan.txt'], values: {} })).rejects.toThrow(ExitError);
    await expect(extract({ positionals: ['no/such/plan.txt'], values: {} })).rejects.toThrow(/no\/such\/plan\.txt/);
  });
  it('asks for files or --all, not both and not neither', async () => {
    await expect(extract({ positionals: [], values: {} })).rejects.toThrow(UsageError);
    await expect(extract({ positionals: ['a.txt'], values: { all: true } })).rejects.toThrow(/not both/);
  });
  it('rejects an unknown --type', async () => {
    await expect(candidates({ positionals: [], values: { all: true, type: 'Company' } })).rejects.toThrow(/Unknown type "Company"/);
  });
});
