/** The few glyphs Quarry's compact buttons show; drawn in currentColor, hidden from assistive tech (the button's text names it). */
const PATHS = {
  copy: 'M9 9h10v11H9z M5 15V4h10',
  verify: 'M12 3l7 3v5c0 4.5-3 8.2-7 10-4-1.8-7-5.5-7-10V6z M8.5 12l2.5 2.5 4.5-5',
  save: 'M6 3h12v18l-6-4-6 4z M12 7v6 M9 10h6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** A button's face: the glyph, with its name kept as (visually hidden) text, so "Copy" stays "Copy" to a screen reader. */
export function IconLabel({ icon, label }: { icon: IconName; label: string }) {
  return (
    <>
      <Icon name={icon} />
      <span class="visually-hidden">{label}</span>
    </>
  );
}
