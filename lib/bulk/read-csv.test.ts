import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, looksLikeHeader, readCsvText } from './read-csv';

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const text = 'name;domain\nJosé Müller;münchen.de\n';
    const plain = new TextEncoder().encode(text);
    expect(decodeCsvBytes(plain)).toBe(text);
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe(text);
  });

  it('reads Windows-1252 (Excel on Windows) when the bytes are not UTF-8', () => {
    // "Zoë Renée;€" in Windows-1252: ë = EB, é = E9, € = 80.
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x52, 0x65, 0x6e, 0xe9, 0x65, 0x3b, 0x80]);
    expect(decodeCsvBytes(bytes)).toBe('Zoë Renée;€');
  });
});

describe('readCsvText', () => {
  it('detects semicolons, quoting and the header, and keeps each row’s line', () => {
    const read = readCsvText('\uFEFFName;Company domain\r\n"Doe; Jane";stripe.com\r\n\r\n"Ada\nLovelace";asana.com\r\nBob Smith;intercom.io\r\n');
    expect(read.header).toEqual(['Name', 'Company domain']);
    expect(read.rows).toEqual([
      { line: 2, cells: ['Doe; Jane', 'stripe.com'] },
      { line: 4, cells: ['Ada\nLovelace', 'asana.com'] },
      { line: 6, cells: ['Bob Smith', 'intercom.io'] },
    ]);
    expect(read.unreadable).toEqual([]);
  });

  it('treats a first row of data as data', () => {
    const read = readCsvText('stripe.com\nasana.com\n');
    expect(read.header).toBeNull();
    expect(read.rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reads tabs and commas', () => {
    expect(readCsvText('email\ta\nx@stripe.com\tb\n').rows[0]!.cells).toEqual(['x@stripe.com', 'b']);
    expect(readCsvText('first,last,domain\nAda,Lovelace,asana.com\n').rows[0]!.cells).toEqual(['Ada', 'Lovelace', 'asana.com']);
  });

  it('reports a row with an unclosed quote by its line', () => {
    const read = readCsvText('domain\nstripe.com\n"asana.com\n');
    expect(read.unreadable).toEqual([3]);
    expect(read.rows.map((r) => r.cells[0])).toEqual(['stripe.com']);
  });

  it('knows a header from data', () => {
    expect(looksLikeHeader(['First name', 'Last name', 'Website'])).toBe(true);
    expect(looksLikeHeader(['Ada', 'Lovelace', 'asana.com'])).toBe(false);
    expect(looksLikeHeader(['jane@stripe.com'])).toBe(false);
  });
});
