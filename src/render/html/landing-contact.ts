/**
 * The publisher's contact details on the landing page, the phone number and e-mail address
 * as links a phone opens in its dialler and mail app. Values are checked before they become
 * a link, so that nothing but a number or an address ever follows `tel:` or `mailto:`.
 */
import { escapeHtml, safeHref } from './escape.ts';
import { contactKinds, type ContactKind, type LandingStrings } from './landing-strings.ts';

export type LandingContact = Partial<Readonly<Record<ContactKind, string>>>;

/** `tel:` takes digits, a leading + and - as a visual separator (RFC 3966). */
export function telHref(phone: string): string {
  const dialled = phone.replace(/[\s()]/g, '');
  if (!/^\+?[0-9][0-9-]*$/.test(dialled)) throw new TypeError(`Refusing to dial ${JSON.stringify(phone)}`);
  return `tel:${dialled}`;
}

export function mailtoHref(email: string): string {
  if (!/^[^\s"<>()@,;:\\]+@[^\s"<>()@,;:\\]+$/.test(email)) throw new TypeError(`Refusing to mail ${JSON.stringify(email)}`);
  return `mailto:${escapeHtml(email)}`;
}

const links: Partial<Record<ContactKind, (value: string) => string>> = { phone: telHref, email: mailtoHref, website: safeHref };

function valueHtml(kind: ContactKind, value: string): string {
  const href = links[kind];
  return href === undefined ? escapeHtml(value) : `<a href="${href(value)}">${escapeHtml(value)}</a>`;
}

export function contactHtml(contact: LandingContact | undefined, words: LandingStrings): string {
  const rows = contactKinds.flatMap((kind) => {
    const value = contact?.[kind];
    return value === undefined ? [] : [`<div><dt>${escapeHtml(words.contactFields[kind])}</dt><dd>${valueHtml(kind, value)}</dd></div>`];
  });
  if (rows.length === 0) return '';
  return `<section class="contact" aria-labelledby="contact">
<h2 id="contact">${escapeHtml(words.contact)}</h2>
<dl>${rows.join('')}</dl>
</section>`;
}
