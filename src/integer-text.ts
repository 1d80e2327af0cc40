/**
 * A whole number given as text (an environment variable, a query parameter): checked as text
 * first, so that `PORT=abc` or `?year=abc` is named as found, not as the NaN it would coerce to.
 */
import * as z from 'zod';

export const integerText = (min: number, max: number) =>
  z.string().regex(/^\d+$/, `a whole number from ${min} to ${max} / ${min} 至 ${max} 的整数`)
    .transform(Number).pipe(z.number().min(min).max(max));
