// The compiled glossary as the runtime sees it. The JSON is produced and validated by
// build/build-glossary.ts and checked by tests, so it is typed here, not re-validated
// on every start.
import json from '../../assets/generated/glossary.json' with { type: 'json' };
import type { CompiledGlossary } from './compiled';

export const glossary = json as unknown as CompiledGlossary;
