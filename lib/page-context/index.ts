export { readPageContext, readSelectionName } from './read-page-context';
export { readLinkedInProfile, isLinkedInProfileUrl } from './linkedin';
export { readLinkedInPublicProfile } from './linkedin-public';
export { readSalesNavigatorLead } from './sales-navigator';
export { readJsonLdPerson } from './json-ld';
export { readMicrodataPerson } from './microdata';
export { readMetaAuthor } from './meta-author';
export { isBlockedPage } from './blocked';
export type { PageContext, PagePerson, PersonSource } from './types';
