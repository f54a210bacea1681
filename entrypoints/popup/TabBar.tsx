import { t } from '@/lib/i18n';

interface TabBarProps {
  tabs: ReadonlyArray<{ id: string; labelKey: string }>;
  active: string;
  onSelect: (id: string) => void;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

/** ARIA tabs: one Tab stop, arrows/Home/End move between them. */
export function TabBar({ tabs, active, onSelect }: TabBarProps) {
  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === active);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(target.id);
    document.getElementById(tabId(target.id))?.focus();
  }

  return (
    <div class="tab-bar" role="tablist" aria-label={t('popup_sections')} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={tabId(tab.id)}
          type="button"
          role="tab"
          aria-selected={tab.id === active}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {t(tab.labelKey)}
        </button>
      ))}
    </div>
  );
}
