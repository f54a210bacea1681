import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './card.css';
import { CardApp } from './CardApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('card_frameTitle');
render(<CardApp token={new URLSearchParams(location.search).get('token') ?? ''} />, document.getElementById('app')!);
