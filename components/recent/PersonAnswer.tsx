import { CopyButton } from '@/components/domain/CopyButton';
import { FinderAnswer } from '@/components/finder/FinderAnswer';
import { t } from '@/lib/i18n';
import type { RecentPerson } from '@/lib/recent/types';

/** A person found from the menu: the finder's own answer (verify, save), with copy beside it. */
export function PersonAnswer({ entry, listPicker }: { entry: RecentPerson; listPicker: boolean }) {
  const { question, result } = entry;
  const domain = question.domain ?? result.domain ?? null;
  const company = question.company ?? null;
  const query = { first: question.first, last: question.last, domain, company, display: result.domain ?? domain ?? company ?? '' };
  return (
    <div class="stack">
      {result.email && <CopyButton text={result.email} label={t('recent_copy')} />}
      <FinderAnswer data={result} query={query} company={question.company ?? result.company ?? null} listPicker={listPicker} />
    </div>
  );
}
