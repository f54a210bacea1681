import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import '../popup/popup.css';
import { effectsAfterFirstFrame } from '@/components/first-frame';
import { App } from '../popup/App';
import { openingToPaint } from '@/lib/site/opening';

// The popup's code as one classic script (an unlisted script: one file, its imports inlined), not a module
// entry and its chain of chunks: the browser reads it straight after the page, nothing more to fetch.
export default defineUnlistedScript(() => {
  effectsAfterFirstFrame();
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t('popup_title');
  // The first render waits for the copy of a cached answer (one storage read, a few ms; the skeleton after 200 ms
  // on a machine that busy), so that a second open paints the addresses in its very first frame, not a skeleton;
  // without a copy the background is asked at once and works while the popup draws (lib/site/opening.ts). The
  // browser shows the popup once loaded.
  void openingToPaint(location.search, 200).then((painted) => {
    render(<App painted={painted} />, document.getElementById('app')!);
  });
});
