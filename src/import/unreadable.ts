/** Input that is not a page we can read as a report: the reason, in Chinese and English. */
export class UnreadableInput extends Error {
  override readonly name = 'UnreadableInput';
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}
