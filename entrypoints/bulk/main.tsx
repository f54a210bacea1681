import { browser } from 'wxt/browser';
import { render } from 'preact';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './bulk.css';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('bulk_title');
render(<App />, document.getElementById('app')!);
