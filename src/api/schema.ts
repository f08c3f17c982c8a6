// The type definitions of both APIs, read by folder: the product API is schema/*.graphql with
// the shared enums of schema/enums/; the @neo4j/graphql model API is schema/enums/ with
// schema/model/. Descriptions name the bounds of size arguments as `{{maxHops}}` and the like,
// filled from the enforced limits, so the served schema states what the server enforces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from './limits.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
export const ENUMS_DIR = join(SCHEMA_DIR, 'enums');
export const MODEL_SCHEMA_DIR = join(SCHEMA_DIR, 'model');

/** Every *.graphql directly in the folders, in folder order, then name order. */
export function readSdl(...folders: string[]): string {
  return folders
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith('.graphql'))
        .sort()
        .map((file) => readFileSync(join(folder, file), 'utf8')),
    )
    .join('\n');
}

/** Replaces each `{{name}}` with the limit of that name; an unknown name is a mistake in the SDL. */
export function fillLimits(sdl: string, limits: Limits): string {
  return sdl.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(limits, name)) throw new Error(`schema: no limit named {{${name}}}`);
    return String(limits[name as keyof Limits]);
  });
}

/** The product API's type definitions, its descriptions stating `limits` when given. */
export function loadTypeDefs(limits?: Limits): string {
  const sdl = readSdl(SCHEMA_DIR, ENUMS_DIR);
  return limits ? fillLimits(sdl, limits) : sdl;
}

/** The model API's type definitions: the shared enums and schema/model/. */
export function modelTypeDefs(): string {
  return readSdl(ENUMS_DIR, MODEL_SCHEMA_DIR);
}
