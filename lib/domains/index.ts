export { registrableDomain, domainOfEmail, companyDomain, domainForPage, isPeopleSite } from './registrable-domain';
export type { DomainResult, DomainFailure } from './registrable-domain';
export { isWebmailDomain } from './webmail';
export { toUnicode } from './punycode';
