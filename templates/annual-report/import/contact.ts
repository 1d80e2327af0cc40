/**
 * The agency's contact details, where the preamble states them in labelled form
 * (「请与淮安市人民政府办公室联系（地址：……，邮编：223001，电话：……，电子邮箱：……）」).
 * Each field is kept only when it is stated once and fits the schema; none is inferred.
 */
import { agency } from '../schema.ts';

type Contact = NonNullable<ReturnType<typeof agency.parse>['contact']>;

/** A label word as printed, also spaced out letter by letter (「邮 编」「电 子 邮 箱」). */
const spaced = (source: string): string => source.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1\\s*');
const field = (label: string, value: string, flags = 'g'): RegExp => new RegExp(`${spaced(label)}\\s*[:：]\\s*${value}`, flags);

const fields: Record<keyof Contact, RegExp> = {
  office: /请与\s*([^，,。；;（(]{2,40}?)\s*联系/g,
  address: field('(?:通讯|联系)?地址', '([^，,。；;）)]{2,100})'),
  postcode: field('(?:邮政编码|邮编)', '(\\d{6})(?!\\d)'),
  phone: field('(?:联系|咨询)?电话', '([0-9][0-9\\-()（） ]{4,38}[0-9])'),
  email: field('(?:电子)?(?:邮箱|邮件|信箱|e-?mail)', '([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)', 'gi'),
};

export function readContact(preamble: readonly string[]): Contact | undefined {
  const text = preamble.join('\n');
  const contact: Record<string, string> = {};
  for (const [field, pattern] of Object.entries(fields)) {
    const values = new Set([...text.matchAll(pattern)].map((m) => (m[1] ?? '').trim()));
    const [only] = values;
    if (values.size !== 1 || only === undefined) continue;
    const candidate = { ...contact, [field]: only };
    if (agency.shape.contact.safeParse(candidate).success) contact[field] = only;
  }
  return Object.keys(contact).length > 0 ? (contact as Contact) : undefined;
}
