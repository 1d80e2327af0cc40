/** Input that is not a page we can read as a report: the reason, in Chinese and English. */
import { NianbaoError } from '../errors.ts';

export class UnreadableInput extends NianbaoError {
  override readonly name = 'UnreadableInput';
  constructor(readonly zh: string, readonly en: string) {
    super('page_unreadable', en);
  }
}
