import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './popup.css';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popup_title');
render(<App />, document.getElementById('app')!);
