export { parseFullName, parseNameParts } from './parse-full-name';
export type { ParsedName } from './parse-full-name';
export { foldNamePart, guessEmailFromPattern, readPattern } from './email-pattern';
export type { PatternName } from './email-pattern';
