import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './card.css';
import { send } from '@/lib/messaging/send';
import { CardApp } from './CardApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('card_frameTitle');
const token = new URLSearchParams(location.search).get('token') ?? '';
// Asked before the first render: the background is already answering while the card draws itself.
const answer = send('cardAnswer', { token });
render(<CardApp token={token} answer={answer} />, document.getElementById('app')!);
