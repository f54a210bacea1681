import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/send';
import type { PopupView } from '@/lib/recent/types';

/** Whether this popup was opened to show a menu answer (asked once: the mark is spent by reading it). */
export function usePopupView(): PopupView | null {
  const [view, setView] = useState<PopupView | null>(null);
  useEffect(() => {
    void send('popupView', null).then((reply) => setView(reply.ok ? reply.data : { view: null }));
  }, []);
  return view;
}
