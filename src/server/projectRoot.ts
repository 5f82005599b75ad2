/** The repository's root folder, found from this file so it works from any working directory. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where `vite build` writes the app, and where the server serves it from by default. */
export const defaultDistDir = resolve(projectRoot, 'dist');
