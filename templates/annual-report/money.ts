/**
 * Amounts in yuan, printed to the cent. A JSON number such as 0.30000000000000004 is the
 * sum 0.1 + 0.2 as a program computed it: within a few units of float rounding of a whole
 * number of cents, it stands for that amount. Anything farther from a cent (9e-9, 0.123)
 * cannot be printed exactly and is refused.
 */

/** The amount rounded to the cent when it is one up to float noise; undefined otherwise. */
export function exactCents(value: number): number | undefined {
  const cents = value * 100;
  const whole = Math.round(cents);
  // A few ulps of the product: 0.1 + 0.2 is off by ~4e-15 cents, 9e-9 by 9e-7.
  if (Math.abs(cents - whole) > 8 * Number.EPSILON * Math.max(1, Math.abs(cents))) return undefined;
  return whole / 100;
}

export const moneyPrecisionMessage = 'at most 2 decimal places, printed exactly / 最多两位小数，须能精确印出';
