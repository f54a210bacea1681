import { browser } from 'wxt/browser';
import { render } from 'preact';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './leads.css';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('leads_title');
render(<App />, document.getElementById('app')!);
