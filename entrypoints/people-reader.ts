import { readPagePeople } from '@/lib/page-context/people';

// Injected only when the user opens the popup's "People" tab (scripting.executeScript, never in the manifest):
// returns the people the page names; sends nothing, changes nothing. Separate from page-reader.ts so the
// script every popup open injects stays small.
export default defineUnlistedScript(() => readPagePeople(document));
