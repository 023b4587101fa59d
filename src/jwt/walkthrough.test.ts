import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url, encodeSegment, groupOfByte, groupOfChar, layoutToken, toBase64urlGroups, toHexBytes, toUtf8Bytes, toUtf8Characters } from './walkthrough';
import { RFC7515_A1 } from './walkthrough-vectors';

describe('encodeBase64url', () => {
  // RFC 4648 §10 test vectors, with the `=` padding that base64url in JOSE leaves out removed.
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as %j', (text, expected) => {
    expect(encodeBase64url(toUtf8Bytes(text))).toBe(expected);
  });

  it('uses - and _ where base64 uses + and /', () => {
    const bytes = [0xfb, 0xff, 0xbf];
    expect(Buffer.from(bytes).toString('base64')).toBe('+/+/');
    expect(encodeBase64url(bytes)).toBe('-_-_');
  });

  it('matches node:crypto Buffer for every length up to 64', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) % 256);
      expect(encodeBase64url(bytes), `length ${length}`).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });

  it('encodes the RFC 7515 A.1 header and payload bytes', () => {
    expect(encodeBase64url(toUtf8Bytes(RFC7515_A1.headerText))).toBe(RFC7515_A1.encodedHeader);
    expect(encodeBase64url(toUtf8Bytes(RFC7515_A1.payloadText))).toBe(RFC7515_A1.encodedPayload);
  });
});

describe('toBase64urlGroups', () => {
  it('splits a full group of three bytes into four sextets', () => {
    const [group] = toBase64urlGroups([0x7b, 0x22, 0x61]);
    expect(group).toEqual({
      index: 0,
      byteOffset: 0,
      charOffset: 0,
      bytes: [0x7b, 0x22, 0x61],
      sextets: [30, 50, 9, 33],
      chars: 'eyJh',
      paddingBits: 0,
      omittedPadding: 0,
    });
  });

  it('fills a final group of two bytes with two zero bits', () => {
    const groups = toBase64urlGroups(toUtf8Bytes('fooba'));
    const last = groups[1];
    expect(groups).toHaveLength(2);
    expect(last?.bytes).toEqual([0x62, 0x61]);
    expect(last?.sextets).toEqual([24, 38, 4]);
    expect(last?.chars).toBe('YmE');
    expect(last?.paddingBits).toBe(2);
    expect(last?.omittedPadding).toBe(1);
  });

  it('fills a final group of one byte with four zero bits', () => {
    const groups = toBase64urlGroups(toUtf8Bytes('foob'));
    const last = groups[1];
    expect(last?.bytes).toEqual([0x62]);
    expect(last?.sextets).toEqual([24, 32]);
    expect(last?.chars).toBe('Yg');
    expect(last?.paddingBits).toBe(4);
    expect(last?.omittedPadding).toBe(2);
  });

  it('records byte and character offsets of every group', () => {
    const groups = toBase64urlGroups(toUtf8Bytes('abcdefgh'));
    expect(groups.map((group) => [group.byteOffset, group.charOffset])).toEqual([
      [0, 0],
      [3, 4],
      [6, 8],
    ]);
    expect(groupOfByte(7)).toBe(2);
    expect(groupOfChar(9)).toBe(2);
  });

  it('returns no groups for no bytes', () => {
    expect(toBase64urlGroups([])).toEqual([]);
  });
});

describe('toUtf8Characters', () => {
  it('maps ASCII and Hangul to their UTF-8 bytes', () => {
    expect(toUtf8Characters('a김')).toEqual([
      { char: 'a', byteOffset: 0, bytes: [0x61] },
      { char: '김', byteOffset: 1, bytes: [0xea, 0xb9, 0x80] },
    ]);
  });

  it('keeps a character outside the BMP as one four-byte entry', () => {
    const [emoji] = toUtf8Characters('😀');
    expect(emoji?.bytes).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });

  it('agrees with TextEncoder on byte offsets', () => {
    const text = '{"name":"김민지","tag":"é😀"}';
    const characters = toUtf8Characters(text);
    const last = characters[characters.length - 1];
    expect(last?.byteOffset).toBe(toUtf8Bytes(text).length - 1);
  });
});

describe('toHexBytes', () => {
  it('pads each byte to two lowercase digits', () => {
    expect(toHexBytes([0, 9, 0x7b, 0xff])).toEqual(['00', '09', '7b', 'ff']);
  });
});

describe('layoutToken', () => {
  it('records where each segment starts and ends', () => {
    const layout = layoutToken('aaa', 'bbbb', 'cc');
    expect(layout.token).toBe('aaa.bbbb.cc');
    expect(layout.signingInput).toBe('aaa.bbbb');
    expect(layout.token.slice(layout.header.start, layout.header.end)).toBe('aaa');
    expect(layout.token.slice(layout.payload.start, layout.payload.end)).toBe('bbbb');
    expect(layout.token.slice(layout.signature.start, layout.signature.end)).toBe('cc');
  });
});

describe('encodeSegment', () => {
  it('keeps the text, bytes, groups and encoded form in step', () => {
    const segment = encodeSegment('{"n":"김"}');
    expect(segment.bytes).toHaveLength(11);
    expect(segment.characters).toHaveLength(9);
    expect(segment.groups).toHaveLength(4);
    expect(segment.encoded).toBe(Buffer.from('{"n":"김"}').toString('base64url'));
  });
});

describe('decodeBase64url', () => {
  it('matches node:crypto Buffer for every length up to 64', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 53 + length * 7) % 256);
      const text = Buffer.from(bytes).toString('base64url');
      expect(decodeBase64url(text), `length ${length}`).toEqual(bytes);
    }
  });

  it('decodes the RFC 7515 A.1 key to 64 bytes', () => {
    expect(decodeBase64url(RFC7515_A1.keyBase64url)).toHaveLength(64);
  });

  it.each([
    ['padding', 'Zg=='],
    ['the standard alphabet', 'a+b/'],
    ['a length of 4n + 1', 'Zm9vY'],
    ['whitespace', 'Zm9v Yg'],
  ])('rejects %s', (_case, text) => {
    expect(decodeBase64url(text)).toBeNull();
  });
});
