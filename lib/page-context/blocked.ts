import { hostOf, isLinkedInHost, textOf } from './text';
import { pathOf } from './linkedin';

const CHALLENGE_TITLE = /^(just a moment|attention required|access denied|are you a robot|security check|verifying you are human|one more step|ddos-guard|please verify)/i;
const CHALLENGE_MARKUP =
  '#challenge-form, #challenge-running, #cf-challenge-running, .cf-browser-verification, #challenge-stage, .cf-turnstile, ' +
  'iframe[src*="challenges.cloudflare.com"], iframe[src*="captcha"], .g-recaptcha, .h-captcha, #px-captcha, #captcha-form';
const NOT_FOUND = /^(404\b|page not found|page introuvable|seite nicht gefunden|this page doesn.t exist)/i;

/** Pages that say "no person here" whatever else they contain: auth walls, bot challenges, 404s. */
export function isBlockedPage(doc: Document, url: string): boolean {
  const path = pathOf(url);
  if (isLinkedInHost(hostOf(url)) && /^\/(authwall|checkpoint|login|signup|uas\/login|404)\b/.test(path)) return true;
  const title = (doc.title ?? '').trim();
  if (CHALLENGE_TITLE.test(title) || doc.querySelector(CHALLENGE_MARKUP)) return true;
  const heading = textOf(doc.querySelector('h1')).trim();
  return NOT_FOUND.test(title) || NOT_FOUND.test(heading);
}

/** A sign-in or join wall in place of a profile: only meaningful when no person was read. */
export function looksLikeAuthWall(doc: Document): boolean {
  if (doc.querySelector('form.join-form, .authwall-join-form, .authwall-sign-in-form, [data-tracking-control-name*="auth_wall"]')) {
    return true;
  }
  const text = `${doc.title} ${textOf(doc.querySelector('main') ?? doc.body).slice(0, 2000)}`;
  return /sign in to view|join to view|sign in to see|join linkedin|sign in \| linkedin|log ?in or sign ?up/i.test(text);
}
