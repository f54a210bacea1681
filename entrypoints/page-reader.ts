import { readPageContext } from '@/lib/page-context/read-page-context';

// Injected only when the user asks (popup open, menu click) with scripting.executeScript: never in the manifest.
// It reads the page and returns what it found as the injection's result; it sends nothing and changes nothing.
// An unlisted script rather than a `.content.ts`: WXT's content-script wrapper would add the browser polyfill
// (~4 KB gzipped) to a script that never touches `browser`, and break the 10 KB budget.
export default defineUnlistedScript(() => readPageContext(document, location.href));
