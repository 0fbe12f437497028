import { readFileSync } from 'node:fs';
import { packageFile } from '../paths.js';

export const version = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
