/**
 * docx zips its parts with the time of packing on every entry. For the same bytes from the
 * same model, this sets every entry's time, in its local header and in the central
 * directory, to the document's date. The compressed data and CRCs are untouched.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** MS-DOS date and time words (midnight), as zip stores them. */
export function dosDateTime(date: string): { date: number; time: number } {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined || year < 1980 || year > 2107) {
    throw new Error(`a zip date must be a YYYY-MM-DD date from 1980 to 2107, got ${JSON.stringify(date)}`);
  }
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: 0 };
}

function endOfCentralDirectory(view: DataView): number {
  for (let offset = view.byteLength - 22; offset >= 0; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('not a zip file: no end of central directory');
}

/** A copy of the zip with every entry dated `date` (YYYY-MM-DD). */
export function withEntryDates(zip: Uint8Array, date: string): Uint8Array {
  const stamp = dosDateTime(date);
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry += 1) {
    if (view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) throw new Error('corrupt zip: bad central directory entry');
    view.setUint16(offset + 12, stamp.time, true);
    view.setUint16(offset + 14, stamp.date, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== LOCAL_FILE_HEADER) throw new Error('corrupt zip: bad local file header');
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}
