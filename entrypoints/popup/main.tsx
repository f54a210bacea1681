import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './popup.css';
import { App } from './App';
import { startOpening } from '@/lib/site/opening';

// How long the browser took to load the popup's code, apart from what the code then waits for (npm run bench).
performance.mark('quarry-popup-start');
// Asked before the first render, so the background works while the popup draws itself.
void startOpening(location.search);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popup_title');
render(<App />, document.getElementById('app')!);
