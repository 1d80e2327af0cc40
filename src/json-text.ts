/**
 * JSON text from a user, parsed into a value or one clear sentence saying why it is not JSON
 * and where (line and column), for the command line and the HTTP API alike.
 */
type Words = { readonly zh: string; readonly en: string };
export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: Words; readonly line?: number; readonly column?: number };

const theInput: Words = { zh: '输入', en: 'The input' };

/** `what` names the text in the sentence: the input (a file, standard input) or a request body. */
export function parseJsonText(text: string, what: Words = theInput): JsonText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, message: { zh: `${what.zh}为空，不是 JSON。`, en: `${what.en} is empty, not JSON.` } };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const where = locate(body, error);
    return {
      ok: false,
      message: {
        zh: `${what.zh}不是有效的 JSON${where ? `（第 ${where.line} 行第 ${where.column} 列附近）` : ''}。`,
        en: `${what.en} is not valid JSON${where ? ` (near line ${where.line}, column ${where.column})` : ''}.`,
      },
      ...where,
    };
  }
}

/** Node's JSON.parse names the offset as 「position N」 (or line and column in newer versions). */
function locate(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
