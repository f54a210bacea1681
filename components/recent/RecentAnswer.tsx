import type { RecentEntry } from '@/lib/recent/types';
import { PersonAnswer } from './PersonAnswer';
import { SiteAnswer } from './SiteAnswer';

export function RecentAnswer({ entry, listPicker }: { entry: RecentEntry; listPicker: boolean }) {
  return entry.kind === 'person' ? <PersonAnswer entry={entry} listPicker={listPicker} /> : <SiteAnswer entry={entry} listPicker={listPicker} />;
}
