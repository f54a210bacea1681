export { parseFullName, parseNameParts } from './parse-full-name';
export type { ParsedName } from './parse-full-name';
