import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FINGERPRINT_LIMITS,
  formFingerprint,
  normalizeFormValues,
} from '../../../utils/checkins/formFingerprint';
import { sha256Hex } from '../../../utils/checkins/sha256';

const SALT = 'b3f1c6e2a9d84f07';
const resident: [string, string][] = [
  ['name', '张三'],
  ['phone', '13812345678'],
  ['idno', '11010519491231002X'],
  ['address', '城关镇幸福路 12 号'],
];

describe('normalizeFormValues', () => {
  it('keeps values only, so the same data under other field names normalizes the same', () => {
    const otherSystem: [string, string][] = [
      ['xm', '张三'],
      ['lxdh', '13812345678'],
      ['sfzh', '11010519491231002X'],
      ['jtzz', '城关镇幸福路 12 号'],
    ];
    expect(normalizeFormValues(otherSystem)).toBe(normalizeFormValues(resident));
  });

  it('folds full-width characters, case and all whitespace, and drops empty fields', () => {
    const typedDifferently: [string, string][] = [
      ['a', '  张 三 '],
      ['b', '１３８ １２３４ ５６７８'],
      ['c', '11010519491231002x'],
      ['d', '城关镇幸福路１２号'],
      ['e', '   '],
      ['f', ''],
    ];
    expect(normalizeFormValues(typedDifferently)).toBe(normalizeFormValues(resident));
  });

  it('is unambiguous: values that contain separators do not run together', () => {
    expect(
      normalizeFormValues([
        ['a', 'x,y'],
        ['b', 'z'],
      ]),
    ).not.toBe(
      normalizeFormValues([
        ['a', 'x'],
        ['b', 'y,z'],
      ]),
    );
    expect(normalizeFormValues([['a', 'x","y']])).not.toBe(
      normalizeFormValues([
        ['a', 'x'],
        ['b', 'y'],
      ]),
    );
  });

  it('caps a huge form at a fixed number of values of a fixed length, quickly', () => {
    const huge = Array.from({ length: 10_000 }, (_, index): [string, string] => [
      `field${index}`,
      `${index}-${'长'.repeat(index % 50 === 0 ? 5000 : 3)}`,
    ]);
    const started = performance.now();
    const values = JSON.parse(normalizeFormValues(huge)) as string[];
    expect(performance.now() - started).toBeLessThan(1000);
    expect(values).toHaveLength(FINGERPRINT_LIMITS.values);
    expect(Math.max(...values.map((value) => value.length))).toBe(FINGERPRINT_LIMITS.valueLength);
  });
});

describe('formFingerprint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the same hash for the same values in any order, width, case and spacing', async () => {
    const expected = await formFingerprint(resident, SALT);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(resident, { minLength: resident.length, maxLength: resident.length }),
        fc.array(fc.constantFrom(' ', '\u3000', '\t', '\n'), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (shuffled, padding, fullWidth) => {
          const retyped = shuffled.map(([name, value]): [string, string] => {
            const widened = fullWidth ? value.replace(/[0-9A-Za-z]/g, toFullWidth) : value;
            return [`${name}_v2`, `${padding.join('')}${widened.toLowerCase()}${padding.join('')}`];
          });
          expect(await formFingerprint(retyped, SALT)).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives a different hash for a different salt, so hashes from two installs cannot be matched', async () => {
    const mine = await formFingerprint(resident, SALT);
    const theirs = await formFingerprint(resident, 'another-install-salt');
    expect(mine).not.toBeNull();
    expect(theirs).not.toBe(mine);
  });

  it('leaves only a 64-hex hash in which no name, phone number or ID number can be found', async () => {
    const hash = await formFingerprint(resident, SALT);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const secret of [
      '张三',
      '13812345678',
      '11010519491231002X',
      '11010519491231002x',
      '12345678',
      '1949',
    ]) {
      expect(hash).not.toContain(secret);
    }
  });

  it('is the SHA-256 of the quoted salt and the normalized values', async () => {
    const expected = createHash('sha256')
      .update(JSON.stringify(SALT) + normalizeFormValues(resident))
      .digest('hex');
    expect(await formFingerprint(resident, SALT)).toBe(expected);
  });

  it('returns null when a form says too little to be worth comparing', async () => {
    expect(await formFingerprint([], SALT)).toBeNull();
    expect(await formFingerprint([['q', '社保缴费查询']], SALT)).toBeNull();
    expect(
      await formFingerprint(
        [
          ['a', '张三'],
          ['b', '张三'],
        ],
        SALT,
      ),
    ).toBeNull();
    expect(
      await formFingerprint(
        [
          ['a', '是'],
          ['b', '否'],
          ['c', '无'],
        ],
        SALT,
      ),
    ).toBeNull();
    expect(
      await formFingerprint(
        [
          ['a', ''],
          ['b', '   '],
        ],
        SALT,
      ),
    ).toBeNull();
  });

  it('gives the same hash without crypto.subtle, as on an http intranet page', async () => {
    const withWebCrypto = await formFingerprint(resident, SALT);
    vi.stubGlobal('crypto', {});
    expect(await formFingerprint(resident, SALT)).toBe(withWebCrypto);
  });

  it('refuses to hash without a salt, which would make common values guessable', async () => {
    await expect(formFingerprint(resident, '')).rejects.toThrow(RangeError);
  });

  it('hashes a huge form quickly', async () => {
    const huge = Array.from({ length: 10_000 }, (_, index): [string, string] => [`f${index}`, `值${index}`]);
    const started = performance.now();
    expect(await formFingerprint(huge, SALT)).toMatch(/^[0-9a-f]{64}$/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('sha256Hex, the fallback for pages without crypto.subtle', () => {
  it('matches the FIPS 180-4 examples', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(sha256Hex(encode(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node on any input, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

function toFullWidth(character: string): string {
  return String.fromCharCode(character.charCodeAt(0) + 0xfee0);
}
