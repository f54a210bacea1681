import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { render } from 'preact';
import '@/components/theme.css';
import './options.css';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
