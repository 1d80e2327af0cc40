/**
 * The publisher's contact details on the landing page, the phone number and e-mail address
 * as links a phone opens in its dialler and mail app. Values are checked before they become
 * a link, so that nothing but a number or an address ever follows `tel:` or `mailto:`; a
 * value that is neither is shown as plain text.
 */
import { escapeHtml, safeHref } from './escape.ts';
import { contactKinds, type ContactKind, type LandingStrings } from './landing-strings.ts';

export type LandingContact = Partial<Readonly<Record<ContactKind, string>>>;

/** `tel:` takes digits, a leading + and - as a visual separator (RFC 3966). */
export function telHref(phone: string): string | undefined {
  const dialled = phone.replace(/[\s()]/g, '');
  return /^\+?[0-9][0-9-]*$/.test(dialled) ? `tel:${dialled}` : undefined;
}

/** A plain address only: no `?` or `&`, which would add headers or a body to the mail. */
export function mailtoHref(email: string): string | undefined {
  return /^[A-Za-z0-9._'+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(email) ? `mailto:${escapeHtml(email)}` : undefined;
}

const websiteHref = (url: string) => (/^https?:\/\/[^\s]+$/i.test(url) ? safeHref(url) : undefined);

const links: Partial<Record<ContactKind, (value: string) => string | undefined>> = { phone: telHref, email: mailtoHref, website: websiteHref };

function valueHtml(kind: ContactKind, value: string): string {
  const href = links[kind]?.(value);
  return href === undefined ? escapeHtml(value) : `<a href="${href}">${escapeHtml(value)}</a>`;
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
