import { domainResultsToCsv } from '@/lib/csv/domain-results-csv';

// The popup's CSV export, a script of its own that the popup adds on the click that needs it: the CSV library
// is a fifth of the popup's code, and the popup's own script is one classic file that cannot split it off.
export default defineUnlistedScript(() => ({ domainResultsToCsv }));
