/**
 * zod compiles a fast path for each object schema with `new Function` on its first parse. For
 * the report's object schemas that costs ≈ 10 ms of every cold start and buys nothing warm
 * (measured on huaian-2024: first parse 14–19 ms with it, 5–7 ms without; later parses 0.4 ms
 * either way), and it keeps eval out of the process. Every process entry imports this first.
 */
import * as z from 'zod';

z.config({ jitless: true });
