import { parse } from 'tldts';

/**
 * Free mailbox providers: their domain says nothing about where a person works, so a domain search on
 * it would waste a credit. Exact registrable domains, plus brands that exist under many country
 * suffixes (yahoo.co.uk, hotmail.fr, gmx.de, yandex.ru).
 */

const WEBMAIL = new Set(
  [
    'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com passport.com windowslive.com',
    'icloud.com me.com mac.com aol.com aim.com ymail.com rocketmail.com',
    'proton.me protonmail.com protonmail.ch pm.me tutanota.com tutanota.de tuta.io tuta.com',
    'fastmail.com fastmail.fm hey.com mail.com email.com inbox.com zohomail.com yahoo.com',
    'web.de freenet.de t-online.de mail.ru inbox.ru list.ru bk.ru ya.ru rambler.ru',
    'qq.com 163.com 126.com yeah.net sina.com sina.cn sohu.com aliyun.com foxmail.com',
    'naver.com daum.net hanmail.net rediffmail.com',
    'orange.fr wanadoo.fr free.fr laposte.net sfr.fr libero.it virgilio.it tiscali.it',
    'comcast.net att.net verizon.net sbcglobal.net btinternet.com sky.com',
    'seznam.cz wp.pl o2.pl interia.pl onet.pl abv.bg',
  ]
    .join(' ')
    .split(' '),
);
// Matched on the label before the public suffix: yahoo.co.jp, hotmail.co.uk, gmx.net, yandex.com.tr.
const WEBMAIL_BRANDS = new Set(['yahoo', 'hotmail', 'gmx', 'yandex', 'outlook', 'live']);

/** Whether a domain or host name (ASCII or Unicode, any case) belongs to a free mailbox provider. */
export function isWebmailDomain(domain: string): boolean {
  const parsed = parse(domain.trim().toLowerCase(), { allowPrivateDomains: false });
  if (!parsed.domain || !parsed.isIcann) return false;
  return WEBMAIL.has(parsed.domain) || WEBMAIL_BRANDS.has(parsed.domainWithoutSuffix ?? '');
}
